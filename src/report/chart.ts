/**
 * A small inline SVG bar chart for one row: one bar per province (a range draws its high
 * end lighter), the national value as a dashed vertical line. Every bar carries its quote
 * and file:line in an SVG <title> (the hover tooltip) and links to its table cell.
 */
import { formatNumber } from "../compare/format.js";
import type { Province, Row } from "../compare/types.js";
import { escapeHtml, htmlId } from "./escape.js";
import { rope } from "./rope.js";
import { cellMarks } from "./marks.js";

const WIDTH = 560;
const LABEL = 140;
const RIGHT = 110;
const BAR = 14;
const STEP = 20;
const TOP = 22;
const AXIS = 18;

/** Element ids shared by the table and the charts. */
export function rowId(row: Row): string {
  return `row-${htmlId(row.key.replace(/\|/g, "-"))}`;
}

export function cellId(row: Row, slug: string): string {
  return `${rowId(row)}--${htmlId(slug)}`;
}

/** The top of the value axis: 100 for percentages up to 100, else a round number above the largest value. */
export function axisMax(row: Row): number {
  const values = row.cells.filter((c) => c.comparable).flatMap((c) => [c.headline.value, c.headline.max ?? c.headline.value]);
  if (row.national) values.push(row.national.value, row.national.max ?? row.national.value);
  const top = Math.max(0, ...values);
  if (row.unit === "percent" && top <= 100) return 100;
  if (top <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(top));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= top) return step * magnitude;
  return 10 * magnitude;
}

/** Whether the row has anything to draw. */
export function hasChart(row: Row): boolean {
  return row.cells.some((c) => c.comparable) || row.national !== null;
}

export function barChart(row: Row, provinces: Province[]): string {
  const max = axisMax(row);
  const plot = WIDTH - LABEL - RIGHT;
  const x = (v: number) => LABEL + Math.round((Math.max(0, v) / max) * plot * 10) / 10;
  const height = TOP + provinces.length * STEP + AXIS;
  const unit = row.unit === "percent" ? "%" : "";
  const caption = `${row.label.vi}${row.scopeLabel ? ` · ${row.scopeLabel.vi}` : ""} · ${row.yearLabel.vi}`;
  const parts: string[] = [
    `<svg class="chart" role="img" aria-label="${escapeHtml(caption)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<line class="axis" x1="${LABEL}" y1="${TOP - 4}" x2="${LABEL}" y2="${TOP + provinces.length * STEP}"/>`,
  ];

  provinces.forEach((p, i) => {
    const y = TOP + i * STEP;
    const cell = row.cells.find((c) => c.province === p.slug);
    const name = `<text class="name" x="${LABEL - 6}" y="${y + 11}" text-anchor="end">${escapeHtml(p.name)}</text>`;
    if (!cell) {
      parts.push(`<g class="bar missing" data-province="${escapeHtml(p.slug)}"><title>${escapeHtml(`${p.name}: no target`)}</title>${name}<text class="value" x="${LABEL + 4}" y="${y + 11}">—</text></g>`);
      return;
    }
    const title = escapeHtml([`${p.name}: ${cell.label}`, ...cell.targets.map((t) => `“${t.quote}” (${t.citation})`)].join("\n"));
    const marks = cellMarks(cell);
    const text = `${cell.label}${marks ? ` ${marks}` : ""}`;
    const shapes: string[] = [];
    let end = LABEL;
    if (cell.comparable) {
      const h = cell.headline;
      const low = x(Math.min(h.value, h.max ?? h.value));
      shapes.push(`<rect class="bar-value" x="${LABEL}" y="${y}" width="${Math.max(1, low - LABEL)}" height="${BAR}"/>`);
      end = low;
      if (h.max !== null && h.max !== h.value) {
        const high = x(Math.max(h.value, h.max));
        shapes.push(`<rect class="bar-range" x="${low}" y="${y}" width="${Math.max(1, high - low)}" height="${BAR}"/>`);
        end = high;
      }
    }
    parts.push(
      `<a href="#${cellId(row, p.slug)}"><g class="bar${cell.highest ? " highest" : ""}${cell.lowest ? " lowest" : ""}" data-province="${escapeHtml(p.slug)}"><title>${title}</title>${name}${shapes.join("")}<text class="value" x="${end + 4}" y="${y + 11}">${escapeHtml(text)}</text></g></a>`,
    );
  });

  if (row.national) {
    const n = row.national;
    const nx = x(Math.min(n.value, n.max ?? n.value));
    const title = escapeHtml(`National: ${n.label} — ${n.description} (${n.citation})`);
    parts.push(
      `<g class="national-line"><title>${title}</title><line x1="${nx}" y1="${TOP - 6}" x2="${nx}" y2="${TOP + provinces.length * STEP + 2}"/><text x="${nx}" y="${TOP - 10}" text-anchor="middle">${escapeHtml(`QG ${n.label}`)}</text></g>`,
    );
  }
  parts.push(`<text class="tick" x="${LABEL}" y="${height - 4}" text-anchor="start">0</text>`);
  parts.push(`<text class="tick" x="${LABEL + plot}" y="${height - 4}" text-anchor="end">${escapeHtml(formatNumber(max) + unit)}</text>`);
  parts.push("</svg>");
  return rope(parts);
}
