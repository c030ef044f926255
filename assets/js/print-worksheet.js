// "Print worksheet": a chapter printed without its self-check answers and marking guides, for a class
// to work on; "Print with answers" is the teacher's copy. Without JavaScript the buttons stay hidden
// (the browser's own print still prints the answers, as the teacher's copy).
(function () {
  'use strict';
  var root = document.documentElement;
  var buttons = document.querySelector('.print-worksheet');
  if (!buttons || typeof window.print !== 'function') { return; }

  function print(worksheet) {
    root.classList.toggle('worksheet', worksheet);
    window.print();
  }

  // the next print from the browser's menu is the whole page again
  window.addEventListener('afterprint', function () { root.classList.remove('worksheet'); });
  buttons.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-print]');
    if (button) { print(button.getAttribute('data-print') === 'worksheet'); }
  });
  buttons.hidden = false;
}());
