/** The report's one stylesheet, inlined in every page (no file to fetch, no network). */
export const STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6576; --line: #d5dae2; --soft: #f3f5f8; --accent: #2b6cb0; --above: #1f7a3a; --below: #b42318; --mark: #ffe066; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; overflow-wrap: anywhere; }
header.top { padding: 12px 16px 8px; border-bottom: 1px solid var(--line); }
nav.crumbs { font-size: 13px; color: var(--muted); margin-bottom: 4px; }
main { padding: 8px 16px 32px; max-width: 1200px; }
h1 { font-size: 21px; margin: 0 0 4px; line-height: 1.25; }
h2 { font-size: 17px; margin: 24px 0 6px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
a { color: var(--accent); }
.en { color: var(--muted); font-weight: normal; }
.meta, .note { color: var(--muted); margin: 4px 0; font-size: 13px; }
.tools { position: sticky; top: 0; z-index: 5; background: #fff; display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; padding: 8px 0; border-bottom: 1px solid var(--line); }
.tools label { font-size: 13px; color: var(--muted); display: inline-flex; gap: 4px; align-items: center; }
.tools select, .tools input { font: inherit; font-size: 14px; padding: 3px 6px; border: 1px solid var(--line); border-radius: 4px; max-width: 100%; }
.tools input[type=search] { flex: 1 1 180px; min-width: 0; }
.tools .count { font-size: 13px; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 6px; vertical-align: top; text-align: left; }
thead th { position: sticky; top: var(--tools, 0px); background: var(--soft); z-index: 2; font-size: 13px; }
tbody th { font-weight: 600; }
table.documents tbody th { font-weight: normal; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
[hidden] { display: none !important; }
section.row { margin: 18px 0 8px; }
section.row > h2 { border-bottom: 1px solid var(--line); padding-bottom: 3px; }
table.ranking { table-layout: fixed; }
table.ranking col.name { width: 28%; }
table.ranking col.bar { width: 34%; }
table.ranking col.value { width: 38%; }
table.ranking tbody th { position: sticky; left: 0; background: #fff; font-weight: 600; }
.track { position: relative; display: block; height: 14px; margin-top: 3px; background: var(--soft); border-radius: 2px; }
.fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); border-radius: 2px; }
.fill.range { background: #9cc1e6; }
tr.highest .fill:not(.range) { background: #1f5f9e; }
tr.lowest .fill:not(.range) { background: #e08a2e; }
.nat { position: absolute; top: -5px; bottom: -5px; border-left: 2px dashed var(--below); }
.nat-1 { border-left: 2px dotted #6b46c1; }
.badge.nat-1 { border-color: #6b46c1; }
.axis { display: flex; justify-content: space-between; font-size: 11px; color: var(--muted); }
.values a { font-variant-numeric: tabular-nums; white-space: nowrap; }
.doc { display: block; font-size: 12px; color: var(--muted); font-weight: normal; }
.marks { font-weight: 700; margin-left: 3px; }
.above .marks { color: var(--above); }
.below .marks, .conflict .marks { color: var(--below); }
.missing { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 8px; background: var(--soft); border: 1px solid var(--line); color: var(--ink); }
.scroll { overflow: auto; max-width: 100%; max-height: 80vh; border: 1px solid var(--line); }
table.matrix { width: auto; }
table.matrix th, table.matrix td { border: 1px solid var(--line); white-space: nowrap; font-size: 13px; }
table.matrix thead th { top: 0; }
table.matrix tbody th, table.matrix thead th:first-child { position: sticky; left: 0; background: #fff; z-index: 1; white-space: normal; min-width: 150px; max-width: 220px; }
table.matrix thead th:first-child { z-index: 3; background: var(--soft); }
.source-text { font-size: 14px; line-height: 1.55; white-space: pre-wrap; overflow-wrap: anywhere; counter-reset: line; }
.source-text .line { display: block; padding-left: 4.2em; text-indent: -4.2em; scroll-margin-top: 40vh; counter-increment: line; min-height: 1.5em; }
.source-text .line::before { content: counter(line); display: inline-block; width: 3.6em; margin-right: .6em; text-indent: 0; text-align: right; color: #9aa3b2; }
.source-text mark { background: #fff3bf; border-radius: 2px; scroll-margin-top: 40vh; }
.source-text .quote:has(mark:target), .source-text .quote.hit { background: var(--mark); }
.source-text mark:target { background: #ff922b; color: #000; outline: 2px solid #e8590c; }
.source-text .line:target { background: #fff3bf; }
.quote-banner { position: sticky; top: 0; background: #fffbe6; border-bottom: 2px solid #e0b400; padding: 6px 16px; font-size: 14px; z-index: 4; }
ul.plain { padding-left: 18px; }
ul.problems { color: var(--muted); font-size: 12px; }
dl.doc { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 14px; font-size: 14px; }
dl.doc dt { color: var(--muted); }
dl.doc dd { margin: 0; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  main { padding: 6px 10px 24px; }
  header.top { padding: 10px 10px 6px; }
  h1 { font-size: 18px; }
  table.ranking col.name { width: 32%; }
  table.ranking col.bar { width: 26%; }
  .hide-narrow { display: none; }
  .tools { position: static; gap: 4px 8px; }
  thead th { top: 0; }
  .tools label { font-size: 12px; }
  .tools select { font-size: 13px; padding: 2px 4px; }
}
`;
