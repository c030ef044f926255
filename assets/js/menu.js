// Phones: the chapter list is a drawer that the header's "Chapters" button opens (CSS hides it on
// narrow screens once this script has run, see sidebar.css). Escape, the close button, or a tap
// outside it closes it, and focus goes back to the button.
(function () {
  'use strict';
  var button = document.querySelector('.menu-button');
  var menu = document.getElementById('chapters-menu');
  if (!button || !menu) { return; }
  var closeButton = menu.querySelector('.menu-close');
  button.hidden = false;

  function isOpen() { return menu.classList.contains('menu-open'); }

  function setOpen(open, refocus) {
    menu.classList.toggle('menu-open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      var current = menu.querySelector('[aria-current="page"]') || menu.querySelector('a');
      (current || menu).focus();
    } else if (refocus) {
      button.focus();
    }
  }

  button.addEventListener('click', function () { setOpen(!isOpen(), false); });
  if (closeButton) { closeButton.addEventListener('click', function () { setOpen(false, true); }); }
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && isOpen()) { setOpen(false, true); }
  });
  // Tab past its last link (or Shift+Tab before its first) closes it: focus never wanders behind it
  menu.addEventListener('focusout', function (event) {
    if (isOpen() && event.relatedTarget && !menu.contains(event.relatedTarget) && event.relatedTarget !== button) {
      setOpen(false, false);
    }
  });
  document.addEventListener('click', function (event) {
    if (isOpen() && !menu.contains(event.target) && !button.contains(event.target)) { setOpen(false, false); }
  });
})();
