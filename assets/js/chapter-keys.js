// On a chapter, the left and right arrow keys go to the previous and next chapter (the pager's
// links), as in mdBook. Not while the reader types in a field, holds a modifier key (the browser's
// own Alt+arrow history keys), or uses the arrows inside a menu, a pop-up or a tooltip.
(function () {
  'use strict';
  if (!document.body.classList.contains('page-chapter')) { return; }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') { return; }
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
    var target = event.target;
    if (target.closest && target.closest('input, textarea, select, [contenteditable], .search-box, .sidebar.menu-open, .tip')) { return; }
    var link = document.querySelector(event.key === 'ArrowLeft' ? '.pager a[rel="prev"]' : '.pager a[rel="next"]');
    if (link) {
      event.preventDefault();
      window.location.href = link.href;
    }
  });
})();
