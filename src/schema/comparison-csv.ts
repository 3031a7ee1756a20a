/** The columns of comparison.csv, typed, for the renderer and for output/datapackage.json. */

/** A column of a CSV output, as a Frictionless table schema field. */
export interface CsvField {
  name: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
}

/** comparison.csv, long: one line per target of a province cell, and one per national figure */
export const COMPARISON_CSV_FIELDS: CsvField[] = [
  { name: "indicator", type: "string", description: "indicator id of the taxonomy" },
  { name: "indicator_vi", type: "string", description: "the indicator's label in Vietnamese" },
  { name: "indicator_en", type: "string", description: "the indicator's label in English" },
  { name: "scope", type: "string", description: "province, district, commune, village, household, or empty" },
  { name: "year", type: "integer", description: "deadline year; empty for a yearly target" },
  { name: "unit", type: "string", description: "the row's unit: percent, count or rank" },
  { name: "province", type: "string", description: "province slug; 'national' for the national reference" },
  { name: "province_name", type: "string", description: "the province as officially written, or the national decision" },
  { name: "label", type: "string", description: "the figure as a reader writes it (≥ 80%)" },
  { name: "value", type: "number", description: "the number; the low end of a range" },
  { name: "max", type: "number", description: "the high end of a range, else empty" },
  { name: "comparator", type: "string", description: "eq, gt, gte, lt, lte or approx" },
  { name: "literal", type: "string", description: "the number as written in the document" },
  { name: "conflict", type: "boolean", description: "the province states the row more than once with different values" },
  { name: "highest", type: "boolean", description: "the cell is marked most ambitious of the row" },
  { name: "lowest", type: "boolean", description: "the cell is marked least ambitious of the row" },
  { name: "vs_national", type: "string", description: "above, equal or below the national target; empty when not comparable" },
  { name: "national", type: "string", description: "the national target of the row, as a label" },
  { name: "quote", type: "string", description: "the clause around the number, verbatim; for the national figure, what it measures" },
  { name: "file", type: "string", description: "the document's source file (relative to the corpus); the decision for the national figure" },
  { name: "line", type: "integer", description: "1-based line of the number in the raw file" },
  { name: "column", type: "integer", description: "1-based column of the number in the raw file" },
  { name: "target_id", type: "string", description: "the target's id in its document JSON" },
  { name: "reference", type: "string", description: "the national reference the line is set against or belongs to: 749/QĐ-TTg, or 57-NQ/TW + 03/NQ-CP" },
  { name: "from", type: "string", description: "slug of the province the document names (grouped --as-of, a predecessor of `province`); empty for a national figure" },
  { name: "from_name", type: "string", description: "that province as the document names it" },
];
