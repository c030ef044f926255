// Search, on every page: results as you type in the header box, and the search page
// (search.html?q=...). lunr and the guide's documents (search-index.js) are loaded by classic
// script tags the first time a student searches, and the index is built in the browser then:
// pages that are only read never pay for it. Everything shown is made with DOM text nodes, so no
// content is ever parsed as HTML.
(function () {
  'use strict';

  var loaded = null; // {index, docs, names} once ready
  var resultIds = 0; // results shown so far, for their elements' ids
  var waiting = null; // callbacks while loading

  function loadScript(src, done) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = function () { done(null); };
    script.onerror = function () { done(new Error('cannot load ' + src)); };
    document.head.appendChild(script);
  }

  function withIndex(root, callback) {
    if (loaded) { callback(loaded); return; }
    if (waiting) { waiting.push(callback); return; }
    waiting = [callback];
    var afterLunr = function () {
      loadScript(root + 'search-index.js', function (error) {
        if (!error && window.GUIDE_SEARCH) { loaded = build(window.GUIDE_SEARCH.docs); }
        var callbacks = waiting;
        waiting = null;
        callbacks.forEach(function (cb) { cb(loaded); });
      });
    };
    if (window.lunr) { afterLunr(); } else { loadScript(root + 'js/lunr.min.js', afterLunr); }
  }

  // Words split at spaces and at every kind of dash: the guide prints "Alsace–Lorraine" and
  // "Soviet–German" with en dashes, and a student copies them from the page or types a hyphen.
  var SEPARATOR = /[\s\-\u2010-\u2015\u2212]+/;

  // A name as the names table keys it: lower case, any dash a hyphen.
  function nameKey(text) {
    return text.trim().toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-');
  }

  function build(docs) {
    window.lunr.tokenizer.separator = SEPARATOR;
    var names = {};
    docs.forEach(function (doc, i) {
      (doc.names || []).forEach(function (name) { names[nameKey(name)] = i; });
    });
    var index = window.lunr(function () {
      this.ref('i');
      this.field('names', { boost: 10 });
      this.field('title', { boost: 5 });
      this.field('text');
      docs.forEach(function (doc, i) {
        this.add({ i: String(i), names: (doc.names || []).join(' '), title: doc.title, text: doc.text });
      }, this);
    });
    // Each section's term weights, by field and section number (lunr keys them "field/number").
    var vectors = {};
    index.fields.forEach(function (field) {
      vectors[field] = docs.map(function (doc, i) { return index.fieldVectors[field + '/' + i]; });
    });
    return { index: index, docs: docs, names: names, vectors: vectors };
  }

  // Exact words first, then words that start with what was typed; near misses (typos) only for
  // words the guide does not contain, so a correctly spelled word does not bring in results for
  // every word one letter away from it. A word before the last one is taken as a whole word when
  // the guide has it ("Li" in "Li Dazhao" is not every word that starts with "li"), and a single
  // letter beside other words only as itself ("Sondergruppe R"). Returns, for each typed word, the
  // guide's words to look for, each with its weight.
  function wantedByWord(index, tokens) {
    var inGuide = function (tokenSet) { return index.tokenSet.intersect(tokenSet).toArray(); };
    return tokens.map(function (t, k) {
      var weights = {};
      var add = function (terms, boost) {
        terms.forEach(function (term) { weights[term] = (weights[term] || 0) + boost; });
      };
      // the word as lunr indexed it (stemmed), and the guide's words that start with it
      var exact = index.pipeline.runString(t).filter(function (stem) { return has(index.invertedIndex, stem); });
      var last = k === tokens.length - 1;
      var starting = (last || exact.length === 0) && (t.length > 1 || tokens.length === 1)
        ? inGuide(window.lunr.TokenSet.fromString(t + '*')) : [];
      add(exact, 10);
      add(starting, 4);
      if (t.length >= 4 && exact.length === 0 && starting.length === 0) {
        add(inGuide(window.lunr.TokenSet.fromFuzzyString(t, t.length >= 8 ? 2 : 1)), 1);
      }
      return weights;
    });
  }

  // The guide's words to look for, each with its weight summed over the typed words.
  function wanted(index, tokens) {
    return summed(wantedByWord(index, tokens));
  }

  function summed(byWord) {
    var weights = {};
    byWord.forEach(function (termsOfWord) {
      Object.keys(termsOfWord).forEach(function (term) { weights[term] = (weights[term] || 0) + termsOfWord[term]; });
    });
    return weights;
  }

  // Ranks sections as lunr's own query would (each matched word's weight in the section, times
  // how much the word counts), but adds the scores up in one array: lunr's query makes several
  // objects for every matching section, and a common word at 1,000 chapters matches thousands.
  // Before the score come two things a student means: a section with more of the typed words
  // ranks above one with fewer ("Li Dazhao" above every page with a word in "li"), and a glossary
  // or bibliography entry that only mentions the words in its text ranks below the chapters'
  // sections (short entries would otherwise outscore the chapter that discusses the subject).
  function search(data, query) {
    var tokens = window.lunr.tokenizer(query).map(function (t) { return t.toString(); })
      .filter(function (t) { return t.length > 0; });
    if (tokens.length === 0) { return []; }
    var index = data.index;
    var byWord = wantedByWord(index, tokens);
    var weights = summed(byWord);
    var terms = Object.keys(weights);
    var scores = new Float64Array(data.docs.length);
    // a word in nearly every section can weigh 0 after lunr's rounding, yet the section matches
    var matched = new Uint8Array(data.docs.length);
    // how many of the typed words each section has, and whether its title or names have one
    var words = new Uint8Array(data.docs.length);
    var seenFor = new Int32Array(data.docs.length);
    var inHeading = new Uint8Array(data.docs.length);
    var hits = [];
    terms.forEach(function (term) {
      var posting = index.invertedIndex[term];
      index.fields.forEach(function (field) {
        var vectors = data.vectors[field];
        for (var ref in posting[field]) {
          var i = +ref;
          scores[i] += weights[term] * valueAt(vectors[i], posting._index);
          if (!matched[i]) { matched[i] = 1; hits.push(i); }
          if (field !== 'text') { inHeading[i] = 1; }
        }
      });
    });
    byWord.forEach(function (termsOfWord, k) {
      Object.keys(termsOfWord).forEach(function (term) {
        var posting = index.invertedIndex[term];
        index.fields.forEach(function (field) {
          for (var ref in posting[field]) {
            var i = +ref;
            if (seenFor[i] !== k + 1) { seenFor[i] = k + 1; words[i] += 1; }
          }
        });
      });
    });
    var tier = function (i) {
      var kind = data.docs[i].kind;
      return (kind === 'term' || kind === 'reference') && !inHeading[i] ? 1 : 0;
    };
    hits.sort(function (a, b) {
      return words[b] - words[a] || tier(a) - tier(b) || scores[b] - scores[a] || a - b;
    });
    // The words to mark are worked out only for the results shown.
    var results = hits.map(function (i) {
      return {
        doc: data.docs[i], typedWords: words[i], mentionOnly: tier(i) === 1,
        words: function () { return matchedWords(index, terms, i).concat(tokens); }
      };
    });
    // A query that names a glossary term (or an alias) shows that term's page first.
    var named = data.names[nameKey(query)];
    if (named !== undefined) {
      var term = data.docs[named];
      results = [{ doc: term, typedWords: tokens.length, mentionOnly: false, words: function () { return tokens; } }]
        .concat(results.filter(function (r) { return r.doc !== term; }));
    }
    return results;
  }

  // A word's weight in one field of one section: a binary search of lunr's sorted
  // [word, weight, word, weight, ...] pairs.
  function valueAt(vector, word) {
    var pairs = vector.elements;
    var low = 0;
    var high = pairs.length / 2 - 1;
    while (low <= high) {
      var middle = (low + high) >> 1;
      var at = pairs[middle * 2];
      if (at < word) { low = middle + 1; } else if (at > word) { high = middle - 1; } else { return pairs[middle * 2 + 1]; }
    }
    return 0;
  }

  function matchedWords(index, terms, i) {
    return terms.filter(function (term) {
      return index.fields.some(function (field) { return has(index.invertedIndex[term][field], String(i)); });
    });
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // A short piece of the text around the first match (from the start, for a section's lead), with
  // matched words marked. It starts and ends at a word boundary, so it never opens on half a word,
  // and never ends with a stop and an ellipsis.
  function snippet(text, words, fromStart) {
    var pattern = new RegExp('(^|[^\\p{L}\\p{N}])((?:' + words.map(escapeRegExp).join('|') + ')[\\p{L}\\p{N}]*)', 'iu');
    var first = fromStart ? 0 : Math.max(0, text.search(pattern));
    // from 60 characters before the match, or earlier when the text ends before the piece is full
    var start = Math.max(0, Math.min(first - 60, text.length - 180));
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < first + 1 ? space + 1 : first;
    }
    var end = Math.min(text.length, start + 180);
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(' ', end);
      if (lastSpace > start) { end = lastSpace; }
    }
    var piece = (start > 0 ? '…' : '') + text.slice(start, end);
    // a cut after a sentence's stop ends there; one after a comma, colon or dash drops that mark for the ellipsis
    if (end < text.length && !/[.?!…]["'”’)\]]*$/.test(piece)) { piece = piece.replace(/[\s,;:—–-]+$/, '') + '…'; }
    var out = document.createElement('span');
    out.className = 'result-snippet';
    var global = new RegExp(pattern.source, 'giu');
    var last = 0;
    piece.replace(global, function (match, before, word, offset) {
      var at = offset + before.length;
      out.appendChild(document.createTextNode(piece.slice(last, at)));
      var mark = document.createElement('mark');
      mark.textContent = word;
      out.appendChild(mark);
      last = at + word.length;
      return match;
    });
    out.appendChild(document.createTextNode(piece.slice(last)));
    return out;
  }

  // Results come grouped by where they are: a chapter's sections together under the chapter,
  // terms under "Glossary"; groups in the order of their best result. Entries that only mention
  // the words have a group of their own, after the chapters: were they under "Glossary" with the
  // term the query names, every entry that mentions it would come before the chapters.
  function groupOf(result) {
    var doc = result.doc;
    if (doc.kind === 'term') { return result.mentionOnly ? 'Also mentioned in the glossary' : 'Glossary'; }
    if (doc.kind === 'reference') { return 'Bibliography'; }
    return doc.where.split(' › ')[0];
  }

  // The address of a result, carrying the words to mark on the page it opens (js/highlight.js).
  function resultUrl(root, doc, words) {
    var hash = doc.url.indexOf('#');
    var path = hash < 0 ? doc.url : doc.url.slice(0, hash);
    return root + path + '?highlight=' + encodeURIComponent(words.join(' ')) + (hash < 0 ? '' : doc.url.slice(hash));
  }

  // The count is shown as the reader types, and said to a screen reader once they pause, in a region of
  // its own: a live status read out after every keystroke ("121 results for “l”", "72 …") is noise
  var PAUSE_MS = 900;
  function announce(form, text) {
    var said = form.querySelector('.search-said');
    if (!said) { return; }
    window.clearTimeout(said.pause);
    said.pause = window.setTimeout(function () { said.textContent = text; }, PAUSE_MS);
  }

  function show(form, root, query, data) {
    var status = form.querySelector('.search-status');
    var list = form.querySelector('.search-results');
    list.textContent = '';
    if (!data) {
      status.textContent = 'Search could not be loaded.';
      announce(form, status.textContent);
      return;
    }
    var results = query.trim() === '' ? [] : search(data, query);
    if (query.trim() === '') {
      status.textContent = '';
    } else if (results.length === 0) {
      status.textContent = 'Nothing found for “' + query + '”. ';
      var glossary = document.createElement('a');
      glossary.href = root + 'glossary/index.html';
      glossary.textContent = 'Browse the glossary';
      status.appendChild(glossary);
      status.appendChild(document.createTextNode(' for the terms this guide explains.'));
    } else {
      status.textContent = results.length + (results.length === 1 ? ' result' : ' results') + ' for “' + query + '”';
    }
    announce(form, status.textContent);
    var groups = [];
    var byName = {};
    results.slice(0, 50).forEach(function (result) {
      var name = groupOf(result);
      if (!byName[name]) {
        byName[name] = { name: name, results: [] };
        groups.push(byName[name]);
      }
      byName[name].results.push(result);
    });
    var inPopup = !!form.querySelector('.search-popup');
    var typed = window.lunr.tokenizer(query).map(String).filter(function (t) { return t.length > 1; });
    groups.forEach(function (group) {
      var item = document.createElement('li');
      item.className = 'result-group';
      var heading = document.createElement('p');
      heading.className = 'result-page';
      heading.textContent = group.name;
      var inner = document.createElement('ol');
      item.appendChild(heading);
      item.appendChild(inner);
      group.results.forEach(function (result) {
        var entry = document.createElement('li');
        var link = document.createElement('a');
        var words = result.words();
        link.href = resultUrl(root, result.doc, typed.length ? typed : words);
        // in the header's pop-up, Tab leaves the results (the arrow keys move through them)
        if (inPopup) { link.tabIndex = -1; }
        var title = document.createElement('span');
        title.className = 'result-title';
        title.textContent = result.doc.title;
        var where = document.createElement('span');
        where.className = 'result-where';
        where.textContent = result.doc.where;
        // a section whose text is all in its subsections shows the first of them (its lead), from its start
        var text = result.doc.text ? snippet(result.doc.text, words) : snippet(result.doc.lead || '', words, true);
        // named by title and place, described by the snippet: a screen reader hears a short name first
        var id = 'result-' + (++resultIds);
        title.id = id + '-title';
        where.id = id + '-where';
        text.id = id + '-text';
        link.setAttribute('aria-labelledby', title.id + ' ' + where.id);
        link.setAttribute('aria-describedby', text.id);
        link.appendChild(title);
        link.appendChild(where);
        link.appendChild(text);
        entry.appendChild(link);
        inner.appendChild(entry);
      });
      list.appendChild(item);
    });
  }

  // Arrow keys move between the box and the results; Enter on a result opens it; Escape closes.
  function keyboard(form, input, popup) {
    form.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(form.querySelectorAll('.search-results a, .search-all a'));
      var at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && links.length > 0) {
        event.preventDefault();
        // results closed by Escape open again, as a combobox's list does
        if (popup && popup.hidden) {
          if (input.value.trim() === '') { return; }
          popup.hidden = false;
        }
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        if (at === 0) { input.focus(); } else { links[at - 1].focus(); }
      } else if (event.key === 'Escape' && popup) {
        // a search field's own Escape empties it: the reader closes the results, not the query
        event.preventDefault();
        popup.hidden = true;
        input.focus();
      }
    });
    if (!popup) { return; }
    // the pop-up closes when focus leaves the search (Tab, a click elsewhere) and comes back with it
    form.addEventListener('focusout', function (event) {
      if (!form.contains(event.relatedTarget)) { popup.hidden = true; }
    });
    input.addEventListener('focus', function () {
      if (input.value.trim() !== '' && form.querySelector('.search-results li')) { popup.hidden = false; }
    });
  }

  function setUp(form) {
    var root = form.getAttribute('data-root') || '';
    // made before anything is said in it, or the first count may not be read out
    var said = document.createElement('p');
    said.className = 'search-said visually-hidden';
    said.setAttribute('role', 'status');
    form.appendChild(said);
    var input = form.querySelector('.search-input');
    var popup = form.querySelector('.search-popup');
    var update = function () {
      var query = input.value;
      withIndex(root, function (data) {
        if (input.value !== query) { return; } // a newer keystroke will update
        show(form, root, query, data);
        if (popup) {
          popup.hidden = query.trim() === '';
          var all = popup.querySelector('.search-all a');
          if (all) { all.href = root + 'search.html?q=' + encodeURIComponent(query.trim()); }
        }
      });
    };
    input.addEventListener('input', update);
    input.addEventListener('focus', function () { withIndex(root, function () {}); }, { once: true });
    keyboard(form, input, popup);
    if (popup) {
      document.addEventListener('click', function (event) {
        if (!form.contains(event.target)) { popup.hidden = true; }
      });
    }
    return { input: input, update: update };
  }

  // The same functions, for the benchmark's query timing (docs/benchmarks.md) and the test that
  // compares our ranking with lunr's own.
  window.GuideSearch = { build: build, search: search, wanted: wanted, nameKey: nameKey };

  var header = document.querySelector('.search-box');
  var headerBox = header ? setUp(header) : null;
  var page = document.querySelector('.search-page');
  if (page) {
    var pageBox = setUp(page);
    var query = new URLSearchParams(window.location.search).get('q') || '';
    pageBox.input.value = query;
    if (query) { pageBox.update(); }
  }

  // "/" anywhere (but in a text field) goes to search, unless turned off with the footer's switch
  // (WCAG 2.1.4: speech input may type it); kept in localStorage for every page, as the colour scheme.
  var SLASH_KEY = 'kotkin-guide-slash-key';
  var slashMemory = true; // where localStorage is refused (some browsers on file://)
  function slashKeyOn() {
    try { return window.localStorage.getItem(SLASH_KEY) !== 'off'; } catch (e) { return slashMemory; }
  }
  function showSlashKey() {
    document.documentElement.classList.toggle('no-slash-key', !slashKeyOn());
    document.querySelectorAll('.shortcut-switch').forEach(function (box) { box.checked = slashKeyOn(); });
  }
  document.querySelectorAll('.shortcut-switch').forEach(function (box) {
    box.closest('.shortcut-keys').hidden = false;
    box.addEventListener('change', function () {
      slashMemory = box.checked;
      try { window.localStorage.setItem(SLASH_KEY, box.checked ? 'on' : 'off'); } catch (e) { /* kept for this page only */ }
      showSlashKey();
    });
  });
  // a choice made in another tab of the guide
  window.addEventListener('storage', function (event) { if (event.key === SLASH_KEY) { showSlashKey(); } });
  showSlashKey();

  document.addEventListener('keydown', function (event) {
    var tag = document.activeElement && document.activeElement.tagName;
    var box = page ? pageBox : headerBox;
    if (box && slashKeyOn() && event.key === '/' && tag !== 'INPUT' && tag !== 'TEXTAREA' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.input.focus();
    }
  });
})();
