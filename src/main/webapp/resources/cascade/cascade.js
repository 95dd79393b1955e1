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

  /* The inputs inside a field's element: itself when it is one, else those a checkbox list or date picker holds. */
  function controlsOf(field) {
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName)) {
      return [field];
    }
    return Array.prototype.slice.call(field.querySelectorAll('input:not([type=hidden]), select, textarea'));
  }

  /* The message PrimeFaces shows next to a refused field (<p:message for=…> in the field's div.field). */
  function inlineMessageOf(field, text) {
    var near = field.closest('.field');
    var candidates = (near || document).querySelectorAll('.ui-message-error');
    return Array.prototype.filter.call(candidates, function (m) {
      return near || m.textContent.trim() === text;
    })[0];
  }

  /*
   * Form errors the GOV.UK way. The error summary links to each refused field (a[data-error-field]); the field's
   * inputs are marked aria-invalid and described by the message beside it, and the link moves focus to the
   * field's first input and brings its label into view, as a link to a wrapper alone would not.
   */
  function formErrors() {
    // GOV.UK: the title of a refused form starts with "Error: ", after an Ajax refusal too (the page template
    // writes it on a full post).
    var refused = document.getElementById('error-summary') !== null;
    if (refused && document.title.indexOf('Error: ') !== 0) {
      document.title = 'Error: ' + document.title;
    } else if (!refused && document.title.indexOf('Error: ') === 0) {
      document.title = document.title.substring('Error: '.length);
    }
    document.querySelectorAll('a[data-error-field]').forEach(function (link) {
      var field = document.getElementById(link.getAttribute('data-error-field'));
      if (!field) {
        return;
      }
      var message = inlineMessageOf(field, link.textContent.trim());
      controlsOf(field).forEach(function (control) {
        control.setAttribute('aria-invalid', 'true');
        var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        if (message && message.id && described.indexOf(message.id) < 0) {
          described.push(message.id);
          control.setAttribute('aria-describedby', described.join(' '));
        }
      });
    });
    document.querySelectorAll('a[data-error-field]').forEach(function (link) {
      if (link.hasAttribute('data-error-ready')) {
        return;
      }
      link.setAttribute('data-error-ready', '');
      link.addEventListener('click', function (event) {
        var field = document.getElementById(link.getAttribute('data-error-field'));
        var control = field && controlsOf(field).filter(function (c) { return !c.disabled; })[0];
        if (!control) {
          return;
        }
        event.preventDefault();
        var label = document.querySelector('label[for="' + (control.id || field.id).replace(/"/g, '') + '"]')
            || document.querySelector('label[for="' + field.id.replace(/"/g, '') + '"]');
        (label || field).scrollIntoView();
        control.focus({preventScroll: true});
      });
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

  /* <span class="date-hint" id="…">: the format beside a date field describes the field's input to a screen reader. */
  function hints() {
    document.querySelectorAll('.date-hint[id]').forEach(function (hint) {
      hint.parentElement.querySelectorAll('input:not([type=hidden])').forEach(function (input) {
        var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        if (described.indexOf(hint.id) < 0) {
          described.unshift(hint.id);
          input.setAttribute('aria-describedby', described.join(' '));
        }
      });
    });
  }

  function ready() {
    hints();
    formErrors();
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
    window.jQuery(document).on('pfAjaxComplete', function () {
      hints();
      formErrors();
      moveFocus();
    });
  }
})();
