/*
 * A flashcard session over the page's deck, scheduled by Leitner box. A card shows its term; Space,
 * Enter or a tap turns it; "Knew it" (K) moves it up one box (at most 5) and puts it away until its box
 * is due, "Again" (A) puts it back in box 1 and at the end of this session. Box 1 is due at every
 * session; box 2 the next day, box 3 three days later, box 4 a week, box 5 two weeks (WAIT_DAYS). A
 * session deals the cards due today, lower boxes first, shuffled within each box. The boxes and the day
 * each card was last answered are kept by StudyProgress (study-progress.js) per guide. Without
 * JavaScript the page is the plain list of cards.
 */
(function () {
  "use strict";
  var TOP_BOX = 5;
  // how many days a card waits in each box after it was last answered (box 1: none, it comes back this session)
  var WAIT_DAYS = [0, 0, 1, 3, 7, 14];
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

  function dayNumber(day) {
    var p = day.split("-");
    return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000);
  }

  function dayName(number) {
    var d = new Date(number * 86400000);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
  }

  /** Fisher–Yates: every order equally likely. */
  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = list[i]; list[i] = list[j]; list[j] = t;
    }
    return list;
  }

  function start() {
    var deck = document.querySelector(".flashcards[data-study-guide]");
    if (!deck || !window.StudyProgress) { return; }
    var progress = window.StudyProgress;
    var guide = deck.getAttribute("data-study-guide");
    var session = deck.querySelector(".flashcards-session");
    var card = session.querySelector(".flashcard-card");
    var sideLabel = card.querySelector(".flashcard-side-label");
    var face = card.querySelector(".flashcard-face");
    var help = session.querySelector(".flashcard-help");
    var knew = session.querySelector(".flashcards-knew");
    var again = session.querySelector(".flashcards-again");
    var status = session.querySelector(".flashcards-status");
    var boxes = session.querySelector(".flashcards-boxes");
    var restart = session.querySelector(".flashcards-restart");
    // a screen reader is told what the turned card says: the button's own text changing is not announced
    var spoken = session.querySelector(".flashcard-spoken");
    var cards = Array.prototype.map.call(deck.querySelectorAll(".flashcard-item"), function (item) {
      return {
        id: item.getAttribute("data-term"),
        term: item.querySelector(".flashcard-term").textContent,
        back: item.querySelector(".flashcard-back")
      };
    });
    var queue = [];
    var turned = false;
    var knewCount = 0;
    // "Practise every card anyway": the cards are not due, and the status must not say they are
    var practising = false;

    function boxOf(id) { return progress.box(progress.load(guide), id); }

    /** The day number a card is due again: today for box 1 and for a card never answered. */
    function dueOn(data, id) {
      var kept = data.cards[id];
      if (!kept || !kept.day || kept.box <= 1) { return 0; }
      return dayNumber(kept.day) + WAIT_DAYS[Math.min(kept.box, TOP_BOX)];
    }

    function isDue(data, id) { return dueOn(data, id) <= dayNumber(progress.today()); }

    /** The cards due today (or every card), lower boxes first, shuffled within a box. */
    function begin(everyCard) {
      var data = progress.load(guide);
      queue = shuffle(cards.filter(function (c) { return everyCard || isDue(data, c.id); }))
        .sort(function (a, b) { return progress.box(data, a.id) - progress.box(data, b.id); });
      knewCount = 0;
      practising = everyCard;
      show();
    }

    /** "3 tomorrow, 2 on 7 December": when the cards not due come back. */
    function comingBack(data) {
      var today = dayNumber(progress.today());
      var byDay = {};
      cards.forEach(function (c) {
        var due = dueOn(data, c.id);
        if (due > today && queue.indexOf(c) < 0) { byDay[due] = (byDay[due] || 0) + 1; }
      });
      return Object.keys(byDay).map(Number).sort(function (a, b) { return a - b; }).map(function (day) {
        return byDay[day] + (day === today + 1 ? " tomorrow" : " on " + dayName(day));
      }).join(", ");
    }

    function showBoxes() {
      var data = progress.load(guide);
      var counts = [0, 0, 0, 0, 0];
      cards.forEach(function (c) { counts[progress.box(data, c.id) - 1]++; });
      var later = comingBack(data);
      boxes.textContent = "Leitner boxes: " + counts.map(function (n, i) { return "box " + (i + 1) + ": " + n; }).join(", ") + "." +
        (later ? " Not due yet, coming back: " + later + "." : "");
    }

    function show() {
      turned = false;
      knew.disabled = true;
      again.disabled = true;
      card.setAttribute("aria-pressed", "false");
      showBoxes();
      if (queue.length === 0) {
        var later = comingBack(progress.load(guide));
        card.disabled = true;
        help.hidden = true;
        sideLabel.textContent = "Done for now";
        face.textContent = later ? "No more cards are due. Coming back: " + later + "." : "You went through every card.";
        status.textContent = (knewCount ? "Session done: " + knewCount + (knewCount === 1 ? " card" : " cards") + " known. " : "No cards are due now. ") +
          (later ? "Coming back: " + later + "." : "");
        restart.textContent = "Practise every card anyway";
        return;
      }
      card.disabled = false;
      help.hidden = false;
      restart.textContent = "Start the deck again";
      var current = queue[0];
      sideLabel.textContent = "Term · box " + boxOf(current.id);
      face.textContent = current.term;
      status.textContent = queue.length + (queue.length === 1 ? " card" : " cards") +
        (practising ? " left to practise, of " : " due now, of ") + cards.length + ".";
    }

    function turn() {
      if (queue.length === 0) { return; }
      turned = !turned;
      var current = queue[0];
      card.setAttribute("aria-pressed", turned ? "true" : "false");
      sideLabel.textContent = turned ? "Definition" : "Term · box " + boxOf(current.id);
      var said = [];
      if (turned) {
        face.textContent = "";
        Array.prototype.forEach.call(current.back.querySelectorAll(".flashcard-definition, .flashcard-category, .flashcard-appears"), function (p) {
          var line = document.createElement("span");
          line.className = p.className.replace("flashcard-", "flashcard-face-");
          line.textContent = p.textContent;
          face.appendChild(line);
          said.push(p.textContent);
        });
      } else {
        face.textContent = current.term;
      }
      knew.disabled = !turned;
      again.disabled = !turned;
      spoken.textContent = turned ? "Back of " + current.term + ": " + said.join(". ") : "Front: " + current.term;
    }

    function answer(known) {
      if (!turned || queue.length === 0) { return; }
      var current = queue.shift();
      var data = progress.load(guide);
      var box = progress.box(data, current.id);
      if (!known) {
        data.cards[current.id] = { box: 1, day: progress.today() };
      } else if (isDue(data, current.id)) {
        data.cards[current.id] = { box: Math.min(box + 1, TOP_BOX), day: progress.today() };
      } // a card practised before it is due keeps its box: knowing it twice in a day proves nothing more
      progress.save(guide, data);
      if (known) { knewCount++; } else { queue.push(current); }
      show();
      // the card button keeps the focus and only its text changes, which is not announced: say the next card
      spoken.textContent = queue.length ? "Next card, front: " + queue[0].term : "";
      // with the session over the card is disabled: focus goes to what comes next, not to <body>
      if (queue.length === 0) { restart.focus(); } else { card.focus(); }
    }

    card.addEventListener("click", turn);
    knew.addEventListener("click", function () { answer(true); });
    again.addEventListener("click", function () { answer(false); });
    session.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) { return; }
      var key = e.key.toLowerCase();
      if (key === "k") { e.preventDefault(); answer(true); } else if (key === "a") { e.preventDefault(); answer(false); }
    });
    // The help says "Space or Enter turns the card" from the start: the keys work before the card has
    // been tabbed to, when nothing on the page has focus (a link, a field or a button keeps its keys).
    // K and A work only on the deck (WCAG 2.1.4), which turning the card gives the focus.
    document.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || card.disabled) { return; }
      var at = document.activeElement;
      if (at && (session.contains(at) || at.closest("a, button, input, select, textarea, summary, [contenteditable]"))) { return; }
      var key = e.key.toLowerCase();
      if (key === " " || key === "enter") {
        e.preventDefault(); // Space would scroll the page
        turn();
        card.focus({ preventScroll: true });
      }
    });
    restart.addEventListener("click", function () {
      begin(queue.length === 0);
      if (!card.disabled) { card.focus(); }
    });
    progress.guarded(session.querySelector(".flashcards-reset"), guide, {
      question: "Put every card of this deck back in box 1?",
      yes: "Forget the boxes",
      done: "These cards are back in box 1.",
      erase: function () {
        var data = progress.load(guide);
        cards.forEach(function (c) { delete data.cards[c.id]; });
        progress.save(guide, data);
        begin(false);
      },
      shown: function () { begin(false); }
    });
    session.hidden = false;
    deck.classList.add("flashcards--session");
    begin(false);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
