/**
 * One page per province: its documents with their metadata, all its targets (each a link
 * to its words, filterable), and the bodies its documents assign work to, with their tasks.
 */
import type { Cell, Comparison, Province, Row } from "../../compare/types.js";
import type { Document } from "../../schema/document.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import { cellMarks } from "../marks.js";
import { rowTitle } from "../row-label.js";
import { countLine, docName, kindOptions, kindText, kindValue, type Links, scopeOptions, scopeValue, searchBox, select, targetHref, yearOptions, yearValue } from "./common.js";
import { lineAnchor, OVERVIEW, pages } from "./links.js";
import { page, type PageSpec } from "./page.js";

function documentsTable(province: Province, links: Links): Array<string | string[]> {
  const lines = province.documents.map((ref) => {
    const name = [ref.number, ref.date].filter(Boolean).join(" · ");
    const copies = ref.copies.length ? `<span class="doc">bản trùng / copies: ${escapeHtml(ref.copies.join(", "))}</span>` : "";
    return (
      `<tr><th scope="row">${escapeHtml(kindText(ref.kind))}${name ? `<br>${escapeHtml(name)}` : ""}<span class="doc"><a href="${escapeAttr(links.source(ref.path))}">${escapeHtml(ref.path)}</a> · sha256 ${escapeHtml(ref.sha256.slice(0, 12))}…</span>${copies}</th>` +
      `<td>${escapeHtml(ref.issuer ?? "—")}<span class="doc">${escapeHtml(ref.signer ?? "")}</span></td>` +
      `<td class="hide-narrow">${escapeHtml(ref.title ?? "—")}</td>` +
      `<td class="num">${ref.targets}</td><td class="num hide-narrow">${ref.bodies}</td></tr>`
    );
  });
  return [
    '<h2 id="documents">Văn bản <span class="en">Documents, in the order they were issued</span></h2>',
    '<table class="documents"><thead><tr><th scope="col">Loại, số, ngày <span class="en">Kind, number, date · file</span></th><th scope="col">Cơ quan ban hành, người ký <span class="en">Issuer, signer</span></th><th scope="col" class="hide-narrow">Trích yếu <span class="en">Title</span></th><th scope="col" class="num">Mục tiêu <span class="en">targets</span></th><th scope="col" class="num hide-narrow">Cơ quan <span class="en">bodies</span></th></tr></thead>',
    ["<tbody>", ...lines, "</tbody></table>"],
  ];
}

/** the line of a row in its province's table of targets: the row, the province's cell of it */
export function provinceTargetLine(row: Row, cell: Cell, links: Links): string {
  const kinds = [...new Set(cell.documents.map((d) => kindValue(d.kind)))].join(" ");
  const marks = cellMarks(cell);
  const values = cell.targets
    .map((t) => {
      const doc = cell.documents.find((d) => d.path === t.path)!;
      const marked = t === cell.headline && marks ? `<span class="marks">${escapeHtml(marks)}</span>` : "";
      const name = docName(doc) === doc.path ? t.citation : `${docName(doc)} · ${t.citation}`;
      return `<a href="${escapeAttr(targetHref(links, t))}" title="${escapeAttr(`“${t.quote}” — ${t.citation}`)}">${escapeHtml(t.label)}</a>${marked} <span class="doc">${escapeHtml(name)}</span>`;
    })
    .join("");
  const text = [rowTitle(row).vi, rowTitle(row).en, ...cell.targets.map((t) => t.quote)].join(" ");
  return (
    `<tr data-f data-count-item data-indicator="${escapeAttr(row.indicator)}" data-year="${yearValue(row.year)}" data-scope="${scopeValue(row.scope)}" data-kind="${escapeAttr(kinds)}" data-text="${escapeAttr(text)}">` +
    `<th scope="row"><a href="${escapeAttr(pages.indicator(row.indicator))}">${escapeHtml(rowTitle(row).vi)}</a></th>` +
    `<td>${escapeHtml(row.scopeLabel?.vi ?? "")}</td><td>${escapeHtml(row.yearLabel.vi)}</td>` +
    `<td class="values">${values}</td>` +
    `<td class="hide-narrow">${row.national ? escapeHtml(row.national.label) : "—"}</td></tr>`
  );
}

