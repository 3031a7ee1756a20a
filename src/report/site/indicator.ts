/**
 * One page per indicator: a section per row (scope × year, and measure when the indicator's
 * targets count different things), the provinces sorted by ambition, each with a bar drawn
 * so that more ambitious reads as longer (for a top-N rank the bar grows as N falls), the
 * national figure of each reference in use as a dashed line, and its values, each a link to the words it is read from.
 */
import { compareAmbition, bound } from "../../compare/ambition.js";
import type { Figure } from "../../compare/format.js";
import { formatNumber } from "../../compare/format.js";
import type { Cell, Comparison, ComparisonHead, NationalCell, Province, Row } from "../../compare/types.js";
import { nationalColumns, nationalFigure, shortReference, type NationalColumn } from "../references.js";
import { axisMax } from "../chart.js";
import { escapeAttr, escapeHtml } from "../escape.js";

import { cellValues, countLine, kindOptions, kindValue, type Links, provinceOptions, scopeOptions, scopeValue, searchBox, select, yearOptions, yearValue } from "./common.js";
import { OVERVIEW, pages } from "./links.js";
import { page, type PageSpec } from "./page.js";

/** where a figure ends on a 0–100 scale, more ambitious further right */
function reach(row: Row, max: number, v: number): number {
  const share = row.unit === "rank" ? (max + 1 - v) / max : v / max;
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}

/** a national figure of the row: one per reference in use ("749", "57+03" when there are several) */
interface NationalLine {
  figure: NationalCell;
  /** the reference's short name, null when it is the only one */
  name: string | null;
  index: number;
}

function nationalLines(row: Row, columns: NationalColumn[]): NationalLine[] {
  return columns.flatMap((c) => {
    const figure = nationalFigure(row, c);
    return figure ? [{ figure, name: columns.length > 1 && c.reference ? shortReference(c.reference) : null, index: c.index }] : [];
  });
}

function bar(row: Row, max: number, cell: Cell, lines: NationalLine[]): string {
  const h = cell.headline;
  const nat = lines
    .map((l) =>
      l.name === null
        ? `<span class="nat" style="left:${reach(row, max, bound(l.figure))}%"></span>`
        : `<span class="nat nat-${l.index}" style="left:${reach(row, max, bound(l.figure))}%" title="${escapeAttr(`quốc gia / national ${l.name}: ${l.figure.label}`)}"></span>`,
    )
    .join("");
  if (!cell.comparable) return `<span class="track">${nat}</span>`;
  // an amount is drawn with its multiplier, as it is ranked
  const scale = h.magnitude ?? 1;
  const least = reach(row, max, bound(h) * scale);
  const most = h.max === null ? least : reach(row, max, (row.unit === "rank" ? Math.min(h.value, h.max) : Math.max(h.value, h.max)) * scale);
  const range = most > least ? `<span class="fill range" style="width:${most}%"></span>` : "";
  return `<span class="track">${range}<span class="fill" style="width:${Math.max(0.5, least)}%"></span>${nat}</span>`;
}

/** provinces most ambitious first; cells of another unit after them; ties by name */
function ranked(row: Row, provinces: Map<string, Province>): Cell[] {
  const name = (c: Cell) => provinces.get(c.province)?.name ?? c.province;
  return [...row.cells].sort((a, b) => {
    if (a.comparable !== b.comparable) return a.comparable ? -1 : 1;
    const order = a.comparable ? -(compareAmbition(a.headline as Figure, b.headline as Figure) ?? 0) : 0;
    return order || name(a).localeCompare(name(b), "vi");
  });
}

