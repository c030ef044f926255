// A page opened from a search result (…/page.html?highlight=words#section) marks those words in its
// text, the way mdBook does, with a bar above the text to clear the marks. Text is only wrapped in
// <mark> elements made with the DOM; nothing from the address is parsed as HTML.
(function () {
  'use strict';
  var wanted = new URLSearchParams(window.location.search).get('highlight');
  var main = document.getElementById('main');
  if (!wanted || !main) { return; }
  var words = wanted.split(/\s+/).filter(function (w) { return w.length > 1; }).slice(0, 10);
  if (words.length === 0) { return; }
  var escaped = words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
  // a word that starts with what was searched, as the search itself matches
  var pattern = new RegExp('(^|[^\\p{L}\\p{N}])((?:' + escaped.join('|') + ')[\\p{L}\\p{N}]*)', 'giu');

  function markIn(node) {
    var text = node.nodeValue;
    var parts = [];
    var last = 0;
    text.replace(pattern, function (match, before, word, offset) {
      var at = offset + before.length;
      parts.push(document.createTextNode(text.slice(last, at)));
      var mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = word;
      parts.push(mark);
      last = at + word.length;
      return match;
    });
    if (parts.length === 0) { return []; }
    parts.push(document.createTextNode(text.slice(last)));
    var parent = node.parentNode;
    parts.forEach(function (part) { parent.insertBefore(part, node); });
    parent.removeChild(node);
    return parts.filter(function (p) { return p.nodeType === 1; });
  }

  var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      // not inside tooltips, buttons, breadcrumbs or the search page's own form
      return node.parentNode.closest('.ref > .tip, script, style, mark, .breadcrumbs, form') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    }
  });
  var nodes = [];
  while (walker.nextNode()) { nodes.push(walker.currentNode); }
  var marks = [];
  nodes.forEach(function (node) { marks = marks.concat(markIn(node)); });
  if (marks.length === 0) { return; }

  var bar = document.createElement('p');
  bar.className = 'highlight-bar';
  bar.setAttribute('role', 'status');
  bar.appendChild(document.createTextNode(marks.length + (marks.length === 1 ? ' match' : ' matches') + ' for “' + words.join(' ') + '” marked. '));
  var clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'highlight-clear';
  clear.textContent = 'Clear marks';
  bar.appendChild(clear);
  // under the breadcrumbs, above the page's own heading
  var crumbs = main.querySelector(':scope > .breadcrumbs');
  main.insertBefore(bar, crumbs ? crumbs.nextSibling : main.firstChild);

  clear.addEventListener('click', function () {
    marks.forEach(function (mark) {
      mark.parentNode.replaceChild(document.createTextNode(mark.textContent), mark);
    });
    main.normalize();
    bar.parentNode.removeChild(bar);
    main.focus();
    try {
      // the address without the marks, so a reload or a bookmark shows the page plain
      var url = new URL(window.location.href);
      url.searchParams.delete('highlight');
      window.history.replaceState(null, '', url.href);
    } catch (e) { /* some browsers refuse on file:// */ }
  });

  if (!window.location.hash) {
    marks[0].scrollIntoView({ block: 'center' });
  }
})();
