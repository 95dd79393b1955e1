/*
 * Cascade's own behaviour in pages, kept in a file: the Content-Security-Policy runs no inline script, so pages
 * say what they need with data attributes and this file acts on them.
 */
(function () {
  'use strict';

  /*
   * <span hidden data-focus="id" data-focus-fallback="other-id">: once the page or a PrimeFaces Ajax update
   * shows it, focus moves there (to the fallback when the first is missing or disabled), once.
   */
  function moveFocus() {
    document.querySelectorAll('[data-focus]').forEach(function (marker) {
      var target = document.getElementById(marker.getAttribute('data-focus'));
      if (!target || target.disabled) {
        target = document.getElementById(marker.getAttribute('data-focus-fallback') || '');
      }
      marker.removeAttribute('data-focus');
      if (target) {
        target.focus();
      }
    });
  }

  /* Module pages: "Smaller text" and "Larger text" buttons, remembered in this browser. */
  function textSize() {
    var main = document.getElementById('main');
    var buttons = document.querySelectorAll('button.text-size');
    if (!main || buttons.length === 0) {
      return;
    }
    var size = parseInt(localStorage.getItem('cascade.textSize') || '100', 10);
    function apply() {
      main.style.fontSize = size + '%';
    }
    apply();
    buttons.forEach(function (b) {
      b.addEventListener('click', function () {
        size = Math.max(80, Math.min(200, size + 20 * parseInt(b.getAttribute('data-step'), 10)));
        localStorage.setItem('cascade.textSize', String(size));
        apply();
      });
    });
  }

  /*
   * Module pages: <span hidden data-resume-scroll="px">: back where the reader left off, and where they are now
   * saved a moment after they stop scrolling (through the page's p:remoteCommand "saveScroll").
   */
  function readingPlace() {
    var place = document.querySelector('[data-resume-scroll]');
    if (!place) {
      return;
    }
    var resume = parseInt(place.getAttribute('data-resume-scroll'), 10) || 0;
    if (resume > 0) {
      window.scrollTo(0, resume);
    }
    var timer;
    window.addEventListener('scroll', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (typeof window.saveScroll === 'function') {
          window.saveScroll([{name: 'scroll', value: Math.round(window.scrollY)}]);
        }
      }, 1500);
    }, {passive: true});
  }

  function ready() {
    moveFocus();
    textSize();
    readingPlace();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', moveFocus);
  }
})();
