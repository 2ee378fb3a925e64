// Checks quiz answers in the browser. The answer key and the explanation travel encoded in
// data attributes, so the page's text does not give them away before the learner answers;
// the explanation is only inserted into the page once an answer has been checked.
(function () {
  "use strict";

  function decode(encoded) {
    var reversed = encoded.split("").reverse().join("");
    var bytes = Uint8Array.from(atob(reversed), function (c) { return c.charCodeAt(0); });
    return new TextDecoder("utf-8").decode(bytes);
  }

  function parseNumber(text) {
    var cleaned = text.trim().replace(/\u2212/g, "-").replace(/,/g, ".");
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

  function reveal(form) {
    var box = form.querySelector(".explanation");
    if (box.hidden) {
      box.innerHTML = decode(form.dataset.explanation);
      box.hidden = false;
    }
  }

  function check(form) {
    var key = JSON.parse(decode(form.dataset.key));
    if (form.dataset.kind === "numeric") {
      var input = form.querySelector("input[type=text]");
      var parsed = parseNumber(input.value);
      if (parsed.blank) { say(form, "Type a number first."); input.focus(); return; }
      if (parsed.invalid) { say(form, "“" + input.value + "” is not a number; type digits such as 15 or 0.25."); input.focus(); return; }
      var right = within(parsed.value, key.key, key.tolerance);
      say(form, right ? "Right." : "Not quite: the run says " + key.text + ".", right);
    } else {
      var picked = Array.prototype.filter.call(form.querySelectorAll("input"), function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      if (picked.length === 0) { say(form, "Pick an answer first."); return; }
      var correct = key.correct.slice().sort().join(",");
      var rightChoice = picked.sort().join(",") === correct;
      form.querySelectorAll(".choice").forEach(function (label) {
        var value = label.querySelector("input").value;
        var isCorrect = key.correct.indexOf(value) >= 0;
        label.classList.toggle("correct", isCorrect);
        label.classList.toggle("incorrect", !isCorrect && label.querySelector("input").checked);
      });
      say(form, rightChoice ? "Right." : "Not quite: the right answer is " + key.correct.join(" and ") + ".", rightChoice);
    }
    reveal(form);
  }

  document.querySelectorAll("form.quiz").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      check(form);
    });
  });
})();
