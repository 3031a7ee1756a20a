/**
 * The report's one script, inlined in every page and allowed by its hash in the
 * Content-Security-Policy (nothing else may run). It only reads the page: filters and the
 * search box hide elements by their data- attributes, the sort control reorders rows,
 * and a source page highlights the quote the address points at. Without it every page
 * still reads, unfiltered.
 */
import { createHash } from "node:crypto";

export const SCRIPT = `(function () {
  "use strict";
  var all = function (s, root) { return Array.prototype.slice.call((root || document).querySelectorAll(s)); };
  var fold = function (t) { return (t || "").normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase(); };
  var controls = all("[data-filter]");
  var search = document.querySelector("input[data-search]");
  var count = document.querySelector("[data-count]");
  var tools = document.querySelector(".tools");
  if (tools && getComputedStyle(tools).position === "sticky") document.documentElement.style.setProperty("--tools", tools.offsetHeight + "px");
  function holds(el, key, value) {
    var have = el.getAttribute("data-" + key);
    return have === null || (" " + have + " ").indexOf(" " + value + " ") >= 0;
  }
  function apply() {
    var wanted = controls.filter(function (c) { return c.value; });
    var text = search ? fold(search.value.trim()) : "";
    var shown = 0;
    all("[data-f]").forEach(function (el) {
      var ok = wanted.every(function (c) { return holds(el, c.getAttribute("data-filter"), c.value); });
      if (ok && text && el.hasAttribute("data-text")) ok = fold(el.getAttribute("data-text")).indexOf(text) >= 0;
      el.hidden = !ok;
    });
    all("[data-group]").forEach(function (g) {
      if (g.hidden) return;
      var items = all("[data-f]", g);
      g.hidden = items.length > 0 && items.every(function (i) { return i.hidden; });
    });
    all("[data-f][data-count-item]").forEach(function (el) {
      var group = el.closest("[data-group]");
      if (!el.hidden && !(group && group.hidden)) shown++;
    });
    if (count) count.textContent = String(shown);
  }
  function sort(by) {
    all("tbody[data-sortable]").forEach(function (body) {
      var rows = all(":scope > tr", body);
      rows.sort(function (a, b) {
        if (by === "name") return a.getAttribute("data-name").localeCompare(b.getAttribute("data-name"), "vi");
        return Number(a.getAttribute("data-rank")) - Number(b.getAttribute("data-rank"));
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  }
  controls.forEach(function (c) { c.addEventListener("change", apply); });
  if (search) search.addEventListener("input", apply);
  all("select[data-nav]").forEach(function (s) { s.addEventListener("change", function () { location.href = s.value; }); });
  var sorter = document.querySelector("select[data-sort]");
  if (sorter) sorter.addEventListener("change", function () { sort(sorter.value); });
  var banner = document.querySelector("[data-quote-banner]");
  function highlight() {
    all(".quote.hit").forEach(function (q) { q.classList.remove("hit"); });
    var id = decodeURIComponent(location.hash.slice(1));
    var mark = id ? document.getElementById(id) : null;
    if (!mark || !banner) return;
    var quote = mark.closest(".quote");
    if (quote) all('.quote[data-q="' + quote.getAttribute("data-q") + '"]').forEach(function (q) { q.classList.add("hit"); });
    var said = mark.getAttribute("data-quote");
    if (said) { banner.hidden = false; banner.querySelector("q").textContent = said; banner.querySelector("cite").textContent = mark.getAttribute("data-cite") || ""; }
  }
  window.addEventListener("hashchange", highlight);
  highlight();
  apply();
})();`;

/** the CSP source that lets exactly this script run */
export const SCRIPT_HASH = `'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'`;
