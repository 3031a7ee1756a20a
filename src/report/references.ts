/**
 * What the renderers say about the national references and the grouping: one national
 * column per reference in use (a single one keeps the plain "National" heading), which
 * provinces are set against which, and the day the columns are grouped by.
 */
import type { Comparison, NationalCell, ReferenceSetInfo, Row } from "../compare/types.js";
import { MERGER_CITATION } from "../reference/provinces.js";

export interface NationalColumn {
  /** index into `Comparison.references` and `Row.nationals` */
  index: number;
  /** "National", or with several references "National 749", "National 57+03" */
  header: string;
  reference: ReferenceSetInfo | null;
}

/** "749", "57+03": the numbers of the reference's decisions */
export function shortReference(reference: ReferenceSetInfo): string {
  return reference.sources.map((s) => s.decision.split(/[-/]/)[0]).join("+");
}

export function nationalColumns(comparison: Pick<Comparison, "references">): NationalColumn[] {
  const { references } = comparison;
  if (references.length <= 1) return [{ index: 0, header: "National", reference: references[0] ?? null }];
  return references.map((reference, index) => ({ index, header: `National ${shortReference(reference)}`, reference }));
}

export function nationalFigure(row: Row, column: NationalColumn): NationalCell | null {
  return row.nationals[column.index] ?? null;
}

/** "national reference: Quyết định 749/QĐ-TTg, 03/6/2020", or each reference with the provinces set against it */
export function referenceSummary(comparison: Pick<Comparison, "references" | "provinces">): string {
  const { references } = comparison;
  if (references.length === 0) return "";
  if (references.length === 1) return `national reference: ${references[0].citation}`;
  const names = new Map(comparison.provinces.map((p) => [p.slug, p.name]));
  const each = references.map((r) => `${r.citation} (${r.provinces.map((slug) => names.get(slug) ?? slug).join(", ")})`);
  return `national references: ${each.join("; ")}`;
}

/** grouped by today's provinces: the day, the resolution, and how a predecessor's figure is marked; null otherwise */
export function groupingNote(comparison: Pick<Comparison, "asOf">): string | null {
  if (comparison.asOf === null) return null;
  return `provinces as of ${comparison.asOf} (${MERGER_CITATION}); a figure followed by a province in brackets comes from the document of that province, merged into the column's`;
}
