// What the course's pages do with scripts on; without them every page still reads, with
// figures drawn, code shown, hidden cells behind a disclosure, and quiz forms in place.
//
// - the theme toggle and the figure form (drawing or text), both remembered across pages;
// - explorable figures: the slider shows the frame it names, every frame drawn by the build;
// - the copy buttons on cells, the lessons menu on phones, the contents that follow the reader;
// - search over every lesson, from an index loaded only when search is opened;
// - quizzes: a wrong answer can be tried again, the key and explanation come after a right
//   answer or on "Show the answer", and everything is revealed for printing.
(function () {
  "use strict";

  var root = document.documentElement;

  function remember(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* storage off: the choice lasts this page */ }
  }

  // Theme ------------------------------------------------------------------------------

  var themeButton = document.querySelector(".theme-toggle");
  var systemDark = window.matchMedia("(prefers-color-scheme: dark)");

  function isDark() {
    return root.dataset.theme ? root.dataset.theme === "dark" : systemDark.matches;
  }

  function showTheme() {
    if (themeButton) { themeButton.setAttribute("aria-pressed", String(isDark())); }
  }

  if (themeButton) {
    themeButton.addEventListener("click", function () {
      root.dataset.theme = isDark() ? "light" : "dark";
      remember("course-theme", root.dataset.theme);
      showTheme();
    });
    systemDark.addEventListener("change", showTheme);
    showTheme();
  }

  // Figures: each one switches between its drawing and its text; the site-wide choice is remembered.

  var figures = document.querySelectorAll(".figure[data-view]");
  var figuresButton = document.querySelector(".figures-toggle");

  function setView(figure, view) {
    figure.dataset.view = view;
    var button = figure.querySelector(".figure-switch");
    button.setAttribute("aria-pressed", String(view === "text"));
  }

  function applyFigurePreference() {
    var view = root.dataset.figures === "text" ? "text" : "graphic";
    figures.forEach(function (figure) { setView(figure, view); });
    if (figuresButton) { figuresButton.setAttribute("aria-pressed", String(view === "text")); }
  }

  figures.forEach(function (figure) {
    figure.querySelector(".figure-switch").addEventListener("click", function () {
      setView(figure, figure.dataset.view === "text" ? "graphic" : "text");
    });
  });
  if (figuresButton) {
    figuresButton.addEventListener("click", function () {
      root.dataset.figures = root.dataset.figures === "text" ? "graphic" : "text";
      remember("course-figures", root.dataset.figures);
      applyFigurePreference();
    });
  }
  applyFigurePreference();

  // Explorable figures: the slider shows one of the frames the build drew, and says which.

  document.querySelectorAll(".figure.explorable").forEach(function (figure) {
    var slider = figure.querySelector(".explorer-slider");
    var output = figure.querySelector(".explorer-value");
    var frames = figure.querySelectorAll(".explorable-frame");
    slider.addEventListener("input", function () {
      var shown = Number(slider.value);
      frames.forEach(function (frame, position) { frame.hidden = position !== shown; });
      output.textContent = frames[shown].dataset.value;
      slider.setAttribute("aria-valuetext", slider.dataset.parameter + " = " + frames[shown].dataset.value);
    });
  });

  // Copy buttons -------------------------------------------------------------------------

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var copied = document.execCommand("copy");
      area.remove();
      if (copied) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  document.querySelectorAll(".code-box .copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var code = button.parentElement.querySelector("code").textContent;
      copyText(code).then(function () { button.textContent = "Copied"; }, function () { button.textContent = "Select and copy"; });
      setTimeout(function () { button.textContent = "Copy"; }, 2000);
    });
  });

  // The lessons menu on phones -------------------------------------------------------------

  var menu = document.querySelector(".menu");
  var sidebar = document.getElementById("sidebar");

  function openMenu(open) {
    sidebar.classList.toggle("open", open);
    menu.setAttribute("aria-expanded", String(open));
  }

  if (menu && sidebar) {
    menu.addEventListener("click", function () { openMenu(!sidebar.classList.contains("open")); });
    sidebar.addEventListener("click", function (event) { if (event.target.closest("a")) { openMenu(false); } });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && sidebar.classList.contains("open")) { openMenu(false); menu.focus(); }
    });
  }

  // Contents that follow the reader: the section whose heading was passed last is marked.

  var headings = Array.prototype.slice.call(document.querySelectorAll("main h2[id], main h3[id]"));
  var contentsLinks = document.querySelectorAll(".toc a, .sidebar .sections a");

  function markReading() {
    var current = null;
    headings.forEach(function (heading) {
      if (heading.getBoundingClientRect().top < window.innerHeight * 0.3) { current = heading.id; }
    });
    contentsLinks.forEach(function (link) {
      var reading = link.getAttribute("href") === "#" + current;
      link.classList.toggle("reading", reading);
      if (reading) { link.setAttribute("aria-current", "location"); } else { link.removeAttribute("aria-current"); }
    });
  }

  if (headings.length > 0) {
    var pending = false;
    window.addEventListener("scroll", function () {
      if (pending) { return; }
      pending = true;
      window.requestAnimationFrame(function () { pending = false; markReading(); });
    }, { passive: true });
    markReading();
  }

  // Search -------------------------------------------------------------------------------

  var dialog = document.querySelector("dialog.search");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = dialog && dialog.querySelector(".search-status");
  var index = null;
  var active = -1;

  function loadIndex(then) {
    if (index) { then(); return; }
    if (window.courseSearchIndex) { prepare(window.courseSearchIndex); then(); return; }
    status.textContent = "Loading the index…";
    var script = document.createElement("script");
    script.src = "search-index.js";
    script.onload = function () { prepare(window.courseSearchIndex || []); then(); };
    script.onerror = function () { status.textContent = "The search index could not be loaded."; };
    document.head.appendChild(script);
  }

  function prepare(lessons) {
    index = [];
    lessons.forEach(function (lesson) {
      lesson.sections.forEach(function (section) {
        index.push({
          lesson: lesson, section: section,
          text: section.text, lower: section.text.toLowerCase(),
          heading: section.heading.toLowerCase(), title: lesson.title.toLowerCase()
        });
      });
    });
  }

  function words(query) {
    return query.toLowerCase().split(/[^\p{L}\p{N}.\-]+/u)
      .map(function (word) { return word.replace(/^[.\-]+|[.\-]+$/g, ""); })
      .filter(function (word) { return word.length > 0; });
  }

  function count(text, word) {
    var found = 0;
    var at = text.indexOf(word);
    while (at >= 0 && found < 20) { found += 1; at = text.indexOf(word, at + word.length); }
    return found;
  }

  function escape(text) {
    return text.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
  }

  function snippet(entry, query) {
    var at = entry.lower.indexOf(query[0]);
    var start = Math.max(0, at - 60);
    var end = Math.min(entry.text.length, at + 120);
    var piece = (start > 0 ? "…" : "") + entry.text.slice(start, end) + (end < entry.text.length ? "…" : "");
    var html = escape(piece);
    query.forEach(function (word) {
      var pattern = new RegExp("(" + escape(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")", "gi");
      html = html.replace(pattern, "<mark>$1</mark>");
    });
    return html;
  }

  function search(text) {
    var query = words(text);
    results.innerHTML = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (query.length === 0) { status.textContent = ""; input.setAttribute("aria-expanded", "false"); return; }
    var found = [];
    index.forEach(function (entry) {
      var score = 0;
      for (var i = 0; i < query.length; i += 1) {
        var inText = count(entry.lower, query[i]);
        var inHeading = entry.heading.indexOf(query[i]) >= 0;
        if (inText === 0 && !inHeading) { return; }
        score += inText + (inHeading ? 5 : 0) + (entry.title.indexOf(query[i]) >= 0 ? 2 : 0);
      }
      found.push({ entry: entry, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score; });
    found.slice(0, 20).forEach(function (hit, position) {
      var entry = hit.entry;
      var item = document.createElement("li");
      item.id = "search-result-" + position;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      var where = entry.lesson.number + " · " + escape(entry.lesson.title);
      var section = entry.section.anchor ? " <span>› " + escape(entry.section.heading) + "</span>" : "";
      item.innerHTML = '<a href="' + entry.lesson.page + (entry.section.anchor ? "#" + entry.section.anchor : "") + '">'
        + '<span class="result-where">' + where + section + "</span>"
        + '<span class="result-snippet">' + (entry.lower.indexOf(query[0]) >= 0 ? snippet(entry, query) : "") + "</span></a>";
      results.appendChild(item);
    });
    var shown = Math.min(found.length, 20);
    status.textContent = found.length === 0 ? "No section contains all of these words."
      : found.length + (found.length === 1 ? " section matches" : " sections match") + (found.length > shown ? ", the best " + shown + " shown." : ".");
    input.setAttribute("aria-expanded", String(shown > 0));
    if (shown > 0) { select(0); }
  }

  function select(position) {
    var items = results.querySelectorAll("[role=option]");
    if (items.length === 0) { return; }
    active = (position + items.length) % items.length;
    items.forEach(function (item, at) { item.setAttribute("aria-selected", String(at === active)); });
    input.setAttribute("aria-activedescendant", items[active].id);
    items[active].scrollIntoView({ block: "nearest" });
  }

  function openSearch() {
    if (!dialog.open) { dialog.showModal(); }
    input.focus();
    input.select();
    loadIndex(function () { status.textContent = ""; if (input.value) { search(input.value); } });
  }

  if (dialog) {
    document.querySelectorAll(".search-open").forEach(function (button) { button.addEventListener("click", openSearch); });
    document.addEventListener("keydown", function (event) {
      var typing = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]");
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        openSearch();
      }
    });
    input.addEventListener("input", function () { if (index) { search(input.value); } });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); select(active + 1); }
      if (event.key === "ArrowUp") { event.preventDefault(); select(active - 1); }
      if (event.key === "Enter") {
        var chosen = results.querySelector("[aria-selected=true] a");
        if (chosen) { event.preventDefault(); dialog.close(); window.location.href = chosen.href; }
      }
    });
    results.addEventListener("click", function (event) { if (event.target.closest("a")) { dialog.close(); } });
    dialog.addEventListener("click", function (event) { if (event.target === dialog) { dialog.close(); } });
  }

  // Quizzes ------------------------------------------------------------------------------

  function decode(encoded) {
    var reversed = encoded.split("").reverse().join("");
    var bytes = Uint8Array.from(atob(reversed), function (c) { return c.charCodeAt(0); });
    return new TextDecoder("utf-8").decode(bytes);
  }

  function parseNumber(text) {
    var cleaned = text.trim().replace(/[\u2212\u2013]/g, "-").replace(/\s/g, "").replace(/,/g, ".").replace(/×10\^?/g, "e");
    if (cleaned === "") { return { blank: true }; }
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?$/.test(cleaned)) { return { invalid: true }; }
    var percent = cleaned.endsWith("%");
    var value = parseFloat(percent ? cleaned.slice(0, -1) : cleaned);
    return { value: percent ? value / 100 : value };
  }

  function within(answer, key, tolerance) {
    var allowed = tolerance.absolute !== undefined ? tolerance.absolute : tolerance.relative * Math.abs(key);
    return Math.abs(answer - key) <= allowed + 1e-9 * Math.max(1, Math.abs(key));
  }

  function say(form, text, right) {
    var verdict = form.querySelector(".verdict");
    verdict.textContent = text;
    verdict.className = "verdict" + (right === undefined ? "" : right ? " right" : " wrong");
  }

  // The key and the explanation, in the box under the form; `forPrint` marks a reveal that
  // is undone after printing.
  function reveal(form, forPrint) {
    var box = form.querySelector(".explanation");
    if (!box.hidden) { return; }
    var key = JSON.parse(decode(form.dataset.key));
    box.innerHTML = '<p class="answer-key">Answer: ' + key.answer.replace(/[&<>]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;" }[c];
    }) + "</p>" + decode(form.dataset.explanation);
    box.hidden = false;
    if (forPrint) { box.dataset.forPrint = "true"; } else { delete box.dataset.forPrint; }
    if (form.dataset.kind === "choices") {
      form.querySelectorAll(".choice").forEach(function (label) {
        var choice = label.querySelector("input");
        var isCorrect = key.correct.indexOf(choice.value) >= 0;
        var wrongPick = !isCorrect && choice.checked;
        label.classList.toggle("correct", isCorrect);
        label.classList.toggle("incorrect", wrongPick);
        label.querySelector(".choice-mark").textContent = isCorrect ? "✓ right answer" : wrongPick ? "✗ not right" : "";
      });
    }
  }

  function check(form) {
    var key = JSON.parse(decode(form.dataset.key));
    var right;
    if (form.dataset.kind === "numeric") {
      var field = form.querySelector("input[type=text]");
      var parsed = parseNumber(field.value);
      if (parsed.blank) { say(form, "Type a number first."); field.focus(); return; }
      if (parsed.invalid) { say(form, "“" + field.value + "” is not a number; type digits such as 15, -6, 0.25 or 2e-3."); field.focus(); return; }
      right = key.key !== null && within(parsed.value, key.key, key.tolerance);
    } else {
      var picked = Array.prototype.filter.call(form.querySelectorAll("input"), function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      if (picked.length === 0) { say(form, "Pick an answer first."); return; }
      right = picked.sort().join(",") === key.correct.slice().sort().join(",");
    }
    if (right) {
      say(form, "✓ Right.", true);
      reveal(form, false);
    } else {
      say(form, "✗ Not quite. Try again, or show the answer.", false);
    }
  }

  document.querySelectorAll("form.quiz").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      check(form);
    });
    form.querySelector(".show-answer").addEventListener("click", function () {
      say(form, "The answer is shown below.");
      reveal(form, false);
    });
  });

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("form.quiz").forEach(function (form) { reveal(form, true); });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll(".quiz .explanation[data-for-print]").forEach(function (box) {
      box.hidden = true;
      box.innerHTML = "";
      delete box.dataset.forPrint;
      box.closest("form").querySelectorAll(".choice").forEach(function (label) {
        label.classList.remove("correct", "incorrect");
        label.querySelector(".choice-mark").textContent = "";
      });
    });
  });
})();
