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
import type { Comparator, Meta, Scope } from "../schema/document.js";
import { nationalReference, referenceCitation, secondGenerationReferences, type Reference, type ReferenceTarget } from "../schema/reference.js";
import { generationOf, type Generation } from "../reference/generation.js";
import { compareAmbition, type Direction } from "./ambition.js";
import { formatFigure, formatNumber, type Figure } from "./format.js";
import type { NationalCell, NationalMark, NationalSource, Problem, ReferenceSetInfo } from "./types.js";

const LENIENT_HIGHER: Record<Comparator, number> = { gt: 1, gte: 0, eq: 0, approx: 0, lte: 0, lt: -1 };
const LENIENT_LOWER: Record<Comparator, number> = { lt: 1, lte: 0, eq: 0, approx: 0, gte: 0, gt: -1 };

/** whether a reference set records which of its targets are yearly rates and ratios */
export function recordsKinds(set: ReferenceSet): boolean {
  return set.references.some((r) => r.targets.some((t) => (t.rate ?? null) !== null || (t.per ?? null) !== null));
}

/** Strictness of a comparator against the national value (see the semantics above). */
export function nationalStrictness(comparator: Comparator, dir: Direction): number {
  return (dir === "higher" ? LENIENT_HIGHER : LENIENT_LOWER)[comparator];
}

/** what makes two figures of one unit measure the same thing: a yearly rate, the base of a ratio */
interface Kind {
  rate?: string | null;
  per?: number | null;
}

/**
 * above / equal / below the national figure; null when the units differ, or one is a
 * yearly rate or a ratio and the other not. `kinds: false` for a reference that records
 * no rates nor ratios (749/QĐ-TTg, whose "tăng hằng năm" targets carry none): its
 * figures are then taken as of the province's kind.
 */
export function nationalMark(province: Figure & Kind, national: Figure & Kind, options: { kinds?: boolean } = {}): NationalMark | null {
  const reference = options.kinds === false ? { ...national, rate: province.rate, per: province.per } : national;
  if ((province.rate ?? null) !== (reference.rate ?? null) || (province.per ?? null) !== (reference.per ?? null)) return null;
  const order = compareAmbition(province, { ...reference, currency: province.currency }, nationalStrictness);
  if (order === null) return null;
  return order > 0 ? "above" : order < 0 ? "below" : "equal";
}

/** The national target for a row, when the reference sets one. */
export function findNational(reference: Reference, indicator: string, scope: Scope, year: number | null): ReferenceTarget | undefined {
  return reference.targets.find((t) => t.indicator === indicator && t.scope === scope && t.year === year);
}

export function nationalCell(target: ReferenceTarget, reference: Reference): NationalCell {
  const figure = { value: target.value, max: target.max ?? null, unit: target.unit, comparator: target.comparator } satisfies Figure;
  const rate = target.rate ?? null;
  const per = target.per ?? null;
  // "16–18%/năm", "12 / 10000": a rate or a ratio says so, so that it is not read as a level
  const label = formatFigure(figure) + (rate === "per_year" ? "/năm" : "") + (per !== null ? ` / ${formatNumber(per)}` : "");
  const cell: NationalCell = { ...figure, label, description: target.label, citation: referenceCitation(reference) };
  // only where they apply, so that a 749 cell is written as before
  if (rate !== null) cell.rate = rate;
  if (per !== null) cell.per = per;
  return cell;
}

export function nationalSource(reference: Reference): NationalSource {
  return { decision: reference.decision, date: reference.date, title: reference.title, citation: referenceCitation(reference) };
}

/**
 * The national references a document can be set against: one per generation of
 * documents (src/reference/generation.ts), each one or more decisions in order of
 * authority (57-NQ/TW before 03/NQ-CP, which restates its targets).
 */
export interface ReferenceSet {
  /** "749/QĐ-TTg", "57-NQ/TW + 03/NQ-CP": what the outputs call it */
  id: string;
  generation: Generation | null;
  references: Reference[];
}

export const REFERENCE_FILES: Record<Generation, string> = {
  "2021-2025": "src/reference/749-targets.json",
  "2026-2030": "src/reference/57-targets.json, src/reference/03-targets.json",
};

export function referenceSet(references: Reference[], generation: Generation | null): ReferenceSet {
  return { id: references.map((r) => r.decision).join(" + "), generation, references };
}

/** the bundled references of both generations, validated; a file that does not validate is a problem and no reference */
export function bundledReferenceSets(problems: Problem[]): Map<Generation, ReferenceSet> {
  const first = nationalReference();
  const second = secondGenerationReferences();
  const sets = new Map<Generation, ReferenceSet>();
  for (const [generation, loaded, refs] of [
    ["2021-2025", first.problems, first.reference ? [first.reference] : []],
    ["2026-2030", second.problems, second.references],
  ] as const) {
    for (const p of loaded) problems.push({ file: REFERENCE_FILES[generation], severity: p.severity, reason: p.reason, ruleId: p.ruleId });
    if (refs.length) sets.set(generation, referenceSet([...refs], generation));
  }
  return sets;
}

/** the set a document is compared against: by its generation (date, horizons, the national documents it names) */
export function referenceSetOf(meta: Pick<Meta, "date" | "horizons" | "references">, sets: Map<Generation, ReferenceSet>): ReferenceSet | null {
  return sets.get(generationOf(meta).generation) ?? null;
}

/**
 * The national figure of a row in a set: that of the first decision that sets the row;
 * none when that decision sets it more than once with different figures (two rankings
 * under one indicator), since the row cannot tell which a province's target is about.
 */
export function findNationalIn(set: ReferenceSet, indicator: string, scope: Scope, year: number | null): NationalCell | null {
  for (const reference of set.references) {
    const found = reference.targets.filter((t) => t.indicator === indicator && t.scope === scope && t.year === year);
    if (found.length === 0) continue;
    const cells = found.map((t) => nationalCell(t, reference));
    return cells.every((c) => sameFigure(c, cells[0])) ? cells[0] : null;
  }
  return null;
}

const sameFigure = (a: NationalCell, b: NationalCell) =>
  a.value === b.value && a.max === b.max && a.unit === b.unit && a.comparator === b.comparator && a.rate === b.rate && a.per === b.per;

export function referenceSetInfo(set: ReferenceSet, provinces: string[]): ReferenceSetInfo {
  const sources = set.references.map(nationalSource);
  return { id: set.id, generation: set.generation, citation: sources.map((s) => s.citation).join("; "), sources, provinces };
}
