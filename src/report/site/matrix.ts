/**
 * The full table: a row per indicator × scope × year (× measure), a column per province,
 * each cell its headline figure (the latest document's) linking to its words. Its labels stay in view: the
 * header row on top, the indicator column on the left, inside a box that scrolls both ways.
 */
import type { Cell, Comparison, ComparisonHead, Province, Row } from "../../compare/types.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import { cellMarks, MARK } from "../marks.js";
import { rowTitle } from "../row-label.js";
import { targetHref, type Links, scopeOptions, scopeValue, searchBox, select, yearOptions, yearValue, countLine } from "./common.js";
import { OVERVIEW, pages } from "./links.js";
import { page, type PageSpec } from "./page.js";
import { nationalColumns, nationalFigure, type NationalColumn } from "../references.js";

/** the cell's headline (its latest document's figure) and its marks; its other documents on the indicator's page */
function headline(cell: Cell, links: Links): string {
  const t = cell.headline;
  const marks = cellMarks(cell);
  const more = cell.documents.length > 1 ? ` <span class="doc">+${cell.documents.length - 1} văn bản / doc.</span>` : "";
  return `<a href="${escapeAttr(targetHref(links, t))}" title="${escapeAttr(t.citation)}">${escapeHtml(t.label)}</a>${marks ? `<span class="marks">${escapeHtml(marks)}</span>` : ""}${more}`;
}

export function matrixPage(comparison: Comparison, links: Links): string {
  return page(matrixSpec(comparison, links));
}

export function matrixSpec(comparison: Comparison, links: Links): PageSpec {
  const line = matrixLines(comparison, links);
  return matrixSpecOf(comparison, comparison.rows, comparison.rows.map(line));
}

/** the table's line of a row */
export function matrixLines(comparison: ComparisonHead, links: Links): (row: Row) => string {
  const nationals = nationalColumns(comparison);
  return (row) => matrixLine(row, comparison.provinces, nationals, links);
}

function matrixLine(row: Row, provinces: Province[], nationals: NationalColumn[], links: Links): string {
  const cells = provinces.map((p) => {
    const cell = row.cells.find((c) => c.province === p.slug);
    return cell ? `<td class="values">${headline(cell, links)}</td>` : `<td class="missing">${MARK.missing}</td>`;
  });
  const title = rowTitle(row);
  const where = [row.scopeLabel?.vi, row.yearLabel.vi].filter(Boolean).join(" · ");
  return (
    `<tr data-f data-count-item data-year="${yearValue(row.year)}" data-scope="${scopeValue(row.scope)}" data-text="${escapeAttr(`${title.vi} ${title.en} ${row.indicator}`)}">` +
    `<th scope="row"><a href="${escapeAttr(pages.indicator(row.indicator))}">${escapeHtml(title.vi)}</a> <span class="en">${escapeHtml(where)}</span></th>` +
    cells.join("") +
    nationals
      .map((c) => {
        const n = nationalFigure(row, c);
        return `<td class="national">${n ? escapeHtml(n.label) : MARK.missing}</td>`;
      })
      .join("") +
    "</tr>"
  );
}

/** the page around the table's lines (`body`, one per row of `rows`) */
export function matrixSpecOf(comparison: ComparisonHead, rows: Array<Pick<Row, "year" | "scope">>, body: string[]): PageSpec {
  const { provinces } = comparison;
  const nationals = nationalColumns(comparison);
  const head = [
    '<th scope="col">Chỉ tiêu <span class="en">Indicator</span></th>',
    ...provinces.map((p) => `<th scope="col"><a href="${escapeAttr(pages.province(p.slug))}">${escapeHtml(p.name)}</a></th>`),
    ...nationals.map((c) => {
      const name = c.reference && nationals.length > 1 ? ` (${c.reference.id})` : "";
      const reference = c.reference ? ` data-reference="${escapeAttr(c.reference.id)}" title="${escapeAttr(c.reference.citation)}"` : "";
      return `<th scope="col" class="national" data-province="national"${reference}>Quốc gia <span class="en">National${escapeHtml(name)}</span></th>`;
    }),
  ];
  return {
    title: "Bảng so sánh / comparison table",
    crumbs: [[`../${OVERVIEW}`, "Tổng quan / overview"]],
    heading: `Bảng so sánh <span class="en">Comparison table</span>`,
    intro: [`<p class="meta">${provinces.length} tỉnh / provinces · ${rows.length} dòng / rows · ▲ cao nhất / highest · ▼ thấp nhất / lowest · ! mâu thuẫn trong một văn bản / conflict in one document · a → b: văn bản sau / a later document · + = − so với quốc gia / vs national</p>`],
    body: [
      '<div class="tools">',
      select("year", "Năm / year", yearOptions(rows)),
      select("scope", "Cấp / scope", scopeOptions(rows)),
      searchBox("Tìm chỉ tiêu / search indicators"),
      countLine("dòng / rows"),
      "</div>",
      [`<div class="scroll"><table class="matrix"><thead><tr>${head.join("")}</tr></thead><tbody>`, ...body, "</tbody></table></div>"],
    ],
  };
}
