/*
 * A student's progress, kept in this browser's localStorage only and never sent anywhere: chapters
 * read, self-check answers marked "got it" or "missed it", each flashcard's Leitner box and the day it
 * was last answered, and the last chapter opened. One key per guide ("study-guide:<guide>"), so two
 * guides opened from one disk keep their own. Where storage is refused (some browsers from file://,
 * private windows), everything still works until the page is left. Also runs the parts of pages that
 * show progress: a chapter's self-check score and "mark as read"; the home page's table, its chapter
 * cards and "Continue where you left off"; erasing with a confirmation and an undo; and saving the
 * progress to a file and loading it back (the only way to take it to another browser).
 */
(function () {
  // a heading's own words, without the "#" link to it that the layout adds
  function headingText(heading) {
    var copy = heading.cloneNode(true);
    copy.querySelectorAll(".heading-link").forEach(function (link) { link.remove(); });
    return copy.textContent.trim();
  }
  "use strict";
  // how far below the screen the end of a chapter counts as reached (see "Scrolling to the end")
  var END_AHEAD = 150;
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
    // a card was once kept as its box alone; now {box, day}: the day (YYYY-MM-DD) it was last answered
    Object.keys(data.cards).forEach(function (id) {
      if (typeof data.cards[id] === "number") { data.cards[id] = { box: data.cards[id], day: "" }; }
    });
    return data;
  }

  /** The card's Leitner box, 1 for a card never answered. */
  function box(data, id) { return (data.cards[id] || {}).box || 1; }

  /** Today in the student's own time zone, as YYYY-MM-DD (the flashcards' day). */
  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
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

  /**
   * An "Undo" line after {@code place}: offer(text, before) says what was done and keeps the progress as
   * it was before (JSON); "Undo" puts it back until the page is left, then shown() redraws the page.
   */
  function undoLine(place, guide, shown) {
    var line = document.createElement("p");
    line.className = "progress-undo-line";
    line.hidden = true;
    var said = document.createElement("span");
    said.setAttribute("role", "status");
    var undo = button("Undo", "progress-undo");
    line.appendChild(said);
    line.appendChild(document.createTextNode(" "));
    line.appendChild(undo);
    place.parentNode.insertBefore(line, place.nextSibling);
    var before = null;
    undo.addEventListener("click", function () {
      if (before !== null) { save(guide, JSON.parse(before)); before = null; }
      line.hidden = true;
      shown();
    });
    return {
      offer: function (text, previous) {
        before = previous;
        said.textContent = text;
        line.hidden = false;
      },
      hide: function () { line.hidden = true; },
      button: undo
    };
  }

  /**
   * A button that erases asks first ("Erase …?" with the erasing button and "Cancel"), then offers to
   * undo. erase() erases and redraws; shown() redraws after an undo. Focus moves to "Cancel", then to
   * "Undo", and back to the button: never to <body>.
   */
  function guarded(trigger, guide, options) {
    var place = trigger.closest("p") || trigger;
    var ask = document.createElement("div");
    ask.className = "progress-confirm";
    ask.setAttribute("role", "group");
    ask.setAttribute("aria-labelledby", trigger.className + "-question");
    ask.hidden = true;
    var question = document.createElement("p");
    question.id = trigger.className + "-question";
    question.textContent = options.question;
    var yes = button(options.yes, "progress-confirm-yes");
    var no = button("Cancel", "progress-confirm-no");
    ask.appendChild(question);
    ask.appendChild(yes);
    ask.appendChild(document.createTextNode(" "));
    ask.appendChild(no);
    var undo = undoLine(place, guide, function () { options.shown(); trigger.focus(); });
    place.parentNode.insertBefore(ask, place.nextSibling);
    trigger.addEventListener("click", function () {
      undo.hide();
      ask.hidden = false;
      no.focus();
    });
    no.addEventListener("click", function () {
      ask.hidden = true;
      trigger.focus();
    });
    yes.addEventListener("click", function () {
      var before = JSON.stringify(load(guide));
      ask.hidden = true;
      options.erase();
      undo.offer(options.done, before);
      undo.button.focus();
    });
  }

  window.StudyProgress = { load: load, save: save, reset: reset, score: score, box: box, today: today, guarded: guarded, undoLine: undoLine };

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
    // unmarked: said once, when the reader unmarks it (an empty status would say nothing)
    function showRead(unmarked) {
      var read = !!load(guide).read[slug];
      readButton.setAttribute("aria-pressed", read ? "true" : "false");
      readButton.textContent = read ? "Read ✓ (mark as unread)" : "Mark as read";
      readState.textContent = read ? "This chapter is marked as read." : unmarked ? "This chapter is no longer marked as read." : "";
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
      var unmarking = !!d.read[slug];
      if (unmarking) { delete d.read[slug]; } else { d.read[slug] = true; }
      save(guide, d);
      showRead(unmarking);
    });
    // Scrolling down to the end of the chapter counts as reading it. Only down: a page opened at its end
    // (a link to "Cite this page") is not read, nor is one scrolled back up into from there, so the end must
    // have been below the screen since it was last above it. Scroll events keep that up to date (they run
    // before the observer's reports, and a jump, to a hash or with the End key, passes the end with no
    // report). It counts a little before the button comes into view, so the button already says "Read ✓"
    // when the student sees it, and a tap on "Mark as read" as it appears cannot undo a mark made then.
    part.hidden = false; // shown first: a hidden part has no place on the page to measure
    var end = part;
    if ("IntersectionObserver" in window) {
      var wasBelow = false;
      var whereIsTheEnd = function () {
        var box = end.getBoundingClientRect();
        if (box.top > window.innerHeight + END_AHEAD) { wasBelow = true; } else if (box.bottom < 0) { wasBelow = false; }
      };
      whereIsTheEnd();
      window.addEventListener("scroll", whereIsTheEnd, { passive: true });
      var seen = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting && wasBelow && document.documentElement.scrollHeight > window.innerHeight * 1.5) {
            var d = load(guide);
            if (!d.read[slug]) { d.read[slug] = true; save(guide, d); showRead(); }
            seen.disconnect();
            window.removeEventListener("scroll", whereIsTheEnd);
          }
        });
      }, { rootMargin: "0px 0px " + END_AHEAD + "px 0px" });
      seen.observe(end);
    }
    remember(guide, slug);
    showScore();
    showRead();
  }

  /**
   * The chapter and section being read, for the home page's "Continue where you left off": the last
   * section heading scrolled past, kept a moment after scrolling stops.
   */
  function remember(guide, slug) {
    function keep() {
      var heading = null;
      Array.prototype.forEach.call(document.querySelectorAll("main .sect1 > h2[id], main .sect2 > h3[id]"), function (h) {
        if (h.getBoundingClientRect().top < window.innerHeight / 3) { heading = h; }
      });
      var d = load(guide);
      d.last = { chapter: slug, section: heading ? heading.id : "", sectionTitle: heading ? headingText(heading) : "" };
      save(guide, d);
    }
    var timer = null;
    window.addEventListener("scroll", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(keep, 300);
    }, { passive: true });
    keep();
  }

  /** The home page: each chapter's reading, self-check and flashcards, its chapter cards, and the reset. */
  function home(part) {
    var guide = part.getAttribute("data-study-guide");
    var status = part.querySelector(".progress-status");
    function cardsKnown(data, terms) {
      return terms.filter(function (t) { return box(data, t) >= 2; }).length;
    }
    function show() {
      var data = load(guide);
      Array.prototype.forEach.call(part.querySelectorAll("tr[data-chapter]"), function (row) {
        var slug = row.getAttribute("data-chapter");
        var s = score(data, slug);
        var terms = (row.getAttribute("data-terms") || "").split(" ").filter(Boolean);
        var known = cardsKnown(data, terms);
        row.querySelector(".progress-read").textContent = data.read[slug] ? "Read" : "Not yet";
        row.querySelector(".progress-selfcheck").textContent = s.got + s.missed === 0 ? "Not tried" :
          s.got + " of " + (s.total || s.got + s.missed) + " got" + (s.missed ? ", " + s.missed + " missed" : "");
        row.querySelector(".progress-cards").textContent = terms.length ? known + " of " + terms.length + " known" : "No cards";
      });
      chapterCards(data);
    }
    guarded(part.querySelector(".progress-reset"), guide, {
      question: "Erase your progress in every chapter of this guide: chapters read, self-check marks and flashcard boxes?",
      yes: "Erase my progress",
      done: "Your progress in this guide is erased.",
      erase: function () { reset(guide); show(); },
      shown: function () { show(); status.textContent = "Your progress is back."; }
    });
    var loading = undoLine(status, guide, function () { show(); status.textContent = "Your progress is back as it was before the file."; });
    transfer(part, guide, status, loading, show);
    part.hidden = false;
    show();
  }

  /** Progress on the home page's chapter cards, and "Continue where you left off" (the last chapter opened). */
  function chapterCards(data) {
    Array.prototype.forEach.call(document.querySelectorAll(".chapter-card-progress[data-chapter]"), function (line) {
      var slug = line.getAttribute("data-chapter");
      var s = score(data, slug);
      var said = [];
      if (data.read[slug]) { said.push("Read"); }
      if (s.got + s.missed > 0) { said.push("self-check " + s.got + " of " + (s.total || s.got + s.missed) + " got"); }
      line.textContent = said.length ? said.join(" · ") : "";
      line.hidden = said.length === 0;
    });
    var go = document.querySelector(".continue-reading");
    if (!go) { return; }
    var card = data.last ? document.querySelector(".chapter-card-progress[data-chapter='" + data.last.chapter + "']") : null;
    var link = card ? card.parentNode.querySelector("a") : null;
    if (!link) { go.hidden = true; return; }
    var a = go.querySelector("a");
    a.href = link.getAttribute("href") + (data.last.section ? "#" + data.last.section : "");
    a.textContent = link.querySelector(".name").textContent + (data.last.sectionTitle ? " › " + data.last.sectionTitle : "");
    go.hidden = false;
  }

  /**
   * "Save my progress to a file" and "Load progress from a file": the progress as a small JSON file,
   * written through a download link and read with FileReader, so it works from file:// with no server.
   */
  function transfer(part, guide, status, loading, show) {
    var saveButton = part.querySelector(".progress-export");
    var input = part.querySelector(".progress-import");
    if (!saveButton || !input) { return; }
    saveButton.addEventListener("click", function () {
      var file = { kind: "study-guide-progress", guide: guide, saved: today(), progress: load(guide) };
      var blob = new Blob([JSON.stringify(file, null, 1)], { type: "application/json" });
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = guide + "-progress-" + today() + ".json";
      document.body.appendChild(a);
      a.click();
      document.body.removeChild(a);
      window.setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      status.textContent = "Saved as " + a.download + " (in your downloads).";
    });
    input.addEventListener("change", function () {
      var chosen = input.files && input.files[0];
      if (!chosen) { return; }
      var reader = new FileReader();
      reader.onload = function () {
        var file = null;
        try { file = JSON.parse(String(reader.result)); } catch (e) { file = null; }
        input.value = "";
        if (!file || file.kind !== "study-guide-progress" || !file.progress || typeof file.progress !== "object") {
          status.textContent = chosen.name + " is not a progress file saved by this guide: nothing was changed.";
          return;
        }
        if (file.guide !== guide) {
          status.textContent = chosen.name + " holds progress in another guide (" + file.guide + "): nothing was changed.";
          return;
        }
        var before = JSON.stringify(load(guide));
        save(guide, file.progress);
        show();
        status.textContent = "";
        loading.offer("Progress loaded from " + chosen.name + " (saved " + (file.saved || "on an unknown day") + ").", before);
      };
      reader.onerror = function () { status.textContent = "Could not read " + chosen.name + ": nothing was changed."; };
      reader.readAsText(chosen);
    });
  }

  function start() {
    var part = document.querySelector(".progress-chapter[data-chapter]");
    if (part) { chapter(part); }
    var table = document.querySelector(".progress-home");
    if (table) { home(table); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
