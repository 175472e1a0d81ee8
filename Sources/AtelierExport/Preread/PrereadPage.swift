/// The questionnaire's style and script, inside the page itself (nothing is fetched). The script
/// adds rows to lists and records, checks numbers, dates and durations as they would be read in
/// the room, keeps the answers under way in the browser (the page can be closed and reopened), and
/// saves them to the small JSON file the client sends back (`PrereadFormat`).
enum PrereadPage {
    static let style = #"""
:root { --ink: #1f2933; --muted: #52606d; --line: #cbd2d9; --accent: #1d4e89; --soft: #f0f4f8; --bad: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 "Segoe UI", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; padding-bottom: 1rem; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--accent); margin: 0; font-weight: 600; }
h1 { font-size: 1.7rem; margin: .2rem 0 .4rem; line-height: 1.25; }
.client, .due { margin: .2rem 0; }
.intro p { margin: 0 0 .8rem; }
.how { color: var(--muted); font-size: .95rem; }
.paper { display: none; }
.notice { background: var(--soft); border-left: 4px solid var(--accent); padding: .6rem .8rem; }
fieldset.question { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.1rem 1.1rem; margin: 0 0 1.25rem; break-inside: avoid; }
fieldset.question > legend { font-weight: 600; font-size: 1.05rem; padding: 0 .35rem; }
.number { color: var(--accent); }
.why { font-size: .9rem; color: var(--muted); margin: .1rem 0 .5rem; }
.why span { font-weight: 600; }
.why span::after { content: " :"; }
html[lang="en"] .why span::after { content: ":"; }
.hint { display: block; font-size: .85rem; color: var(--muted); margin: .15rem 0 .4rem; }
input[type="text"], input[type="date"], textarea { width: 100%; font: inherit; padding: .45rem .55rem; border: 1px solid #9aa5b1; border-radius: 5px; background: #fff; color: inherit; }
input[type="date"] { width: auto; min-width: 12rem; }
textarea { resize: vertical; min-height: 5.5rem; }
input:focus, textarea:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
[aria-invalid="true"] { border-color: var(--bad); outline-color: var(--bad); }
.error { display: block; color: var(--bad); font-size: .85rem; }
.choices { display: flex; flex-wrap: wrap; gap: .35rem 1.2rem; }
.choices label { display: inline-flex; align-items: center; gap: .35rem; cursor: pointer; }
ol.rows { margin: 0; padding-left: 1.6rem; }
li.row { display: flex; gap: .4rem; align-items: flex-start; margin-bottom: .4rem; }
li.row > .answer { flex: 1; }
fieldset.record { border: 1px dashed var(--line); border-radius: 6px; margin: 0 0 .8rem; padding: .6rem .8rem .8rem; }
fieldset.record > legend { font-weight: 600; color: var(--accent); padding: 0 .3rem; }
.rf { margin-bottom: .55rem; }
.rf > .label { display: block; font-weight: 500; font-size: .95rem; margin-bottom: .15rem; }
button { font: inherit; border: 1px solid #9aa5b1; background: #fff; border-radius: 5px; padding: .35rem .8rem; cursor: pointer; color: var(--ink); }
button:hover { background: var(--soft); }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); font-weight: 600; padding: .6rem 1.2rem; }
button.primary:hover { background: #163d6b; }
button.remove { color: var(--muted); }
.actions { position: sticky; bottom: 0; background: rgba(255,255,255,.96); border-top: 1px solid var(--line); padding: .8rem 0; display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; }
#status { margin: 0; flex-basis: 100%; font-size: .95rem; }
#status.bad { color: var(--bad); }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .actions, button, .screen, #restored, .error { display: none !important; }
  .paper { display: block; }
  fieldset.question { border-color: #999; }
  input[type="text"], input[type="date"], textarea { border: none; border-bottom: 1px solid #777; border-radius: 0; min-height: 2.1em; }
  textarea { min-height: 7em; border: 1px solid #999; }
  input[type="date"]::-webkit-calendar-picker-indicator { display: none; }
  .choices input { appearance: none; -webkit-appearance: none; width: 1em; height: 1em; border: 1px solid #555; border-radius: 2px; }
  .choices input:checked { background: #333; }
  ol.rows { list-style: decimal; }
}
"""#

    static let script = #"""
"use strict";
(function () {
  var meta = JSON.parse(document.getElementById("preread-meta").textContent);
  var form = document.getElementById("preread");
  var status = document.getElementById("status");
  var storeKey = "atelier-preread:" + meta.workshop_id + ":" + meta.questions + ":" + meta.client;
  var counter = 1000;

  function say(text, bad) { status.textContent = text; status.className = bad ? "bad" : ""; }
  function fill(text, values) { return text.replace(/\{(\w+)\}/g, function (m, k) { return values[k] !== undefined ? values[k] : m; }); }

  // A cloned row or record gets radio names of its own.
  function clone(template) {
    var node = template.content.firstElementChild.cloneNode(true);
    var name = "c" + (counter++);
    node.querySelectorAll('input[type="radio"]').forEach(function (r) { r.name = r.name.replace("__NAME__", name); });
    return node;
  }
  function renumber(container) {
    container.querySelectorAll(":scope > .rows > fieldset.record").forEach(function (r, i) {
      var n = r.querySelector(".n"); if (n) { n.textContent = String(i + 1); }
    });
  }
  function addRow(container) {
    var rows = container.querySelector(".rows");
    var node = clone(container.querySelector("template"));
    rows.appendChild(node);
    renumber(container);
    return node;
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    var container = button.closest(".list, .records");
    if (button.classList.contains("add")) {
      var node = addRow(container);
      var first = node.querySelector(".answer input, input.answer, textarea.answer, .answer");
      if (first && first.focus) { first.focus(); }
    } else if (button.classList.contains("remove")) {
      var row = button.closest("li.row, fieldset.record");
      var rows = container.querySelector(".rows");
      if (rows.children.length > 1) { row.remove(); } else { clearBoxes(row); }
      renumber(container);
    }
    remember();
  });

  // Enter in the last line of a list opens the next line.
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.target.tagName !== "INPUT" || event.target.type === "radio") { return; }
    event.preventDefault();
    var row = event.target.closest("li.row");
    if (row && !row.nextElementSibling && event.target.value.trim() !== "") {
      var node = addRow(row.closest(".list"));
      var box = node.querySelector("input, textarea"); if (box) { box.focus(); }
    }
  });

  function clearBoxes(root) {
    root.querySelectorAll("input, textarea").forEach(function (b) { if (b.type === "radio") { b.checked = false; } else { b.value = ""; } });
  }

  // --- Checking a box as the room would read it ----------------------------------------------
  var checks = {
    number: [/^-?[0-9\s\u00a0\u202f]+([.,][0-9]+)?$/, "text_invalidNumber"],
    duration: [/^\s*([0-9]+\s*(minutes?|mins?|mn|m)?|[0-9]+([.,][0-9]+)?\s*(heures?|hours?|h)\s*([0-5]?[0-9]\s*(minutes?|min|mn|m)?)?)\s*$/i, "text_invalidDuration"],
    date: [/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, "text_invalidDate"]
  };
  function mark(box, problem) {
    var error = box.nextElementSibling && box.nextElementSibling.classList.contains("error") ? box.nextElementSibling : null;
    if (problem) { box.setAttribute("aria-invalid", "true"); } else { box.removeAttribute("aria-invalid"); }
    if (error) { error.textContent = problem || ""; error.hidden = !problem; }
  }
  // One box's value: a text, true/false for a yes/no, or null when empty; `bad` counts problems.
  function read(box, state) {
    var type = box.dataset.type;
    if (type === "yesno" || type === "choice") {
      var checked = box.querySelector("input:checked");
      if (!checked) { return null; }
      return type === "yesno" ? checked.value === "true" : checked.value;
    }
    var value = box.value;
    if (value.trim() === "") { mark(box, null); return null; }
    var check = checks[type];
    if (check && !check[0].test(value.trim())) {
      if (state.check) { mark(box, meta[check[1]]); state.bad += 1; }
      return value;
    }
    mark(box, null);
    return value;
  }

  function collect(state) {
    var answers = {};
    form.querySelectorAll("fieldset.question").forEach(function (q) {
      var shape = q.dataset.shape, value = null;
      if (shape === "scalar") {
        value = read(q.querySelector(".single > .answer"), state);
      } else if (shape === "list") {
        var items = [];
        q.querySelectorAll("li.row > .answer").forEach(function (b) { var v = read(b, state); if (v !== null) { items.push(v); } });
        value = items.length ? items : null;
      } else {
        var records = [];
        q.querySelectorAll("fieldset.record").forEach(function (r) {
          var record = {}, any = false;
          r.querySelectorAll(".rf").forEach(function (f) {
            var v = read(f.querySelector(".answer"), state);
            if (v !== null) { record[f.dataset.field] = v; any = true; }
          });
          if (any) { records.push(record); }
        });
        value = records.length ? records : null;
      }
      if (value !== null) { answers[q.dataset.item] = value; }
    });
    return answers;
  }

  // --- Names already typed are suggested in the person boxes ----------------------------------
  function refreshPeople() {
    var list = document.getElementById("atelier-people");
    if (!list) { return; }
    var names = {};
    form.querySelectorAll('[data-type="person"]').forEach(function (b) { var v = b.value.trim(); if (v) { names[v] = true; } });
    list.replaceChildren();
    Object.keys(names).sort().forEach(function (n) { var o = document.createElement("option"); o.value = n; list.appendChild(o); });
  }

  // --- Answers under way are kept in this browser, so the page can be closed and reopened ----
  function remember() {
    refreshPeople();
    try { localStorage.setItem(storeKey, JSON.stringify(collect({ check: false, bad: 0 }))); } catch (e) { /* private mode */ }
  }
  function put(box, value) {
    if (box.dataset.type === "yesno" || box.dataset.type === "choice") {
      box.querySelectorAll("input").forEach(function (r) { r.checked = String(value) === r.value; });
    } else { box.value = value; }
  }
  function restore() {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(storeKey) || "null"); } catch (e) { saved = null; }
    if (!saved || typeof saved !== "object" || Object.keys(saved).length === 0) { return; }
    form.querySelectorAll("fieldset.question").forEach(function (q) {
      var value = saved[q.dataset.item];
      if (value === undefined || value === null) { return; }
      if (q.dataset.shape === "scalar") { put(q.querySelector(".single > .answer"), value); return; }
      if (!Array.isArray(value)) { return; }
      var container = q.querySelector(".list, .records");
      var rows = container.querySelector(".rows");
      while (rows.children.length < value.length) { addRow(container); }
      value.forEach(function (v, i) {
        var row = rows.children[i];
        if (q.dataset.shape === "list") { put(row.querySelector(".answer"), v); return; }
        row.querySelectorAll(".rf").forEach(function (f) { if (v[f.dataset.field] !== undefined) { put(f.querySelector(".answer"), v[f.dataset.field]); } });
      });
    });
    document.getElementById("restored").hidden = false;
  }

  form.addEventListener("input", remember);
  form.addEventListener("change", remember);

  // --- Saving the file to send back ------------------------------------------------------------
  function stamp() {
    var d = new Date(), offset = -d.getTimezoneOffset(), sign = offset >= 0 ? "+" : "-";
    function two(n) { return (n < 10 ? "0" : "") + n; }
    offset = Math.abs(offset);
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + "T" + two(d.getHours()) + ":" +
      two(d.getMinutes()) + ":" + two(d.getSeconds()) + sign + two(Math.floor(offset / 60)) + ":" + two(offset % 60);
  }
  document.getElementById("save").addEventListener("click", function () {
    var state = { check: true, bad: 0 };
    var answers = collect(state);
    if (state.bad > 0) {
      say(meta.text_fixFirst, true);
      var first = form.querySelector('[aria-invalid="true"]'); if (first) { first.focus(); }
      return;
    }
    if (Object.keys(answers).length === 0) { say(meta.text_emptyNothing, true); return; }
    var file = { format: meta.format, version: meta.version, workshop_id: meta.workshop_id, questions: meta.questions,
                 client: meta.client || null, saved_at: stamp(), answers: answers };
    var blob = new Blob([JSON.stringify(file, null, 2) + "\n"], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = meta.file;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 2000);
    say(fill(meta.text_saved, { file: meta.file }), false);
  });

  // On paper, lists and records get room to write more.
  window.addEventListener("beforeprint", function () {
    form.querySelectorAll(".list, .records").forEach(function (c) {
      var rows = c.querySelector(".rows"), blank = c.classList.contains("list") ? 2 : 1;
      for (var i = 0; i < blank; i++) { addRow(c); }
      rows.dataset.printed = String(blank);
    });
  });
  window.addEventListener("afterprint", function () {
    form.querySelectorAll(".rows[data-printed]").forEach(function (rows) {
      for (var i = 0; i < Number(rows.dataset.printed); i++) {
        var last = rows.lastElementChild;
        if (last && rows.children.length > 1 && !Array.prototype.some.call(last.querySelectorAll("input, textarea"), function (b) { return b.type === "radio" ? b.checked : b.value.trim() !== ""; })) { last.remove(); }
      }
      delete rows.dataset.printed;
    });
  });
  document.getElementById("print").addEventListener("click", function () { window.print(); });

  restore();
  refreshPeople();
})();
"""#
}
