/**
 * The national reference column: the target of Quyết định 749/QĐ-TTg for the same
 * indicator, scope and year, and where each province cell stands against it.
 *
 * Semantics of the mark (above / equal / below):
 * - the units must agree, else no mark;
 * - the bounds decide first (see ambition.ts: higher is better for percent and count,
 *   lower for rank; a range counts by the end it promises at the least);
 * - at equal bounds the comparator decides, leniently: a province's `>` is above a
 *   national `=` or `≥` ("> 80%" beats "80%"); `≥` equals `=` ("≥ 80%" equals "80%");
 *   `~` counts as equal-or-below: it equals `=`, `≥` and `~`, and is below `>`
 *   ("~ 80%" against "> 80%" is below), never above at the same number;
 *   `≤` behaves like `~`; `<` is below `=`.
 */
import type { Comparator, Scope } from "../schema/document.js";
import { referenceCitation, type Reference, type ReferenceTarget } from "../schema/reference.js";
import { compareAmbition, type Direction } from "./ambition.js";
import { formatFigure, type Figure } from "./format.js";
import type { NationalCell, NationalMark, NationalSource } from "./types.js";

const LENIENT_HIGHER: Record<Comparator, number> = { gt: 1, gte: 0, eq: 0, approx: 0, lte: 0, lt: -1 };
const LENIENT_LOWER: Record<Comparator, number> = { lt: 1, lte: 0, eq: 0, approx: 0, gte: 0, gt: -1 };

/** Strictness of a comparator against the national value (see the semantics above). */
export function nationalStrictness(comparator: Comparator, dir: Direction): number {
  return (dir === "higher" ? LENIENT_HIGHER : LENIENT_LOWER)[comparator];
}

/** above / equal / below the national figure; null when the units differ. */
export function nationalMark(province: Figure, national: Figure): NationalMark | null {
  const order = compareAmbition(province, national, nationalStrictness);
  if (order === null) return null;
  return order > 0 ? "above" : order < 0 ? "below" : "equal";
}

/** The national target for a row, when the reference sets one. */
export function findNational(reference: Reference, indicator: string, scope: Scope, year: number | null): ReferenceTarget | undefined {
  return reference.targets.find((t) => t.indicator === indicator && t.scope === scope && t.year === year);
}

export function nationalCell(target: ReferenceTarget, reference: Reference): NationalCell {
  const figure: Figure = { value: target.value, max: target.max ?? null, unit: target.unit, comparator: target.comparator };
  return { ...figure, label: formatFigure(figure), description: target.label, citation: referenceCitation(reference) };
}

export function nationalSource(reference: Reference): NationalSource {
  return { decision: reference.decision, date: reference.date, title: reference.title, citation: referenceCitation(reference) };
}
