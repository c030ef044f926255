// The colour scheme the reader picked with the header's switch (the system's, light or dark), kept
// in localStorage. Loaded as a blocking script in <head>, before the stylesheets, so data-theme is on
// <html> before the page is first drawn: no flash of the other scheme. Also marks <html> with "js",
// so CSS hides what only works with JavaScript (the phone menu) only when it does work.
(function () {
  'use strict';
  var KEY = 'kotkin-guide-theme';
  var NEXT = { system: 'light', light: 'dark', dark: 'system' };
  var NAME = { system: 'System', light: 'Light', dark: 'Dark' };
  var root = document.documentElement;
  var memory = 'system'; // where localStorage is refused (some browsers on file://)

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY);
      return NEXT[value] ? value : 'system';
    } catch (e) {
      return memory;
    }
  }

  function store(choice) {
    memory = choice;
    try { window.localStorage.setItem(KEY, choice); } catch (e) { /* kept for this page only */ }
  }

  function apply(choice) {
    if (choice === 'system') { root.removeAttribute('data-theme'); } else { root.setAttribute('data-theme', choice); }
  }

  root.classList.add('js');
  apply(stored());

  function setUpSwitch() {
    var button = document.querySelector('.theme-switch');
    if (!button) { return; }
    var label = button.querySelector('.theme-name');
    var show = function (choice) {
      label.textContent = NAME[choice];
      button.setAttribute('data-choice', choice);
    };
    show(stored());
    button.hidden = false;
    button.addEventListener('click', function () {
      var choice = NEXT[stored()];
      store(choice);
      apply(choice);
      show(choice);
    });
    // a choice made in another tab of the guide
    window.addEventListener('storage', function (event) {
      if (event.key === KEY) { apply(stored()); show(stored()); }
    });
  }

  // in <head> the button is not there yet; loaded later (404.html loads it itself) it is
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpSwitch);
  } else {
    setUpSwitch();
  }
})();
