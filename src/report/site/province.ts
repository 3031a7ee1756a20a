/**
 * One page per province: its documents with their metadata, all its targets (each a link
 * to its words, filterable), and the bodies its documents assign work to, with their tasks.
 */
import type { Comparison, DocumentRef, Province } from "../../compare/types.js";
import type { Document } from "../../schema/document.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import { cellMarks } from "../marks.js";
import { rope } from "../rope.js";
import { rowTitle } from "../row-label.js";
import { countLine, docName, kindOptions, kindText, kindValue, type Links, scopeOptions, scopeValue, searchBox, select, targetHref, yearOptions, yearValue } from "./common.js";
import { lineAnchor, OVERVIEW, pages } from "./links.js";
import { page } from "./page.js";

function documentBlock(ref: DocumentRef, links: Links): string {
  const fields: Array<[string, string | null]> = [
    ["Loại / kind", kindText(ref.kind)],
    ["Số / number", ref.number],
    ["Ngày / date", ref.date],
    ["Cơ quan ban hành / issuer", ref.issuer],
    ["Người ký / signer", ref.signer],
    ["Trích yếu / title", ref.title],
    ["Mục tiêu / targets", String(ref.targets)],
    ["Cơ quan được giao / bodies", String(ref.bodies)],
    ["sha256", ref.sha256.slice(0, 16) + "…"],
    ["Bản trùng / copies", ref.copies.length ? ref.copies.join(", ") : null],
  ];
  return rope([
    `<h3>${docName(ref) === ref.path ? "" : `${escapeHtml(docName(ref))} · `}<a href="${escapeAttr(links.source(ref.path))}">${escapeHtml(ref.path)}</a></h3>`,
    '<dl class="doc">',
    ...fields.filter(([, v]) => v !== null).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v!)}</dd>`),
    "</dl>",
  ]);
}

function targetsTable(comparison: Comparison, province: Province, links: Links): string[] {
  const rows = comparison.rows.filter((r) => r.cells.some((c) => c.province === province.slug));
  const lines = rows.map((row) => {
    const cell = row.cells.find((c) => c.province === province.slug)!;
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
  });
  const indicators = [...new Map(rows.map((r) => [r.indicator, r.label.vi])).entries()];
  return [
    '<h2 id="targets">Mục tiêu <span class="en">Targets</span></h2>',
    '<div class="tools">',
    select("indicator", "Chỉ tiêu / indicator", indicators),
    select("year", "Năm / year", yearOptions(rows)),
    select("scope", "Cấp / scope", scopeOptions(rows)),
    select("kind", "Loại văn bản / document", kindOptions({ ...comparison, provinces: [province] })),
    searchBox("Tìm chỉ tiêu, câu trích… / search"),
    countLine("mục tiêu / targets"),
    "</div>",
    '<table class="targets"><thead><tr><th scope="col">Chỉ tiêu <span class="en">Indicator</span></th><th scope="col">Cấp</th><th scope="col">Năm</th><th scope="col">Mục tiêu · văn bản <span class="en">Target · document</span></th><th scope="col" class="hide-narrow">Quốc gia</th></tr></thead>',
    `<tbody>${rope(lines)}</tbody></table>`,
  ];
}

function bodiesList(province: Province, documents: Map<string, Document>, links: Links): string[] {
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

export function provincePage(comparison: Comparison, province: Province, documents: Map<string, Document>, links: Links): string {
  const targets = comparison.rows.reduce((n, r) => n + (r.cells.find((c) => c.province === province.slug)?.targets.length ?? 0), 0);
  return page({
    title: `${province.name} — chuyển đổi số`,
    crumbs: [[`../${OVERVIEW}`, "Tổng quan / overview"], [pages.matrix(), "Bảng / table"]],
    heading: `${escapeHtml(province.name)} <span class="en">province profile</span>`,
    intro: [
      `<p class="meta">${province.documents.length} văn bản / documents · ${targets} mục tiêu / targets · <a href="#targets">mục tiêu</a> · <a href="#bodies">cơ quan</a></p>`,
    ],
    body: [
      '<h2 id="documents">Văn bản <span class="en">Documents</span></h2>',
      ...province.documents.map((d) => documentBlock(d, links)),
      ...targetsTable(comparison, province, links),
      ...bodiesList(province, documents, links),
    ],
  });
}
