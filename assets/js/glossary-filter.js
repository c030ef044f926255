// Glossary index: show only the terms of one category. Without JavaScript every term is listed
// and the filter buttons stay hidden.
(function () {
  'use strict';
  var filter = document.querySelector('.glossary-filter');
  if (!filter) {
    return;
  }
  filter.hidden = false;
  filter.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) {
      return;
    }
    var category = button.getAttribute('data-category');
    filter.querySelectorAll('button').forEach(function (b) {
      b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
    });
    document.querySelectorAll('.term-entry').forEach(function (entry) {
      entry.hidden = category !== '' && entry.getAttribute('data-category') !== category;
    });
    document.querySelectorAll('.letter-group').forEach(function (group) {
      group.hidden = group.querySelectorAll('.term-entry:not([hidden])').length === 0;
      // a letter whose terms are all filtered out is no longer a link
      var heading = group.querySelector('h2');
      var letter = heading ? document.querySelector('.letters a[data-letter="' + heading.id + '"]') : null;
      if (letter) {
        if (group.hidden) {
          letter.removeAttribute('href');
        } else {
          letter.setAttribute('href', '#' + heading.id);
        }
      }
    });
  });
})();
