// psh admin center: selection in the mailbox list, the details pane,
// client-side tabs and keyboard shortcuts. Every page works without it.
"use strict";
(function () {
  var table = document.getElementById("mailboxes");
  if (table) { list(table); }
  var edit = document.getElementById("editform");
  if (edit) { editForm(edit); }
  document.addEventListener("keydown", function (e) {
    var t = e.target, typing = t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (typing || e.ctrlKey || e.altKey || e.metaKey) { return; }
    if (e.key === "?") { e.preventDefault(); location.href = "/help"; }
    if (e.key === "/") {
      var q = document.getElementById("q");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    }
  });

  function list(table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-id]"));
    var anchor = -1, focus = -1;
    function box(i) { return rows[i].querySelector("input[type=checkbox]"); }
    function selected() { return rows.filter(function (r, i) { return box(i).checked; }); }
    function set(i, on) { box(i).checked = on; rows[i].setAttribute("aria-selected", on ? "true" : "false"); }
    function only(i) { rows.forEach(function (r, j) { set(j, j === i); }); }
    function range(a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      rows.forEach(function (r, j) { set(j, j >= lo && j <= hi); });
    }
    function move(i) { if (i < 0 || i >= rows.length) { return false; } focus = i; rows[i].focus(); return true; }
    function pane() {
      var sel = selected(), title = document.getElementById("details-title");
      var one = document.getElementById("details-one"), bulk = document.getElementById("details-bulk");
      var help = document.getElementById("details-help");
      if (sel.length === 1) {
        var r = sel[0];
        title.textContent = r.dataset.name;
        document.getElementById("details-email").textContent = r.dataset.email;
        document.getElementById("details-edit").href = "/mailboxes/" + r.dataset.id;
        one.hidden = false; bulk.hidden = true; help.hidden = true;
        return;
      }
      one.hidden = true;
      if (sel.length === 0) {
        title.textContent = "Mailboxes"; bulk.hidden = true; help.hidden = false;
        help.textContent = "Select one mailbox to see it, or several mailboxes of the same type to change them together.";
        return;
      }
      var type = sel[0].dataset.type, same = sel.every(function (r) { return r.dataset.type === type; });
      if (!same) {
        title.textContent = "Mailboxes"; bulk.hidden = true; help.hidden = false;
        help.textContent = "Bulk Edit needs mailboxes of the same type: the selection mixes types.";
        return;
      }
      title.textContent = "Bulk Edit"; bulk.hidden = bulk.dataset.readonly === "true"; help.hidden = true;
      document.getElementById("details-count").textContent = sel.length + " mailboxes selected";
    }
    rows.forEach(function (r, i) {
      r.addEventListener("click", function (e) {
        if (e.target.tagName === "A" && !e.shiftKey && !e.ctrlKey && !e.metaKey) { return; }
        if (e.target.tagName === "A") { e.preventDefault(); }
        if (e.target.type === "checkbox") {
          set(i, e.target.checked); anchor = i;
        } else if (e.shiftKey && anchor >= 0) {
          e.preventDefault(); range(anchor, i);
        } else if (e.ctrlKey || e.metaKey) {
          set(i, !box(i).checked); anchor = i;
        } else {
          only(i); anchor = i;
        }
        focus = i; pane();
      });
      r.addEventListener("keydown", function (e) {
        var next = -1;
        if (e.key === "ArrowDown") { next = i + 1; } else if (e.key === "ArrowUp") { next = i - 1; }
        if (next >= 0) {
          e.preventDefault();
          if (!move(next)) { return; }
          if (e.shiftKey) { range(anchor < 0 ? i : anchor, next); } else if (!e.ctrlKey) { only(next); anchor = next; }
          pane(); return;
        }
        if (e.key === " " && e.target === r) { e.preventDefault(); set(i, !box(i).checked); anchor = i; pane(); }
        if ((e.key === "Enter" || e.key === "e") && e.target === r) { e.preventDefault(); location.href = "/mailboxes/" + r.dataset.id; }
        if (e.key === "Escape") { rows.forEach(function (x, j) { set(j, false); }); pane(); }
      });
    });
    rows.forEach(function (r, i) { set(i, box(i).checked); });
    if (rows.length) {
      rows[0].tabIndex = 0;
      table.addEventListener("focusin", function (e) {
        var i = rows.indexOf(e.target);
        if (i >= 0) { rows.forEach(function (r, j) { r.tabIndex = j === i ? 0 : -1; }); }
      });
    }
    pane();
  }

  function editForm(form) {
    var tabs = form.querySelectorAll("[role=tab]"), field = document.getElementById("tab");
    Array.prototype.forEach.call(tabs, function (t) {
      t.addEventListener("click", function (e) {
        e.preventDefault();
        Array.prototype.forEach.call(tabs, function (o) {
          var on = o === t;
          o.setAttribute("aria-selected", on ? "true" : "false");
          document.getElementById(o.getAttribute("aria-controls")).hidden = !on;
        });
        field.value = t.value;
      });
    });
    document.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); document.getElementById("save").click(); }
      if (e.key === "Escape") { var no = document.getElementById("no"); if (no) { no.click(); } }
    });
  }
})();
