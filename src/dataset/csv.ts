/** targets.csv: one row per target, long format, every number with its quote and line. */
import type { Document } from "../schema/document.js";

const TARGET_COLUMNS = [
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

/** the header line of targets.csv */
export const TARGETS_CSV_HEADER = TARGET_COLUMNS.join(",") + "\n";

export function targetsCsv(documents: Array<Pick<Document, "province" | "source" | "targets">>): string {
  return TARGETS_CSV_HEADER + documents.map(targetRows).join("");
}

/** a document's lines of targets.csv, each ending with a line break ("" without targets) */
export function targetRows(doc: Pick<Document, "province" | "source" | "targets">): string {
  let out = "";
  for (const t of doc.targets)
    out +=
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
        .join(",") + "\n";
  return out;
}
