/*
 * "Cite this page": the copy button puts the page's reference, as plain text, on the clipboard. The
 * clipboard API needs a secure context (https, localhost or file:// in Chromium); elsewhere the text
 * is selected so the student can copy it with Ctrl+C. Without JavaScript the button stays hidden.
 */
(function () {
  "use strict";
  function start() {
    var button = document.querySelector(".cite-page-copy");
    if (!button) { return; }
    var entry = document.getElementById(button.getAttribute("data-copy"));
    var status = document.querySelector(".cite-page-copied");
    function select() {
      var range = document.createRange();
      range.selectNodeContents(entry);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    button.addEventListener("click", function () {
      var text = entry.textContent.replace(/\s+/g, " ").trim();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () {
          status.textContent = "Copied.";
        }, function () {
          select();
          status.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
        });
      } else {
        select();
        status.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
      }
    });
    button.parentNode.hidden = false;
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
