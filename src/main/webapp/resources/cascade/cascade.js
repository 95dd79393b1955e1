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

  /*
   * PrimeFaces writes aria-hidden="true" on a simple p:fileUpload's <input type=file> whether or not a skinned
   * button stands in for it; unskinned (skinSimple="false", as Cascade uses it) the input is the control itself, so
   * a page marks it with a pass-through data-file-control and it is given back to screen readers here.
   */
  function fileControls() {
    document.querySelectorAll('input[type=file][data-file-control][aria-hidden]').forEach(function (input) {
      input.removeAttribute('aria-hidden');
    });
  }

  /*
   * p:textEditor (Quill): PrimeFaces puts role="textbox" on the wrapper, which never has the focus, and the
   * p:outputLabel's for= names that wrapper, which a label cannot. The role and the label's name go to Quill's
   * editable area instead. The toolbar's pickers get the name their <select> carries (aria-label), their items
   * the text each shows.
   */
  function editorNames() {
    document.querySelectorAll('.ui-texteditor').forEach(function (wrapper) {
      var area = wrapper.querySelector('.ql-editor');
      var label = Array.prototype.find.call(document.querySelectorAll('label[for]'), function (l) {
        return wrapper.id && l.htmlFor === wrapper.id;
      });
      if (!area) {
        return;
      }
      wrapper.removeAttribute('role');
      area.setAttribute('role', 'textbox');
      area.setAttribute('aria-multiline', 'true');
      if (label) {
        label.id = label.id || wrapper.id + '_label';
        area.setAttribute('aria-labelledby', label.id);
      }
      wrapper.querySelectorAll('.ql-picker').forEach(function (picker) {
        var name = picker.getAttribute('aria-label');
        var button = picker.querySelector('.ql-picker-label');
        if (name && button) {
          button.setAttribute('aria-label', name);
        }
        picker.querySelectorAll('.ql-picker-item[data-label]').forEach(function (item) {
          item.setAttribute('aria-label', item.getAttribute('data-label'));
        });
      });
    });
  }

  /* p:datePicker's calendar button: PrimeFaces names it from its locale, "Choose Date"; said as Cascade says things. */
  function calendarButtons() {
    document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
      button.setAttribute('aria-label', 'Choose date');
    });
  }

  /*
   * The label of a component whose list has the id "<id>_items" or "<id>_list": PrimeFaces points it at "<id>",
   * "<id>_label", "<id>_focus" or "<id>_input".
   */
  function labelOf(id) {
    var base = id.replace(/_(items|list)$/, '');
    var ids = [base, base + '_label', base + '_focus', base + '_input'];
    return Array.prototype.find.call(document.querySelectorAll('label[for]'), function (l) {
      return ids.indexOf(l.htmlFor) >= 0;
    });
  }

  /*
   * PrimeFaces' select menus, dropped down: the list of choices (role=listbox) is named by the menu's label; the
   * multiple-choice menu's <li>s stand between the listbox and its options, so they are made presentational; and
   * a list long enough to scroll can be reached with the keyboard to scroll it.
   */
  function menuSemantics() {
    document.querySelectorAll('.ui-selectonemenu-items[role=listbox], .ui-selectcheckboxmenu-items[role=listbox]')
      .forEach(function (list) {
        var label = list.id ? labelOf(list.id) : null;
        if (label && !list.hasAttribute('aria-labelledby')) {
          label.id = label.id || list.id + '_label';
          list.setAttribute('aria-labelledby', label.id);
        }
      });
    document.querySelectorAll('.ui-selectcheckboxmenu-items[role=listbox] > li').forEach(function (item) {
      item.setAttribute('role', 'none');
    });
    // The "select all" box is a plain checkbox, which aria-selected does not belong on; PrimeFaces sets it anyway.
    document.querySelectorAll('.ui-selectcheckboxmenu-header input[type=checkbox][aria-selected]').forEach(function (box) {
      box.removeAttribute('aria-selected');
    });
    document.querySelectorAll('.ui-selectonemenu-items-wrapper, .ui-selectcheckboxmenu-items-wrapper').forEach(function (w) {
      if (!w.hasAttribute('tabindex')) {
        w.setAttribute('tabindex', '0');
      }
    });
  }

  /*
   * p:messages writes each message as <li role="alert"> in a <ul>: a list whose items are not list items (axe:
   * list). The <ul> is only a container here, so it is made presentational; each message stays an alert.
   */
  function messageLists() {
    document.querySelectorAll('.ui-messages ul').forEach(function (list) {
      if (list.querySelector(':scope > li[role]')) {
        list.setAttribute('role', 'none');
      }
    });
  }

  /* Components drawn again by an Ajax update need their names again. */
  function componentNames() {
    messageLists();
    menuSemantics();
    calendarButtons();
    fileControls();
    editorNames();
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
    componentNames();
    textSize();
    readingPlace();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
  // PrimeFaces builds some widgets (the text editor's Quill) in its own ready handlers, which may run after ours.
  window.addEventListener('load', componentNames);
  // Menus' panels are built the first time they drop down, and the text editor's Quill once its script has loaded.
  if (window.MutationObserver) {
    var queued = false;
    new MutationObserver(function () {
      if (!queued) {
        queued = true;
        window.requestAnimationFrame(function () {
          queued = false;
          componentNames();
        });
      }
    }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-selected']});
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () {
      hints();
      formErrors();
      moveFocus();
      componentNames();
    });
  }
})();
