/*
 * A flashcard session over the page's deck. A card shows its term; Space, Enter or a tap turns it;
 * "Knew it" (K) moves it up one Leitner box (at most 5), "Again" (A) puts it back in box 1 and at the
 * end of this session. Lower boxes come first. The boxes are kept by StudyProgress (study-progress.js)
 * per guide. Without JavaScript the page is the plain list of cards.
 */
(function () {
  "use strict";
  var TOP_BOX = 5;

  function start() {
    var deck = document.querySelector(".flashcards[data-study-guide]");
    if (!deck || !window.StudyProgress) { return; }
    var progress = window.StudyProgress;
    var guide = deck.getAttribute("data-study-guide");
    var session = deck.querySelector(".flashcards-session");
    var card = session.querySelector(".flashcard-card");
    var sideLabel = card.querySelector(".flashcard-side-label");
    var face = card.querySelector(".flashcard-face");
    var knew = session.querySelector(".flashcards-knew");
    var again = session.querySelector(".flashcards-again");
    var status = session.querySelector(".flashcards-status");
    var boxes = session.querySelector(".flashcards-boxes");
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

    function boxOf(id) { return progress.load(guide).cards[id] || 1; }

    function begin() {
      queue = cards.slice().sort(function (a, b) { return boxOf(a.id) - boxOf(b.id); });
      knewCount = 0;
      show();
    }

    function showBoxes() {
      var counts = [0, 0, 0, 0, 0];
      cards.forEach(function (c) { counts[boxOf(c.id) - 1]++; });
      boxes.textContent = "Leitner boxes: " + counts.map(function (n, i) { return "box " + (i + 1) + ": " + n; }).join(", ") + ".";
    }

    function show() {
      turned = false;
      knew.disabled = true;
      again.disabled = true;
      card.setAttribute("aria-pressed", "false");
      showBoxes();
      if (queue.length === 0) {
        card.disabled = true;
        sideLabel.textContent = "Done";
        face.textContent = "You went through every card.";
        status.textContent = "Session done: every card known. " + knewCount + " answers marked knew it.";
        return;
      }
      card.disabled = false;
      var current = queue[0];
      sideLabel.textContent = "Term · box " + boxOf(current.id);
      face.textContent = current.term;
      status.textContent = queue.length + (queue.length === 1 ? " card" : " cards") + " left of " + cards.length + ".";
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
      var box = data.cards[current.id] || 1;
      data.cards[current.id] = known ? Math.min(box + 1, TOP_BOX) : 1;
      progress.save(guide, data);
      if (known) { knewCount++; } else { queue.push(current); }
      show();
      card.focus();
    }

    card.addEventListener("click", turn);
    knew.addEventListener("click", function () { answer(true); });
    again.addEventListener("click", function () { answer(false); });
    session.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) { return; }
      var key = e.key.toLowerCase();
      if (key === "k") { e.preventDefault(); answer(true); } else if (key === "a") { e.preventDefault(); answer(false); }
    });
    session.querySelector(".flashcards-restart").addEventListener("click", begin);
    session.querySelector(".flashcards-reset").addEventListener("click", function () {
      var data = progress.load(guide);
      cards.forEach(function (c) { delete data.cards[c.id]; });
      progress.save(guide, data);
      begin();
      status.textContent = "These cards are back in box 1. " + status.textContent;
    });
    session.hidden = false;
    deck.classList.add("flashcards--session");
    begin();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
