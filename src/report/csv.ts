/**
 * The wide CSV: one line per indicator × scope × year, one column per province slug and
 * one for the national reference; each value cell holds the label as a reader writes it
 * ("≥ 80%"; a conflict joins its values with " / "; an empty cell is no target).
 */
import type { Comparison } from "../compare/types.js";

/** RFC 4180 quoting: a field with a comma, quote or line break goes in double quotes. */
export function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(comparison: Comparison): string {
  const header = ["indicator", "indicator_vi", "indicator_en", "scope", "year", "unit", ...comparison.provinces.map((p) => p.slug), "national"];
  const lines = [header.map(csvField).join(",")];
  for (const row of comparison.rows) {
    const values = [
      row.indicator,
      row.label.vi,
      row.label.en,
      row.scope,
      row.year,
      row.unit,
      ...comparison.provinces.map((p) => row.cells.find((c) => c.province === p.slug)?.label ?? null),
      row.national?.label ?? null,
    ];
    lines.push(values.map(csvField).join(","));
  }
  return lines.join("\n") + "\n";
}
