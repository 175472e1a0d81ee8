extension BoardPage {
    /// The page's only script: applies each snapshot from the event stream in place (only the parts
    /// that changed, so nothing flickers), highlights what is new for a few seconds, ticks the clocks
    /// between events, and reconnects by itself. It never builds markup from text: every piece of
    /// HTML it places was escaped by the server.
    static let script = """
    "use strict";
    (function () {
      var body = document.body, stateEl = document.getElementById("state");
      var clock = null, receivedAt = 0, lastMessage = Date.now(), source = null, retry = 1000, current = null;
      function pad(n) { return (n < 10 ? "0" : "") + n; }
      function mmss(s) { s = Math.max(0, Math.floor(s)); var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
        return (h > 0 ? h + ":" + pad(m) : pad(m)) + ":" + pad(s % 60); }
      function hmm(s) { s = Math.max(0, Math.floor(s)); return Math.floor(s / 3600) + ":" + pad(Math.floor(s / 60) % 60); }
      function texts(root) { var map = new Map(); if (!root) return map;
        root.querySelectorAll("[data-k]").forEach(function (el) { map.set(el.getAttribute("data-k"), el.textContent); });
        return map; }
      function mark(root, before, fresh) { if (!root) return;
        root.querySelectorAll("[data-k]").forEach(function (el) {
          var k = el.getAttribute("data-k");
          if (before.get(k) !== el.textContent) { el.classList.add("fresh"); fresh.push(el); } }); }
      function fragment(html) { var t = document.createElement("template"); t.innerHTML = html; return t.content.firstElementChild; }
      function place(id, html, highlight, fresh) {
        var box = document.getElementById(id);
        if (!box || box.getAttribute("data-html") === html) return;
        var before = texts(box);
        box.innerHTML = html; box.setAttribute("data-html", html);
        if (highlight) mark(box, before, fresh);
      }
      function sections(list, highlight, fresh) {
        var column = document.getElementById("charter"), seen = {};
        list.forEach(function (s, index) {
          seen[s.id] = true;
          var old = document.getElementById(s.id);
          if (old && old.getAttribute("data-html") === s.html) {
            if (column.children[index] !== old) column.insertBefore(old, column.children[index] || null);
            return;
          }
          var el = fragment(s.html); if (!el) return;
          el.setAttribute("data-html", s.html);
          var before = texts(old);
          if (old) old.remove();
          column.insertBefore(el, column.children[index] || null);
          if (highlight) mark(el, before, fresh);
        });
        Array.prototype.slice.call(column.children).forEach(function (el) { if (!seen[el.id]) el.remove(); });
      }
      function setState(key, text) { stateEl.className = "state " + key; stateEl.textContent = text; }
      function apply(snap, highlight) {
        if (current && snap.version <= current.version && highlight) return;
        current = snap;
        var fresh = [];
        place("phase-name", snap.phaseTitle, false, fresh);
        place("phase-of", snap.phaseOf, false, fresh);
        place("now", snap.discussion, highlight, fresh);
        sections(snap.sections, highlight, fresh);
        place("open", snap.openQuestions, highlight, fresh);
        document.getElementById("open-count").textContent = snap.openCount > 0 ? String(snap.openCount) : "";
        var state = document.createElement("span"); state.innerHTML = snap.stateText;
        setState(snap.state, state.textContent);
        clock = snap.clock; receivedAt = performance.now(); tick();
        var first = fresh.filter(function (el) { return el.closest("#charter"); })[0];
        if (first) { var r = first.getBoundingClientRect();
          if (r.top < 80 || r.bottom > window.innerHeight) first.scrollIntoView({ behavior: "smooth", block: "center" }); }
      }
      function tick() {
        if (!clock) return;
        var extra = clock.running ? (performance.now() - receivedAt) / 1000 : 0;
        var phase = clock.phase + extra, timer = document.getElementById("timer");
        document.getElementById("phase-time").textContent = mmss(phase);
        document.getElementById("phase-box").textContent = " / " + mmss(clock.timebox);
        document.getElementById("total-time").textContent = hmm(clock.total + extra);
        document.getElementById("total-box").textContent = " / " + hmm(clock.planned);
        timer.className = "timer" + (clock.timebox > 0 && phase > clock.timebox ? " over" : clock.timebox > 0 && phase >= 0.8 * clock.timebox ? " warning" : "");
      }
      function connect() {
        if (source) source.close();
        source = new EventSource("events");
        source.onmessage = function (e) { lastMessage = Date.now(); retry = 1000;
          try { apply(JSON.parse(e.data), true); } catch (err) {} };
        source.addEventListener("ping", function () { lastMessage = Date.now(); });
        // A board started again counts its snapshots from 1: the first one on a connection is taken as is.
        source.onopen = function () { current = null; retry = 1000; };
        source.onerror = function () {
          // A session that ended took its board with it: say so rather than "reconnecting".
          if (current && current.state !== "live") {
            var was = document.createElement("span"); was.innerHTML = current.stateText;
            setState(current.state, was.textContent + " · " + body.getAttribute("data-offline"));
          }
          else setState("reconnecting", body.getAttribute("data-reconnecting"));
          if (source.readyState === 2) { setTimeout(connect, retry); retry = Math.min(retry * 2, 8000); }
        };
      }
      var initial = document.getElementById("snapshot");
      try { apply(JSON.parse(initial.textContent), false); } catch (err) {}
      setInterval(tick, 250);
      // A laptop that slept, a network that dropped without a word: start the stream again.
      setInterval(function () { if (Date.now() - lastMessage > 40000) { lastMessage = Date.now(); connect(); } }, 5000);
      window.addEventListener("online", connect);
      document.addEventListener("visibilitychange", function () {
        if (!document.hidden && Date.now() - lastMessage > 20000) connect(); });
      connect();
    })();
    """
}
