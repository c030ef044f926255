// Glossary index: show only the terms of one category. Without JavaScript every term is listed
// and the filter buttons stay hidden. The category chosen is kept for this tab (sessionStorage), so a
// reload, or coming back from a term's page, shows the same terms; the address's #letter stays free.
(function () {
  'use strict';
  var filter = document.querySelector('.glossary-filter');
  if (!filter) {
    return;
  }
  var kept = 'glossary-filter:' + window.location.pathname;
  filter.hidden = false;
  function choose(button) {
    var category = button.getAttribute('data-category');
    try {
      window.sessionStorage.setItem(kept, category);
    } catch (e) {
      // storage refused: the filter is forgotten on reload, as before
    }
    filter.querySelectorAll('button').forEach(function (b) {
      b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
    });
    var entries = document.querySelectorAll('.term-entry');
    var shown = 0;
    entries.forEach(function (entry) {
      entry.hidden = category !== '' && entry.getAttribute('data-category') !== category;
      shown += entry.hidden ? 0 : 1;
    });
    // said to a screen reader too, as the timeline's filter says its count
    var count = filter.querySelector('.glossary-count');
    if (count) {
      count.textContent = category ? shown + ' of ' + entries.length + ' terms' : entries.length + ' terms';
    }
    document.querySelectorAll('.letter-group').forEach(function (group) {
      group.hidden = group.querySelectorAll('.term-entry:not([hidden])').length === 0;
      // a letter whose terms are all filtered out is no longer a link
      var heading = group.querySelector('h2');
      var letter = heading ? document.querySelector('.letters a[data-letter="' + heading.id + '"]') : null;
      if (letter) {
        var none = letter.querySelector('.letter-filtered');
        if (group.hidden) {
          letter.removeAttribute('href');
          if (!none) {
            none = document.createElement('span');
            none.className = 'letter-filtered visually-hidden';
            none.textContent = ' (no terms shown)';
            letter.appendChild(none);
          }
        } else {
          letter.setAttribute('href', '#' + heading.id);
          if (none) { none.remove(); }
        }
      }
    });
  }
  filter.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (button) {
      choose(button);
    }
  });
  var category = null;
  try {
    category = window.sessionStorage.getItem(kept);
  } catch (e) {
    category = null;
  }
  var again = category ? Array.prototype.find.call(filter.querySelectorAll('button'), function (b) {
    return b.getAttribute('data-category') === category;
  }) : null;
  if (again) {
    choose(again);
  }
})();
