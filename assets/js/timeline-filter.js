/*
 * The timeline's chapter filter: shows only the events tagged with one chapter, and the years that
 * still have events. Without JavaScript the form stays hidden and every event shows.
 */
(function () {
  "use strict";
  function start() {
    var form = document.querySelector(".timeline-filter");
    if (!form) { return; }
    var select = form.querySelector("select");
    var count = form.querySelector(".timeline-count");
    var chosen = form.querySelector(".timeline-chosen");
    var events = document.querySelectorAll(".timeline-event");
    var years = document.querySelectorAll(".timeline-year");
    function apply() {
      var chapter = select.value;
      var shown = 0;
      Array.prototype.forEach.call(events, function (event) {
        var tags = (event.getAttribute("data-chapters") || "").split(" ");
        var show = !chapter || tags.indexOf(chapter) >= 0;
        event.hidden = !show;
        if (show) { shown++; }
      });
      Array.prototype.forEach.call(years, function (year) {
        year.hidden = !year.querySelector(".timeline-event:not([hidden])");
      });
      count.textContent = chapter ? shown + " of " + events.length + " events" : events.length + " events";
      // a phone's menu shows only the start of a long chapter name: its full name is here, where it wraps
      chosen.textContent = chapter ? select.options[select.selectedIndex].textContent : "";
      chosen.hidden = !chapter;
    }
    /** The chapter named by the address (timeline.html#chapter=<slug>), or "" for every chapter. */
    function chosenInAddress() {
      var match = /^#chapter=([a-z0-9-]+)$/.exec(window.location.hash);
      return match && select.querySelector("option[value='" + match[1] + "']") ? match[1] : "";
    }
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    select.addEventListener("change", function () {
      // the choice goes into the address, so a reload, a bookmark or a shared link keeps it
      var address = window.location.href.replace(/#.*$/, "") + (select.value ? "#chapter=" + select.value : "");
      try { window.history.replaceState(null, "", address); } catch (e) { window.location.hash = select.value ? "chapter=" + select.value : ""; }
      apply();
    });
    window.addEventListener("hashchange", function () {
      if (/^#chapter=/.test(window.location.hash) || window.location.hash === "") { select.value = chosenInAddress(); apply(); }
    });
    select.value = chosenInAddress();
    apply();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
