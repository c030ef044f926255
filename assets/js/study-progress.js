/*
 * A student's progress, kept in this browser's localStorage only and never sent anywhere: chapters
 * read, self-check answers marked "got it" or "missed it", and each flashcard's Leitner box. One key
 * per guide ("study-guide:<guide>"), so two guides opened from one disk keep their own. Where storage
 * is refused (some browsers from file://, private windows), everything still works until the page is
 * left. Also runs the parts of pages that show progress: a chapter's self-check score and "mark as
 * read", and the home page's table with its one reset.
 */
(function () {
  "use strict";
  var memory = {};

  function storageKey(guide) { return "study-guide:" + guide; }

  function load(guide) {
    var text = null;
    try { text = window.localStorage.getItem(storageKey(guide)); } catch (e) { text = memory[guide] || null; }
    var data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!data || typeof data !== "object") { data = {}; }
    data.read = data.read || {};
    data.checks = data.checks || {};
    data.cards = data.cards || {};
    return data;
  }

  function save(guide, data) {
    var text = JSON.stringify(data);
    try { window.localStorage.setItem(storageKey(guide), text); } catch (e) { memory[guide] = text; }
  }

  function reset(guide) {
    try { window.localStorage.removeItem(storageKey(guide)); } catch (e) { /* nothing kept */ }
    delete memory[guide];
  }

  /** "got" and "missed" counts of a chapter's self-check. */
  function score(data, chapter) {
    var marks = (data.checks[chapter] || {}).marks || {};
    var got = 0, missed = 0;
    Object.keys(marks).forEach(function (q) { if (marks[q] === "got") { got++; } else if (marks[q] === "missed") { missed++; } });
    return { got: got, missed: missed, total: (data.checks[chapter] || {}).total || 0 };
  }

  window.StudyProgress = { load: load, save: save, reset: reset, score: score };

  function button(text, className) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    return b;
  }

  /** A chapter: "got it / missed it" under each revealed answer, the score, and "mark as read". */
  function chapter(part) {
    var guide = part.getAttribute("data-study-guide");
    var slug = part.getAttribute("data-chapter");
    var answers = document.querySelectorAll("details.answer");
    var scoreLine = part.querySelector(".progress-score");
    var readButton = part.querySelector(".progress-mark-read");
    var readState = part.querySelector(".progress-read-state");
    var data = load(guide);
    data.checks[slug] = data.checks[slug] || { marks: {} };
    data.checks[slug].total = answers.length;
    save(guide, data);

    function showScore() {
      var s = score(load(guide), slug);
      scoreLine.textContent = answers.length === 0 ? "" :
        "Self-check: " + s.got + " got it, " + s.missed + " missed, of " + answers.length + " questions.";
    }
    function showRead() {
      var read = !!load(guide).read[slug];
      readButton.setAttribute("aria-pressed", read ? "true" : "false");
      readButton.textContent = read ? "Read ✓ (mark as unread)" : "Mark as read";
      readState.textContent = read ? "This chapter is marked as read." : "";
    }
    Array.prototype.forEach.call(answers, function (details, index) {
      var marks = document.createElement("div");
      marks.className = "selfcheck-mark";
      marks.setAttribute("role", "group");
      marks.setAttribute("aria-label", "How did you do on this question?");
      var got = button("Got it", "selfcheck-got");
      var missed = button("Missed it", "selfcheck-missed");
      function show() {
        var mark = (load(guide).checks[slug].marks || {})[index];
        got.setAttribute("aria-pressed", mark === "got" ? "true" : "false");
        missed.setAttribute("aria-pressed", mark === "missed" ? "true" : "false");
      }
      function set(mark) {
        var d = load(guide);
        d.checks[slug] = d.checks[slug] || { marks: {}, total: answers.length };
        d.checks[slug].marks = d.checks[slug].marks || {};
        d.checks[slug].marks[index] = mark;
        save(guide, d);
        show();
        showScore();
      }
      got.addEventListener("click", function () { set("got"); });
      missed.addEventListener("click", function () { set("missed"); });
      marks.appendChild(got);
      marks.appendChild(missed);
      details.appendChild(marks);
      show();
    });
    readButton.addEventListener("click", function () {
      var d = load(guide);
      if (d.read[slug]) { delete d.read[slug]; } else { d.read[slug] = true; }
      save(guide, d);
      showRead();
    });
    // reaching the end of the chapter counts as reading it
    var end = part;
    if ("IntersectionObserver" in window) {
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting && document.documentElement.scrollHeight > window.innerHeight * 1.5) {
            var d = load(guide);
            if (!d.read[slug]) { d.read[slug] = true; save(guide, d); showRead(); }
            seen.disconnect();
          }
        });
      });
      seen.observe(end);
    }
    part.hidden = false;
    showScore();
    showRead();
  }

  /** The home page: each chapter's reading, self-check and flashcards, and the reset. */
  function home(part) {
    var guide = part.getAttribute("data-study-guide");
    var status = part.querySelector(".progress-status");
    function show() {
      var data = load(guide);
      Array.prototype.forEach.call(part.querySelectorAll("tr[data-chapter]"), function (row) {
        var slug = row.getAttribute("data-chapter");
        var s = score(data, slug);
        var terms = (row.getAttribute("data-terms") || "").split(" ").filter(Boolean);
        var known = terms.filter(function (t) { return (data.cards[t] || 0) >= 2; }).length;
        row.querySelector(".progress-read").textContent = data.read[slug] ? "Read" : "Not yet";
        row.querySelector(".progress-selfcheck").textContent = s.got + s.missed === 0 ? "Not tried" :
          s.got + " of " + (s.total || s.got + s.missed) + " got" + (s.missed ? ", " + s.missed + " missed" : "");
        row.querySelector(".progress-cards").textContent = terms.length ? known + " of " + terms.length + " known" : "No cards";
      });
    }
    part.querySelector(".progress-reset").addEventListener("click", function () {
      reset(guide);
      show();
      status.textContent = "Your progress in this guide is erased.";
    });
    part.hidden = false;
    show();
  }

  function start() {
    var part = document.querySelector(".progress-chapter[data-chapter]");
    if (part) { chapter(part); }
    var table = document.querySelector(".progress-home");
    if (table) { home(table); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
