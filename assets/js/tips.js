// Term and citation tooltips: CSS shows them on hover and keyboard focus; this adds tap (the first
// tap shows the tip, the second follows the link), keeps a shown tip inside the viewport, and hides
// it with Escape whether it was opened by hover, focus or tap (WCAG 1.4.13).
(function () {
  'use strict';
  var MARGIN = 8; // px between a tip and the edge of the screen
  var lastPointer = 'mouse';
  var open = null; // the tip opened by a tap
  var hovered = null; // the tip under the mouse

  function refOf(node) {
    return node && node.closest ? node.closest('.ref') : null;
  }

  // Moves the tip left (never past the left edge) until it fits, and above the link when there is
  // no room below. Measured each time: the same link sits elsewhere on a phone, after a scroll...
  function place(ref) {
    var tip = ref.querySelector(':scope > .tip');
    if (!tip) { return; }
    tip.style.left = '0px';
    tip.classList.remove('tip-above');
    var box = tip.getBoundingClientRect();
    if (box.width === 0) { return; } // not shown
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (box.right > width - MARGIN) { shift = width - MARGIN - box.right; }
    if (box.left + shift < MARGIN) { shift = MARGIN - box.left; }
    tip.style.left = shift + 'px';
    var link = ref.getBoundingClientRect();
    if (box.bottom > window.innerHeight - MARGIN && link.top - box.height - MARGIN > 0) {
      tip.classList.add('tip-above');
    }
  }

  function close() {
    if (open) {
      open.classList.remove('open');
      open = null;
    }
  }

  document.addEventListener('pointerdown', function (event) {
    lastPointer = event.pointerType;
  }, true);

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('.ref > a') : null;
    if (!link) {
      if (!refOf(event.target)) { close(); }
      return;
    }
    var ref = link.parentNode;
    if (lastPointer === 'touch' && ref !== open) {
      event.preventDefault();
      close();
      ref.classList.remove('dismissed');
      ref.classList.add('open');
      open = ref;
      place(ref);
    }
  });

  document.addEventListener('mouseover', function (event) {
    var ref = refOf(event.target);
    if (ref && ref !== hovered) {
      hovered = ref;
      place(ref);
    }
  });

  document.addEventListener('mouseout', function (event) {
    var ref = refOf(event.target);
    if (ref && !ref.contains(event.relatedTarget)) {
      hovered = null;
      // hidden with Escape while hovered: it shows again on the next hover
      if (!ref.contains(document.activeElement)) { ref.classList.remove('dismissed'); }
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    close();
    [refOf(document.activeElement), hovered].forEach(function (ref) {
      if (ref) { ref.classList.add('dismissed'); }
    });
  });

  document.addEventListener('focusin', function (event) {
    var ref = refOf(event.target);
    document.querySelectorAll('.ref.dismissed').forEach(function (other) {
      if (other !== ref && other !== hovered) {
        other.classList.remove('dismissed');
      }
    });
    if (ref) { place(ref); }
  });

  window.addEventListener('resize', function () {
    [open, hovered, refOf(document.activeElement)].forEach(function (ref) { if (ref) { place(ref); } });
  });
})();