function rowSection(row: Row, provinces: Map<string, Province>, links: Links, columns: NationalColumn[]): string[] {
  const lines = nationalLines(row, columns);
  const max = axisMax(row, lines.map((l) => l.figure));
  const unit = row.unit === "percent" ? "%" : "";
  const title = [row.scopeLabel?.vi, row.yearLabel.vi === "hằng năm" ? "hằng năm / yearly" : `đến ${row.yearLabel.vi}`, row.measureLabel ? `${row.measureLabel.vi} (${row.measureLabel.en})` : null].filter(Boolean).join(" · ");
  const national = lines
    .map((l) => ` · <span class="badge${l.name === null ? "" : ` nat-${l.index}`}" title="${escapeAttr(`${l.figure.description} — ${l.figure.citation}`)}">quốc gia / national ${escapeHtml(l.name === null ? l.figure.label : `${l.name}: ${l.figure.label}`)}</span>`)
    .join("");
  const axis =
    row.unit === "rank"
      ? `<span>top ${escapeHtml(formatNumber(max))}</span><span>top 1 → tham vọng hơn / more ambitious</span>`
      : `<span>0</span><span>${escapeHtml(formatNumber(max) + unit)}</span>`;
  const body = ranked(row, provinces).map((cell, i) => {
    const p = provinces.get(cell.province)!;
    const kinds = [...new Set(cell.documents.map((d) => kindValue(d.kind)))].join(" ");
    // the quotes are in each link's title; the search box looks for provinces and documents
    const text = [p.name, ...cell.documents.map((d) => `${d.number ?? ""} ${d.path}`)].join(" ");
    const classes = [cell.highest && "highest", cell.lowest && "lowest", cell.conflict && "conflict", cell.national].filter(Boolean).join(" ");
    return (
      `<tr data-f data-count-item data-province="${escapeAttr(p.slug)}" data-kind="${escapeAttr(kinds)}" data-name="${escapeAttr(p.name)}" data-rank="${i}" data-text="${escapeAttr(text)}"${classes ? ` class="${classes}"` : ""}>` +
      `<th scope="row"><a href="${escapeAttr(pages.province(p.slug))}">${escapeHtml(p.name)}</a></th>` +
      `<td>${bar(row, max, cell, lines)}</td>` +
      `<td class="values">${cellValues(cell, links)}</td></tr>`
    );
  });
  const missing = row.missing.map((slug) => provinces.get(slug)?.name ?? slug);
  return [
    `<section class="row" id="${escapeAttr(row.key.replace(/[^A-Za-z0-9_-]+/g, "-"))}" data-f data-group data-year="${yearValue(row.year)}" data-scope="${scopeValue(row.scope)}">`,
    `<h2>${escapeHtml(title || "—")}${national}</h2>`,
    ...(row.cells.length
      ? [
          `<table class="ranking"><colgroup><col class="name"><col class="bar"><col class="value"></colgroup><thead><tr><th scope="col">Tỉnh <span class="en">Province</span></th><th scope="col"><span class="axis">${axis}</span></th><th scope="col">Mục tiêu <span class="en">Target · document</span></th></tr></thead><tbody data-sortable>`,
          ...body,
          "</tbody></table>",
        ]
      : [`<p class="missing">Chưa tỉnh nào đặt mục tiêu này / no province sets this target.</p>`]),
    missing.length && row.cells.length ? `<p class="missing">Không có mục tiêu / no target (${missing.length}): ${escapeHtml(missing.join(", "))}</p>` : "",
    "</section>",
  ];
}

export function indicatorPage(comparison: Comparison, indicator: string, links: Links): string {
  return page(indicatorSpec(comparison, indicator, links));
}

/** every indicator of the rows and its label, in the rows' order: the page's menu */
export function indicatorMenu(rows: Array<Pick<Row, "indicator" | "label">>): Array<[id: string, label: Row["label"]]> {
  return [...new Map(rows.map((r) => [r.indicator, r.label])).entries()];
}

/**
 * The page of an indicator, from its rows among `comparison.rows`; `menu` lists every
 * indicator (by default, those of `comparison.rows`)
 */
export function indicatorSpec(comparison: ComparisonHead & { rows: Row[] }, indicator: string, links: Links, menu = indicatorMenu(comparison.rows)): PageSpec {
  const rows = comparison.rows.filter((r) => r.indicator === indicator);
  const provinces = new Map(comparison.provinces.map((p) => [p.slug, p]));
  const columns = nationalColumns(comparison);
  const label = rows[0].label;
  const indicators = menu;
  const nav = `<label>Chỉ tiêu / indicator <select data-nav>${indicators
    .map(([id, l]) => `<option value="${escapeAttr(pages.indicator(id))}"${id === indicator ? " selected" : ""}>${escapeHtml(l.vi)}</option>`)
    .join("")}</select></label>`;
  const tools = [
    '<div class="tools">',
    nav,
    select("year", "Năm / year", yearOptions(rows)),
    select("scope", "Cấp / scope", scopeOptions(rows)),
    select("kind", "Loại văn bản / document", kindOptions(comparison)),
    select("province", "Tỉnh / province", provinceOptions(comparison)),
    `<label>Xếp / sort <select data-sort><option value="ambition">tham vọng / ambition</option><option value="name">tên / name</option></select></label>`,
    searchBox("Tìm tỉnh, văn bản… / search provinces, documents"),
    countLine("dòng tỉnh / province lines"),
    "</div>",
  ];
  return {
    title: `${label.vi} — ${label.en}`,
    crumbs: [[`../${OVERVIEW}`, "Tổng quan / overview"], [pages.matrix(), "Bảng / table"]],
    heading: `${escapeHtml(label.vi)} <span class="en">${escapeHtml(label.en)}</span>`,
    intro: [
      `<p class="meta">${escapeHtml(indicator)} · ${rows.length} dòng / rows · xếp theo mức tham vọng, thanh dài hơn = tham vọng hơn; vạch đứt = mục tiêu quốc gia / sorted by ambition, a longer bar is more ambitious; dashed line: national target</p>`,
    ],
    body: [...tools, ...rows.map((r) => rowSection(r, provinces, links, columns))],
  };
}

