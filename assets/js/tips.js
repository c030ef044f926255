// Term and citation tooltips: CSS shows them on hover and keyboard focus; this adds tap (the first
// tap shows the tip, the second follows the link) and Escape to hide them.
(function () {
  'use strict';
  var lastPointer = 'mouse';
  var open = null;

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
      close();
      return;
    }
    var ref = link.parentNode;
    if (lastPointer === 'touch' && ref !== open) {
      event.preventDefault();
      close();
      ref.classList.add('open');
      open = ref;
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    close();
    var active = document.activeElement;
    var ref = active && active.closest ? active.closest('.ref') : null;
    if (ref) {
      ref.classList.add('dismissed');
    }
  });

  document.addEventListener('focusin', function (event) {
    var ref = event.target.closest ? event.target.closest('.ref') : null;
    document.querySelectorAll('.ref.dismissed').forEach(function (other) {
      if (other !== ref) {
        other.classList.remove('dismissed');
      }
    });
  });
})();
