/** targets.csv: one row per target, long format, every number with its quote and line. */
import type { Document } from "../schema/document.js";

export const TARGET_COLUMNS = [
  "province",
  "province_slug",
  "indicator",
  "scope",
  "year",
  "comparator",
  "value",
  "max",
  "unit",
  "literal",
  "section",
  "item",
  "quote",
  "file",
  "line",
  "column",
  "target_id",
] as const;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function targetsCsv(documents: Document[]): string {
  const rows = [TARGET_COLUMNS.join(",")];
  for (const doc of documents)
    for (const t of doc.targets)
      rows.push(
        [
          doc.province.name,
          doc.province.slug,
          t.indicator,
          t.scope,
          t.year,
          t.comparator,
          t.value,
          t.max,
          t.unit,
          t.literal,
          t.section,
          t.item,
          t.text,
          doc.source.path,
          t.position.start.line,
          t.position.start.column,
          t.id,
        ]
          .map(csvField)
          .join(","),
      );
  return rows.join("\n") + "\n";
}
