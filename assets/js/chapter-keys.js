// On a chapter, the left and right arrow keys go to the previous and next chapter (the pager's
// links), as in mdBook. Not while the reader types in a field, holds a modifier key (the browser's
// own Alt+arrow history keys), uses the arrows inside a menu, a pop-up or a tooltip, or has a
// link, button or other control focused (a keyboard or screen-reader user's arrows are theirs).
(function () {
  'use strict';
  if (!document.body.classList.contains('page-chapter')) { return; }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') { return; }
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var target = event.target;
    if (target.closest && target.closest('input, textarea, select, [contenteditable], .search-box, .sidebar.menu-open, .tip')) { return; }
    if (target.closest && target.closest('a[href], button, summary, [tabindex]:not(main)')) { return; }
    var link = document.querySelector(event.key === 'ArrowLeft' ? '.pager a[rel="prev"]' : '.pager a[rel="next"]');
    if (link) {
      event.preventDefault();
      window.location.href = link.href;
    }
  });
})();
