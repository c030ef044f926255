// "On this page": folded on narrow screens (where it sits above the text) and open on wide ones;
// on every width, the section the reader is in is marked in it as they scroll. Also shows the
// back-to-top link once the reader is well down a long page.
(function () {
  'use strict';
  var wide = window.matchMedia('(min-width: 76rem)');
  var fold = document.querySelector('.toc-fold');
  var links = fold ? Array.prototype.slice.call(fold.querySelectorAll('a[href^="#"]')) : [];
  var sections = links.map(function (link) {
    return document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
  });
  var backToTop = document.querySelector('.back-to-top');
  var header = document.querySelector('.site-header');
  var toc = document.querySelector('.toc');

  // Phones: the header's last row (the menu button and search) sticks to the top and "On this page"
  // sticks under it (see header.css and sidebar.css); the rows above it scroll away. They say how
  // tall they are, so "On this page" sits below the header and a section opened by a link starts
  // below both.
  function measureSticky() {
    var root = document.documentElement.style;
    var headerHeight = 0;
    if (header && window.getComputedStyle(header).position === 'sticky') {
      var tuck = rowsAboveLast(header);
      root.setProperty('--header-tuck', -tuck + 'px');
      headerHeight = header.offsetHeight - tuck;
    }
    var tocHeight = 0;
    if (toc && window.getComputedStyle(toc).position === 'sticky') {
      tocHeight = fold && fold.open ? (fold.querySelector('summary') || toc).offsetHeight + 16 : toc.offsetHeight;
    }
    root.setProperty('--header-height', headerHeight + 'px');
    root.setProperty('--sticky-height', (headerHeight + tocHeight) + 'px');
    keepTargetInSight(headerHeight + tocHeight);
  }

  // How far the header's top goes above the screen so that only its last row shows, with the
  // space above that row that the header has above its first
  function rowsAboveLast(bar) {
    var children = Array.prototype.slice.call(bar.children).filter(function (child) {
      return child.getClientRects().length > 0;
    });
    if (children.length === 0) { return 0; }
    var last = children[children.length - 1];
    var lastBottom = last.offsetTop + last.offsetHeight;
    // the last row: what lies beside the last child (a button is centred on the search field)
    var rowTop = Math.min.apply(null, children.filter(function (child) {
      return child.offsetTop < lastBottom && child.offsetTop + child.offsetHeight > last.offsetTop;
    }).map(function (child) { return child.offsetTop; }));
    var first = Math.min.apply(null, children.map(function (child) { return child.offsetTop; }));
    return Math.max(0, rowTop - first);
  }

  // A page opened at an entry (a citation's link to the bibliography) is scrolled there before the
  // header has its final height, and the entry ends up under it: once measured, the entry is put
  // back below the bars, until the reader scrolls.
  var readerScrolled = false;
  ['wheel', 'touchmove', 'keydown', 'mousedown'].forEach(function (kind) {
    window.addEventListener(kind, function () { readerScrolled = true; }, { passive: true, once: true });
  });
  function keepTargetInSight(sticky) {
    if (readerScrolled || !window.location.hash) { return; }
    var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target && target.getBoundingClientRect().top < sticky) { target.scrollIntoView(); }
  }

  if (fold) {
    // wide screens: its title is a heading, not a control (the column cannot fold), so it is out of
    // the Tab order and not announced as a button; the landmark keeps the name "On this page"
    var summary = fold.querySelector('summary');
    var fitWidth = function () {
      fold.open = wide.matches;
      if (!summary) { return; }
      if (wide.matches) {
        summary.tabIndex = -1;
        summary.setAttribute('aria-hidden', 'true');
      } else {
        summary.removeAttribute('tabindex');
        summary.removeAttribute('aria-hidden');
      }
    };
    fitWidth();
    wide.addEventListener('change', fitWidth);
    // wide screens: it is a column of its own and stays open
    fold.addEventListener('toggle', function () { if (wide.matches && !fold.open) { fold.open = true; } measureSticky(); });
    // narrow screens: choosing a section folds it again, out of the reader's way; so does tabbing
    // out of it, or the open list, stuck under the header, would cover what gets the focus next
    fold.addEventListener('click', function (event) {
      if (!wide.matches && event.target.closest('a')) { fold.open = false; }
    });
    fold.addEventListener('focusout', function (event) {
      if (!wide.matches && fold.open && event.relatedTarget && !fold.contains(event.relatedTarget)) {
        fold.open = false;
      }
    });
  }

  // The current section is the last one whose heading is above a line a third down the screen.
  function markCurrent() {
    var line = window.innerHeight / 3;
    var current = -1;
    sections.forEach(function (section, i) {
      if (section && section.getBoundingClientRect().top <= line) { current = i; }
    });
    // at the very bottom, the last section is the one being read even if its heading is low
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2 && sections.length) {
      current = sections.length - 1;
    }
    links.forEach(function (link, i) {
      if (i === current) { link.setAttribute('aria-current', 'location'); } else { link.removeAttribute('aria-current'); }
    });
  }

  function showBackToTop() {
    if (backToTop) { backToTop.hidden = window.scrollY < window.innerHeight * 1.5; }
  }

  var pending = false;
  window.addEventListener('scroll', function () {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      markCurrent();
      showBackToTop();
    });
  }, { passive: true });
  window.addEventListener('resize', markCurrent);
  window.addEventListener('resize', measureSticky);
  // the header can grow after this runs, with no resize of the window (a label or a font that comes
  // later wraps its title onto a second line): "On this page" follows it
  if (window.ResizeObserver) {
    var resized = new window.ResizeObserver(measureSticky);
    [header, toc].forEach(function (element) { if (element) { resized.observe(element, { box: 'border-box' }); } });
  }
  measureSticky();
  markCurrent();
  showBackToTop();

  if (backToTop) {
    backToTop.addEventListener('click', function (event) {
      event.preventDefault();
      window.scrollTo(0, 0);
      var main = document.getElementById('main');
      if (main) { main.focus({ preventScroll: true }); }
    });
  }
})();
