/*
 * "Cite this page": the copy button puts the page's reference, as plain text, on the clipboard. The
 * clipboard API needs a secure context (https, localhost or file:// in Chromium); elsewhere the text
 * is selected so the student can copy it with Ctrl+C. Without JavaScript the button stays hidden.
 * The reference gets the day the student reads the page ("Accessed …", before the address as
 * Chicago has it); a guide without site.host, served over http(s), gets the page's own address, and
 * its note that there is no address goes away. From file:// the note stays: a disk has no address.
 */
(function () {
  "use strict";
  /** The first part of the reference that holds a web address, or null. */
  function addressIn(entry) {
    var walker = document.createTreeWalker(entry, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/https?:\/\//.test(node.nodeValue)) { return node.parentNode.tagName === "A" ? node.parentNode : node; }
    }
    return null;
  }

  function addAccessDate(entry) {
    var day = new Date().toLocaleDateString(document.documentElement.lang || "en", { year: "numeric", month: "long", day: "numeric" });
    var accessed = document.createElement("span");
    accessed.className = "cite-page-accessed";
    accessed.textContent = "Accessed " + day + ". ";
    var address = addressIn(entry);
    if (!address && /^https?:$/.test(window.location.protocol)) {
      address = document.createTextNode(window.location.href.replace(/[?#].*$/, ""));
      entry.appendChild(document.createTextNode(" "));
      entry.appendChild(address);
      var note = document.querySelector(".cite-page-no-address");
      if (note) { note.hidden = true; }
    }
    if (address) {
      // an address split in two text parts by the style: the date goes before the text holding "http"
      var text = address.nodeType === 3 ? address : null;
      if (text && text.nodeValue.search(/https?:\/\//) > 0) { text = text.splitText(text.nodeValue.search(/https?:\/\//)); address = text; }
      address.parentNode.insertBefore(accessed, address);
    } else {
      entry.appendChild(document.createTextNode(" "));
      accessed.textContent = accessed.textContent.trim();
      entry.appendChild(accessed);
    }
  }

  function start() {
    var button = document.querySelector(".cite-page-copy");
    if (!button) { return; }
    var entry = document.getElementById(button.getAttribute("data-copy"));
    addAccessDate(entry);
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