/** what a province's page shows of its rows besides their lines: the table's filters */
export type ProvinceRow = Pick<Row, "indicator" | "label" | "year" | "scope">;

/** the province's table of targets: its rows, their lines (one piece each, or together in fewer pieces), how many targets in all */
export interface ProvinceTargets {
  rows: ProvinceRow[];
  lines: string[];
  targets: number;
}

function targetsTable(province: Province, table: ProvinceTargets): Array<string | string[]> {
  const { rows, lines } = table;
  const indicators = [...new Map(rows.map((r) => [r.indicator, r.label.vi])).entries()];
  return [
    '<h2 id="targets">Mục tiêu <span class="en">Targets</span></h2>',
    '<div class="tools">',
    select("indicator", "Chỉ tiêu / indicator", indicators),
    select("year", "Năm / year", yearOptions(rows)),
    select("scope", "Cấp / scope", scopeOptions(rows)),
    select("kind", "Loại văn bản / document", kindOptions({ provinces: [province] })),
    searchBox("Tìm chỉ tiêu, câu trích… / search"),
    countLine("mục tiêu / targets"),
    "</div>",
    '<table class="targets"><thead><tr><th scope="col">Chỉ tiêu <span class="en">Indicator</span></th><th scope="col">Cấp</th><th scope="col">Năm</th><th scope="col">Mục tiêu · văn bản <span class="en">Target · document</span></th><th scope="col" class="hide-narrow">Quốc gia</th></tr></thead>',
    ["<tbody>", ...lines, "</tbody></table>"],
  ];
}

function bodiesList(province: Province, documents: Map<string, Pick<Document, "bodies">>, links: Links): string[] {
  const out: string[] = ['<h2 id="bodies">Cơ quan và nhiệm vụ <span class="en">Bodies and their tasks</span></h2>'];
  for (const ref of province.documents) {
    const doc = documents.get(ref.path);
    if (!doc || doc.bodies.length === 0) continue;
    out.push(`<h3>${escapeHtml(docName(ref))}</h3>`, '<ul class="plain">');
    for (const b of doc.bodies) {
      const href = `${links.source(ref.path)}#${lineAnchor(b.position.start.line)}`;
      const role = b.role === "led" ? " (được lãnh đạo / led)" : "";
      out.push(`<li><b>${escapeHtml(b.canonical)}</b>${escapeHtml(role)}${b.item ? ` <span class="badge">${escapeHtml(b.item)}</span>` : ""}: ${escapeHtml(b.task)} <a href="${escapeAttr(href)}">${escapeHtml(`${ref.path}:${b.position.start.line}`)}</a></li>`);
    }
    out.push("</ul>");
  }
  if (out.length === 1) out.push('<p class="missing">Không có / none found.</p>');
  return out;
}

export function provincePage(comparison: Comparison, province: Province, documents: Map<string, Pick<Document, "bodies">>, links: Links): string {
  return page(provinceSpec(comparison, province, documents, links));
}

export function provinceSpec(comparison: Comparison, province: Province, documents: Map<string, Pick<Document, "bodies">>, links: Links): PageSpec {
  const rows = comparison.rows.filter((r) => r.cells.some((c) => c.province === province.slug));
  const cells = rows.map((r) => r.cells.find((c) => c.province === province.slug)!);
  const lines = rows.map((r, i) => provinceTargetLine(r, cells[i], links));
  return provinceSpecOf(province, documents, links, { rows, lines, targets: cells.reduce((n, c) => n + c.targets.length, 0) });
}

/** the page of a province whose table of targets is made already */
export function provinceSpecOf(province: Province, documents: Map<string, Pick<Document, "bodies">>, links: Links, table: ProvinceTargets): PageSpec {
  const { targets } = table;
  return {
    title: `${province.name} — chuyển đổi số`,
    crumbs: [[`../${OVERVIEW}`, "Tổng quan / overview"], [pages.matrix(), "Bảng / table"]],
    heading: `${escapeHtml(province.name)} <span class="en">province profile</span>`,
    intro: [
      `<p class="meta">${province.documents.length} văn bản / documents · ${targets} mục tiêu / targets · <a href="#targets">mục tiêu</a> · <a href="#bodies">cơ quan</a></p>`,
    ],
    body: [
      ...documentsTable(province, links),
      ...targetsTable(province, table),
      ...bodiesList(province, documents, links),
    ],
  };
}
