/**
 * report.html: the overview. What the comparison holds (provinces, documents, indicators,
 * the national reference), every indicator with how many provinces set it, every province
 * with its documents; a search box over both. Each links to its own page in report/.
 */
import { groupingNote, referenceSummary } from "../references.js";
import { INDICATORS } from "../../compare/labels.js";
import type { Comparison, ComparisonHead, Row } from "../../compare/types.js";
import { formatProblem } from "../../messages.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import { countLine, docName, kindOptions, kindValue, searchBox, select } from "./common.js";
import { DIR, pages } from "./links.js";
import { page, type PageSpec } from "./page.js";
import { indicators as taxonomy } from "../../../grammars/indicators.js";

const DOMAIN: Record<string, string> = { government: "chính quyền số / digital government", economy: "kinh tế số / digital economy", society: "xã hội số / digital society" };
const domainOf = new Map(taxonomy.map((i) => [i.id, i.domain as string]));

export function overviewPage(comparison: Comparison): string {
  return page(overviewSpec(comparison));
}

/** what the overview reads of a row: which provinces set it, with how many targets */
export type OverviewRow = Pick<Row, "indicator" | "label" | "scopeLabel" | "year" | "national"> & { cells: Array<{ province: string; targets: { length: number } }> };

export function overviewSpec(comparison: ComparisonHead & { rows: OverviewRow[] }): PageSpec {
  const { provinces, rows, national } = comparison;
  const documents = provinces.reduce((n, p) => n + p.documents.length, 0);
  const targets = rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.targets.length, 0), 0);
  const known = new Set(INDICATORS.map(([id]) => id));
  const byIndicator = new Map<string, typeof rows>();
  for (const r of rows) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);

  const indicatorLines = [...byIndicator].map(([id, rs]) => {
    const setBy = new Set(rs.flatMap((r) => r.cells.map((c) => c.province)));
    const nat = [...new Set(rs.flatMap((r) => (r.national ? [`${r.scopeLabel ? `${r.scopeLabel.vi} ` : ""}${r.national.label}${r.year ? ` (${r.year})` : ""}`] : [])))];
    const share = provinces.length ? Math.round((setBy.size / provinces.length) * 1000) / 10 : 0;
    const domain = domainOf.get(id) ?? "other";
    return (
      `<tr data-f data-count-item data-domain="${escapeAttr(known.has(id) ? domain : "other")}" data-text="${escapeAttr(`${rs[0].label.vi} ${rs[0].label.en} ${id}`)}">` +
      `<th scope="row"><a href="${escapeAttr(`${DIR}/${pages.indicator(id)}`)}">${escapeHtml(rs[0].label.vi)}</a> <span class="en">${escapeHtml(rs[0].label.en)}</span></th>` +
      `<td class="num">${setBy.size}<span class="track" title="${share}%"><span class="fill" style="width:${share}%"></span></span></td>` +
      `<td class="num hide-narrow">${rs.length}</td>` +
      `<td>${escapeHtml(nat.join(", ") || "—")}</td></tr>`
    );
  });

  const provinceLines = [...provinces]
    .sort((a, b) => a.name.localeCompare(b.name, "vi"))
    .map((p) => {
      const n = rows.reduce((m, r) => m + (r.cells.find((c) => c.province === p.slug)?.targets.length ?? 0), 0);
      const kinds = [...new Set(p.documents.map((d) => kindValue(d.kind)))].join(" ");
      const docs = p.documents.map((d) => `<span class="badge">${escapeHtml(docName(d))}</span>`).join(" ");
      return (
        `<tr data-f data-count-item data-kind="${escapeAttr(kinds)}" data-text="${escapeAttr(`${p.name} ${p.slug} ${p.documents.map((d) => `${d.number ?? ""} ${d.path}`).join(" ")}`)}">` +
        `<th scope="row"><a href="${escapeAttr(`${DIR}/${pages.province(p.slug)}`)}">${escapeHtml(p.name)}</a></th>` +
        `<td>${docs}</td><td class="num">${n}</td></tr>`
      );
    });

  const problems = comparison.problems.length
    ? ['<h2 id="problems">Ghi chú <span class="en">Problems met while comparing</span></h2>', '<ul class="problems">', ...comparison.problems.map((p) => `<li>${escapeHtml(formatProblem(p.file, p))}</li>`), "</ul>"]
    : [];

  return {
    title: "So sánh mục tiêu chuyển đổi số các tỉnh",
    crumbs: [],
    heading: `So sánh mục tiêu chuyển đổi số các tỉnh <span class="en">— provincial digital-transformation targets compared</span>`,
    intro: [
      `<p class="meta">${provinces.length} tỉnh / provinces · ${documents} văn bản / documents · ${byIndicator.size} chỉ tiêu / indicators · ${rows.length} dòng / rows · ${targets} mục tiêu / targets${national ? ` · tham chiếu quốc gia / national reference: ${escapeHtml(national.citation)}` : ""}</p>`,
      ...[comparison.references.length > 1 ? referenceSummary(comparison) : null, groupingNote(comparison)].flatMap((note) => (note ? [`<p class="meta">${escapeHtml(note)}</p>`] : [])),
      `<p class="meta">Mỗi con số dẫn tới câu văn gốc / every number links to the words it is read from · <a href="${DIR}/${pages.matrix()}">bảng đầy đủ / the full table</a></p>`,
    ],
    body: [
      '<div class="tools">',
      select("domain", "Lĩnh vực / domain", [...Object.entries(DOMAIN), ["other", "khác / other"]]),
      select("kind", "Loại văn bản / document", kindOptions(comparison)),
      searchBox("Tìm chỉ tiêu hoặc tỉnh / search indicators and provinces"),
      countLine("dòng / lines"),
      "</div>",
      '<section id="indicators" data-group>',
      '<h2>Chỉ tiêu <span class="en">Indicators</span></h2>',
      '<table class="indicators"><thead><tr><th scope="col">Chỉ tiêu <span class="en">Indicator</span></th><th scope="col" class="num">Số tỉnh <span class="en">provinces</span></th><th scope="col" class="num hide-narrow">Dòng <span class="en">rows</span></th><th scope="col">Quốc gia <span class="en">national</span></th></tr></thead>',
      ["<tbody>", ...indicatorLines, "</tbody></table>"],
      "</section>",
      '<section id="provinces" data-group>',
      '<h2>Tỉnh <span class="en">Provinces</span></h2>',
      '<table class="provinces"><thead><tr><th scope="col">Tỉnh <span class="en">Province</span></th><th scope="col">Văn bản <span class="en">Documents</span></th><th scope="col" class="num">Mục tiêu <span class="en">targets</span></th></tr></thead>',
      ["<tbody>", ...provinceLines, "</tbody></table>"],
      "</section>",
      ...problems,
    ],
  };
}
