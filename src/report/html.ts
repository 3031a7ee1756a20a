/**
 * report.html: one self-contained page (no script, no network: a Content-Security-Policy
 * forbids both) with the comparison table, a bar chart per row grouped by indicator, and
 * for every number its quote and file:line, on hover (title) and on click (<details>).
 * Every piece of document text is escaped. No timestamp: same comparison, same bytes.
 */
import type { Cell, Comparison, Province, Row } from "../compare/types.js";
import { barChart, cellId, hasChart, rowId } from "./chart.js";
import { rope } from "./rope.js";
import { escapeAttr, escapeHtml, htmlId } from "./escape.js";
import { cellMarks, LEGEND, MARK } from "./marks.js";
import { formatProblem } from "../messages.js";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6576; --line: #d5dae2; --accent: #2b6cb0; --above: #1f7a3a; --below: #b42318; --equal: #5b6576; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.en { color: var(--muted); font-weight: normal; }
.meta, .legend { color: var(--muted); margin: 4px 0; }
.legend b { color: var(--ink); }
.scroll { overflow-x: auto; }
table.comparison { border-collapse: collapse; min-width: 100%; }
table.comparison th, table.comparison td { border: 1px solid var(--line); padding: 4px 8px; vertical-align: top; text-align: left; }
table.comparison thead th { background: #f3f5f8; position: sticky; top: 0; }
table.comparison tbody th { font-weight: 600; min-width: 220px; }
table.comparison tbody th .en { display: block; font-size: 12px; }
td.cell { min-width: 90px; white-space: nowrap; }
td.missing { color: #9aa3b2; text-align: center; }
td.highest { background: #eef6ff; }
td.lowest { background: #fff6ed; }
td.conflict .marks { color: var(--below); }
td.above .marks { color: var(--above); }
td.below .marks { color: var(--below); }
td.national, th.national { background: #f7f7fb; }
summary { cursor: pointer; list-style: none; }
summary::-webkit-details-marker { display: none; }
summary .value { font-variant-numeric: tabular-nums; border-bottom: 1px dotted var(--muted); }
.marks { margin-left: 4px; font-weight: 700; }
details[open] summary { margin-bottom: 4px; }
.source { white-space: normal; max-width: 340px; font-size: 12px; margin: 4px 0; padding: 4px 6px; background: #fffbe6; border-left: 3px solid #e0b400; }
.source blockquote { margin: 0; }
.source cite { display: block; color: var(--muted); font-style: normal; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.charts { display: flex; flex-wrap: wrap; gap: 12px 24px; }
figure { margin: 0; }
figcaption { font-size: 12px; color: var(--muted); }
svg.chart { font: 11px system-ui, "DejaVu Sans", sans-serif; }
svg.chart .axis { stroke: #8b94a3; }
svg.chart .bar-value { fill: var(--accent); }
svg.chart .bar-range { fill: #9cc1e6; }
svg.chart .highest .bar-value { fill: #1f5f9e; }
svg.chart .lowest .bar-value { fill: #e08a2e; }
svg.chart .national-line line { stroke: var(--below); stroke-width: 2; stroke-dasharray: 4 3; }
svg.chart .national-line text { fill: var(--below); }
svg.chart .tick, svg.chart .missing .value { fill: #8b94a3; }
ul.problems { color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
`;

export function renderHtml(comparison: Comparison): string {
  let html = "";
  for (const piece of renderHtmlChunks(comparison)) html += piece;
  return html;
}

/** the text of renderHtml a table row and a chart at a time, for a build to write without the whole page in memory */
export function* renderHtmlChunks(comparison: Comparison): Generator<string> {
  const { provinces, rows, national } = comparison;
  const title = "So sánh mục tiêu chuyển đổi số các tỉnh";
  const parts: string[] = [
    "<!doctype html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header>",
    `<h1>${escapeHtml(title)} <span class="en">— provincial digital-transformation targets compared</span></h1>`,
    `<p class="meta">${provinces.length} tỉnh / provinces · ${rows.length} dòng / rows${national ? ` · tham chiếu quốc gia / national reference: ${escapeHtml(national.citation)} (${escapeHtml(national.title)})` : ""}</p>`,
    `<p class="meta">Di chuột lên một con số để xem câu trích dẫn và file:dòng; bấm để mở. Hover a number for its quote and file:line; click to open it.</p>`,
    `<p class="legend"><b>Marks</b>: ${escapeHtml(LEGEND)}</p>`,
    "</header>",
    "<main>",
    '<section id="table">',
    "<h2>Bảng so sánh <span class=\"en\">Comparison table</span></h2>",
    '<div class="scroll">',
  ];
  yield parts.join("\n") + "\n";
  yield* lines(comparisonTable(comparison));
  yield "\n</div>\n</section>\n";
  yield '<section id="charts">\n<h2>Biểu đồ <span class="en">Charts — one bar per province, national value as a dashed line; for rank, lower is more ambitious</span></h2>\n';
  yield* lines(charts(rows, provinces));
  yield "\n</section>";
  parts.length = 0;
  if (comparison.problems.length > 0) {
    parts.push('<section id="problems">', '<h2>Ghi chú <span class="en">Problems met while comparing</span></h2>', '<ul class="problems">');
    for (const p of comparison.problems)
      parts.push(`<li>${escapeHtml(formatProblem(p.file, p))}</li>`);
    parts.push("</ul>", "</section>");
  }
  parts.push("</main>", "</body>", "</html>");
  yield ["", ...parts].join("\n") + "\n";
}

/** pieces joined by line breaks, as they come */
function* lines(pieces: Iterable<string>): Generator<string> {
  let first = true;
  for (const piece of pieces) {
    yield first ? piece : "\n" + piece;
    first = false;
  }
}

function* comparisonTable(comparison: Comparison): Generator<string> {
  const { provinces, rows, national } = comparison;
  const head = [
    '<th scope="col">Chỉ tiêu <span class="en">Indicator</span></th>',
    '<th scope="col">Phạm vi <span class="en">Scope</span></th>',
    '<th scope="col">Năm <span class="en">Year</span></th>',
    ...provinces.map((p) => `<th scope="col" data-province="${escapeHtml(p.slug)}" title="${escapeAttr(p.paths.join("\n"))}">${escapeHtml(p.name)}</th>`),
    `<th scope="col" class="national" data-province="national" title="${escapeAttr(national?.citation ?? "")}">Quốc gia <span class="en">National${national ? ` (QĐ ${escapeHtml(national.decision)})` : ""}</span></th>`,
  ];
  yield* ['<table class="comparison">', `<thead><tr>${head.join("")}</tr></thead>`, "<tbody>"];
  for (const row of rows) {
    const cells = provinces.map((p) => provinceCell(row, p, row.cells.find((c) => c.province === p.slug)));
    yield rope([
      `<tr id="${rowId(row)}" data-row="${escapeHtml(row.key)}">`,
      `<th scope="row">${escapeHtml(row.label.vi)}<span class="en">${escapeHtml(row.label.en)}</span></th>`,
      `<td>${escapeHtml(row.scopeLabel?.vi ?? "")}</td>`,
      `<td>${escapeHtml(row.yearLabel.vi)}</td>`,
      ...cells,
      nationalCell(row),
      "</tr>",
    ]);
  }
  yield* ["</tbody>", "</table>"];
}

function provinceCell(row: Row, province: Province, cell: Cell | undefined): string {
  const slug = escapeHtml(province.slug);
  if (!cell) return `<td class="cell missing" data-province="${slug}" title="${escapeAttr(`${province.name}: no target`)}">${MARK.missing}</td>`;
  const classes = ["cell", cell.highest && "highest", cell.lowest && "lowest", cell.conflict && "conflict", cell.national].filter(Boolean).join(" ");
  const title = cell.targets.map((t) => `${t.label}: “${t.quote}” — ${t.citation}`).join("\n");
  const marks = cellMarks(cell);
  const sources = cell.targets.map(
    (t) =>
      `<div class="source" data-target="${escapeHtml(t.targetId)}"><blockquote>${escapeHtml(t.quote)}</blockquote><cite>${escapeHtml(t.citation)}</cite></div>`,
  );
  return rope([
    `<td id="${cellId(row, province.slug)}" class="${classes}" data-province="${slug}">`,
    `<details><summary title="${escapeAttr(title)}"><span class="value">${escapeHtml(cell.label)}</span>${marks ? `<span class="marks">${escapeHtml(marks)}</span>` : ""}</summary>`,
    ...sources,
    "</details></td>",
  ]);
}

function nationalCell(row: Row): string {
  const n = row.national;
  if (!n) return `<td class="national missing" data-province="national">${MARK.missing}</td>`;
  const title = `${n.label}: ${n.description} — ${n.citation}`;
  return [
    '<td class="national" data-province="national">',
    `<details><summary title="${escapeAttr(title)}"><span class="value">${escapeHtml(n.label)}</span></summary>`,
    `<div class="source"><blockquote>${escapeHtml(n.description)}</blockquote><cite>${escapeHtml(n.citation)}</cite></div>`,
    "</details></td>",
  ].join("");
}

function* charts(rows: Row[], provinces: Province[]): Generator<string> {
  let current: string | null = null;
  for (const row of rows.filter(hasChart)) {
    if (row.indicator !== current) {
      if (current !== null) yield "</div></section>";
      current = row.indicator;
      yield `<section class="indicator" id="chart-${htmlId(row.indicator)}"><h3>${escapeHtml(row.label.vi)} <span class="en">${escapeHtml(row.label.en)}</span></h3><div class="charts">`;
    }
    const caption = `${row.scopeLabel ? `${row.scopeLabel.vi} · ` : ""}${row.yearLabel.vi}${row.unit === "rank" ? " · top-N (thấp hơn = tham vọng hơn)" : ""}`;
    yield `<figure data-row="${escapeHtml(row.key)}"><figcaption><a href="#${rowId(row)}">${escapeHtml(caption)}</a></figcaption>${barChart(row, provinces)}</figure>`;
  }
  if (current !== null) yield "</div></section>";
}
