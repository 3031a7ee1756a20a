/** targets.csv: one row per target, long format, every number with its quote and line. */
import type { Document } from "../schema/document.js";
import type { CsvField } from "../schema/comparison-csv.js";

/** the columns of targets.csv, typed, as output/datapackage.json describes them */
export const TARGET_FIELDS: CsvField[] = [
  { name: "province", type: "string", description: "the province as officially written" },
  { name: "province_slug", type: "string", description: "the province's ASCII slug" },
  { name: "indicator", type: "string", description: "indicator id of the taxonomy, or other:<slug>" },
  { name: "scope", type: "string", description: "province, district, commune, village, household, or empty" },
  { name: "year", type: "integer", description: "deadline year; empty for a yearly target" },
  { name: "comparator", type: "string", description: "eq, gt, gte, lt, lte or approx" },
  { name: "value", type: "number", description: "the number; the low end of a range" },
  { name: "max", type: "number", description: "the high end of a range, else empty" },
  { name: "unit", type: "string", description: "percent, count, rank, index or money" },
  { name: "rate", type: "string", description: "per_year for a yearly rate of change, else empty" },
  { name: "per", type: "number", description: "the base of a ratio (12 people per 10000), else empty" },
  { name: "currency", type: "string", description: "VND or USD for an amount of money, else empty" },
  { name: "magnitude", type: "number", description: "the multiplier of the number's words (tỷ: 1000000000), else empty" },
  { name: "literal", type: "string", description: "the number as written, with its unit sign" },
  { name: "section", type: "string", description: "Roman numeral of the section" },
  { name: "item", type: "string", description: "numbering path of the item" },
  { name: "lead", type: "string", description: "the body in charge, as a table's 'Cơ quan chủ trì' cell writes it; empty in prose" },
  { name: "quote", type: "string", description: "the clause around the number, verbatim" },
  { name: "file", type: "string", description: "the source file (relative to the corpus)" },
  { name: "line", type: "integer", description: "1-based line of the number in the raw file" },
  { name: "column", type: "integer", description: "1-based column of the number in the raw file" },
  { name: "target_id", type: "string", description: "the target's id in its document JSON" },
];

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** the header line of targets.csv */
export const TARGETS_CSV_HEADER = TARGET_FIELDS.map((f) => f.name).join(",") + "\n";

export function targetsCsv(documents: Array<Pick<Document, "province" | "source" | "targets">>): string {
  return TARGETS_CSV_HEADER + documents.map(targetRows).join("");
}

/** a document's lines of targets.csv, each ending with a line break ("" without targets) */
export function targetRows(doc: Pick<Document, "province" | "source" | "targets">): string {
  let out = "";
  for (const t of doc.targets)
    out +=
      [
        doc.province?.name ?? null,
        doc.province?.slug ?? null,
        t.indicator,
        t.scope,
        t.year,
        t.comparator,
        t.value,
        t.max,
        t.unit,
        t.rate,
        t.per,
        t.currency,
        t.magnitude,
        t.literal,
        t.section,
        t.item,
        t.lead,
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
