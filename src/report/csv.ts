/**
 * comparison.csv, long format, for a dataset to cite: one line per target of a province
 * cell (the row, the province, the figure, its marks, and where it is written: file, line,
 * column, quote, target id), and one line per national figure (province "national"). The
 * columns are described in src/schema/comparison.ts, for output/datapackage.json.
 */
import type { Comparison, ComparisonHead, Row } from "../compare/types.js";
import { COMPARISON_CSV_FIELDS } from "../schema/comparison-csv.js";

/** RFC 4180 quoting: a field with a comma, quote or line break goes in double quotes. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(comparison: Comparison): string {
  let text = "";
  for (const chunk of renderCsvChunks(comparison)) text += chunk;
  return text;
}

/** the text of renderCsv a few lines at a time, for a build to write without the whole text in memory */
export function* renderCsvChunks(comparison: Comparison): Generator<string> {
  const csv = csvOfRows(comparison);
  const lines = [csv.head];
  for (const row of comparison.rows) {
    lines.push(...csv.row(row));
    if (lines.length >= 256) yield lines.splice(0).join("\n") + "\n";
  }
  if (lines.length > 0) yield lines.join("\n") + "\n";
}

/** comparison.csv of rows that come a group at a time: its header line, and each row's lines (without line ends) */
export function csvOfRows(comparison: ComparisonHead): { head: string; row(row: Row): string[] } {
  const names = new Map(comparison.provinces.map((p) => [p.slug, p.name]));
  const ids = comparison.references.map((r) => r.id);
  const row = (row: Row): string[] => {
    const lines: string[] = [];
    const head = [row.indicator, row.label.vi, row.label.en, row.scope, row.year, row.unit];
    for (const cell of row.cells)
      for (const t of cell.targets) {
        const doc = cell.documents.find((d) => d.path === t.path)!;
        const values = [
          ...head,
          cell.province,
          names.get(cell.province) ?? cell.province,
          t.label,
          t.value,
          t.max,
          t.comparator,
          t.literal,
          cell.conflict,
          cell.highest,
          cell.lowest,
          cell.national,
          row.nationals[ids.indexOf(cell.reference ?? "")]?.label ?? null,
          t.quote,
          t.path,
          t.position.start.line,
          t.position.start.column,
          t.targetId,
          t.reference,
          t.from.slug,
          t.from.name,
          row.measure,
          cell.sequence,
          doc.kind,
          doc.number,
          doc.date,
        ];
        lines.push(values.map(csvField).join(","));
      }
    for (const [i, n] of row.nationals.entries()) {
      if (!n) continue;
      // "Quyết định 749/QĐ-TTg" of "Quyết định 749/QĐ-TTg, 03/6/2020"
      const decision = n.citation.replace(/, [^,]*$/, "");
      const source = comparison.references[i]?.sources[0];
      const values = [
        ...[...head, "national", decision, n.label, n.value, n.max, n.comparator, null, false, false, false, null, n.label, n.description, n.citation],
        ...[null, null, null, ids[i], null, null, row.measure, false, null, source?.decision ?? null, source?.date ?? null],
      ];
      lines.push(values.map(csvField).join(","));
    }
    return lines;
  };
  return { head: COMPARISON_CSV_FIELDS.map((f) => csvField(f.name)).join(","), row };
}
