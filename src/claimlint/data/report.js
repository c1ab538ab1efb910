// claimlint report: filters, search and copy buttons. Inline, pinned by hash in the
// page's Content-Security-Policy; it reads the page and never the network. Without it
// (or in print) every claim is shown.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var marks = Array.prototype.slice.call(document.querySelectorAll(".claim"));
  var docs = Array.prototype.slice.call(document.querySelectorAll("section.doc"));
  var status = document.getElementById("shown");

  function checked(name) {
    var on = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (box) {
      if (box.checked) { on[box.value] = true; }
    });
    return on;
  }

  function apply() {
    var sev = checked("sev"), cat = checked("cat"), shown = 0, visible = {};
    var query = form.querySelector("input[type=search]").value.trim().toLowerCase();
    cards.forEach(function (card) {
      var ok = sev[card.getAttribute("data-sev")] && cat[card.getAttribute("data-cat")] &&
        (!query || card.textContent.toLowerCase().indexOf(query) >= 0);
      card.hidden = !ok;
      if (ok) { shown += 1; visible[card.id] = true; }
    });
    marks.forEach(function (mark) {
      var ids = (mark.getAttribute("data-cards") || "").split(" ");
      mark.classList.toggle("off", !ids.some(function (id) { return visible[id]; }));
    });
    docs.forEach(function (doc) { doc.hidden = !doc.querySelector(".card:not([hidden])"); });
    status.textContent = shown + " of " + cards.length + " claims shown";
  }

  function copy(button) {
    var text = button.parentNode.querySelector(".s").textContent;
    var done = function () { button.textContent = "Copied"; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { select(button); });
    } else { select(button); }
  }

  function select(button) {  // no clipboard access (some browsers on file:): select it for Ctrl+C
    var range = document.createRange();
    range.selectNodeContents(button.parentNode.querySelector(".s"));
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
  }

  // A link can carry a filtered view: report.html?sev=error&cat=regulatory-status&q=exosome
  var params = new URLSearchParams(window.location.search);
  ["sev", "cat"].forEach(function (name) {
    var wanted = params.getAll(name);
    if (!wanted.length) { return; }
    Array.prototype.forEach.call(form.querySelectorAll("input[name=" + name + "]"), function (box) {
      box.checked = wanted.indexOf(box.value) >= 0;
    });
  });
  form.querySelector("input[type=search]").value = params.get("q") || "";

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });
  apply();
}());
