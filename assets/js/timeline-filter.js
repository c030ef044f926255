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
    }
    form.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    select.addEventListener("change", apply);
    // a chapter's link can open the timeline filtered: timeline.html#chapter=<slug>
    var match = /^#chapter=([a-z0-9-]+)$/.exec(window.location.hash);
    if (match && select.querySelector("option[value='" + match[1] + "']")) { select.value = match[1]; }
    apply();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
