// The preview's live reload (added by the preview server, never part of the built site): asks the
// server which build is the latest; reloads the page after a good build, keeping the reader's place,
// and shows the errors of a failed one over the last good page.
(function () {
  'use strict';
  var me = document.currentScript;
  var shown = Number(me.getAttribute('data-build'));
  // the build whose errors and warnings are on the page: drawn once per build, so a note the reader
  // opened stays open and an overlay they hid stays hidden until the next save
  var drawn = null;
  var placeKey = 'study-guide-preview-place';

  // the reader's place: the last heading in the top half of the window or above it (a sticky
  // header can hide the very top), and where that heading stood
  function rememberPlace() {
    var anchor = null;
    var line = window.innerHeight / 2;
    document.querySelectorAll('h1[id], h2[id], h3[id], h4[id]').forEach(function (el) {
      if (el.getBoundingClientRect().top <= line) { anchor = el; }
    });
    var place = { path: location.pathname, y: window.scrollY,
                  id: anchor ? anchor.id : null, offset: anchor ? -anchor.getBoundingClientRect().top : 0 };
    sessionStorage.setItem(placeKey, JSON.stringify(place));
  }

  function restorePlace() {
    var place = JSON.parse(sessionStorage.getItem(placeKey) || 'null');
    sessionStorage.removeItem(placeKey);
    if (!place || place.path !== location.pathname) { return; }
    var anchor = place.id && document.getElementById(place.id);
    if (anchor) {
      window.scrollTo(0, anchor.getBoundingClientRect().top + window.scrollY + place.offset);
    } else {
      window.scrollTo(0, place.y);
    }
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function findingList(findings) {
    var list = element('ol', 'preview-findings');
    findings.forEach(function (f) {
      var item = element('li');
      item.appendChild(element('p', 'preview-where', f.where));
      item.appendChild(element('p', 'preview-message', f.message));
      if (f.source.length) {
        var pre = element('pre', 'preview-source');
        f.source.forEach(function (l) {
          var line = element('span', l.number === f.line ? 'preview-line preview-line-at' : 'preview-line',
                             String(l.number).padStart(4) + '  ' + l.text + '\n');
          pre.appendChild(line);
        });
        item.appendChild(pre);
      }
      list.appendChild(item);
    });
    return list;
  }

  function show(status) {
    var old = document.getElementById('preview-overlay');
    if (old) { old.remove(); }
    var oldNote = document.getElementById('preview-warnings');
    if (oldNote) { oldNote.remove(); }
    if (status.errors.length) {
      var overlay = element('div', 'preview-overlay');
      overlay.id = 'preview-overlay';
      overlay.setAttribute('role', 'alertdialog');
      overlay.setAttribute('aria-labelledby', 'preview-overlay-title');
      var title = element('h2', null, 'The last save did not build (' + status.errors.length + ' error'
                          + (status.errors.length === 1 ? '' : 's') + '). The page below is the last good build.');
      title.id = 'preview-overlay-title';
      overlay.appendChild(title);
      overlay.appendChild(findingList(status.errors));
      var hide = element('button', 'preview-hide', 'Hide until the next save');
      hide.type = 'button';
      hide.addEventListener('click', function () { overlay.remove(); });
      overlay.appendChild(hide);
      document.body.appendChild(overlay);
    }
    if (status.warnings.length) {
      var note = element('details', 'preview-warnings');
      note.id = 'preview-warnings';
      note.appendChild(element('summary', null, status.warnings.length + ' warning' + (status.warnings.length === 1 ? '' : 's')));
      note.appendChild(findingList(status.warnings));
      document.body.appendChild(note);
    }
  }

  function poll() {
    fetch('/__preview/status', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (status) {
      if (status.build !== shown) {
        if (!status.errors.length) {
          rememberPlace();
          location.reload();
          return;
        }
        shown = status.build;
      }
      if (drawn !== status.build) {
        drawn = status.build;
        show(status);
      }
    }).catch(function () { /* the server is restarting or stopped: try again */ })
      .then(function () { setTimeout(poll, 250); });
  }

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/__preview/overlay.css';
  document.head.appendChild(style);
  // the browser's own restoring of the scroll position would undo ours, which follows the section
  history.scrollRestoration = 'manual';
  if (document.readyState === 'complete') { restorePlace(); } else { window.addEventListener('load', restorePlace); }
  poll();
}());
