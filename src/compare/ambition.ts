/**
 * Which of two targets of the same unit is more ambitious.
 *
 * Direction: for percent and count, higher is more ambitious; for rank (a top-N group),
 * lower N is more ambitious.
 *
 * Ranges ("25 - 30"): a range is compared on the end that is promised at the least, the
 * end a reader can hold the province to: the low end when higher is better ("25–30%" counts
 * as 25%), the high end when lower is better ("top 25–30" counts as top 30).
 *
 * Amounts of money count with their multiplier ("tỷ", "nghìn tỷ"); a yearly rate, a ratio
 * and an amount of another currency are not compared with a level or with each other.
 *
 * Equal bounds: the comparator decides. Between provinces (ranking) it is strict:
 * `> 80` beats `≥ 80` = `80` beats `~ 80` = `≤ 80` beats `< 80` (mirrored for rank).
 * Against the national reference it is lenient about "~" (see national.ts).
 */
import type { Comparator, Unit } from "../schema/document.js";
import type { Figure } from "./format.js";

export type Direction = "higher" | "lower";

export function direction(unit: Unit): Direction {
  return unit === "rank" ? "lower" : "higher";
}

/** The end of the figure the province commits to at the least. */
export function bound(figure: Figure): number {
  if (figure.max === null) return figure.value;
  return direction(figure.unit) === "higher" ? Math.min(figure.value, figure.max) : Math.max(figure.value, figure.max);
}

const STRICT_HIGHER: Record<Comparator, number> = { gt: 3, gte: 2, eq: 2, approx: 1, lte: 1, lt: 0 };
const STRICT_LOWER: Record<Comparator, number> = { lt: 3, lte: 2, eq: 2, approx: 1, gte: 1, gt: 0 };

/**
 * What besides its unit tells what a figure measures: a yearly rate, the base of a ratio
 * (12 per 10000), a currency; "||" for a plain level. Figures of two kinds are not
 * measured against each other.
 */
export function figureKind(f: Figure): string {
  return `${f.rate ?? ""}|${f.per ?? ""}|${f.currency ?? ""}`;
}

function sameKind(a: Figure, b: Figure): boolean {
  return figureKind(a) === figureKind(b);
}

/** How far the comparator pushes beyond the bound, for ranking provinces. */
export function strictness(comparator: Comparator, dir: Direction): number {
  return (dir === "higher" ? STRICT_HIGHER : STRICT_LOWER)[comparator];
}

/**
 * > 0 when a is more ambitious than b, < 0 when less, 0 when the same; null when the
 * units differ and the two cannot be compared.
 */
export function compareAmbition(a: Figure, b: Figure, strict: (c: Comparator, d: Direction) => number = strictness): number | null {
  if (a.unit !== b.unit || !sameKind(a, b)) return null;
  const dir = direction(a.unit);
  // an amount counts with its multiplier: "10 nghìn tỷ" is more than "5.000 tỷ"
  const va = bound(a) * (a.magnitude ?? 1);
  const vb = bound(b) * (b.magnitude ?? 1);
  if (va !== vb) return dir === "higher" ? Math.sign(va - vb) : Math.sign(vb - va);
  return Math.sign(strict(a.comparator, dir) - strict(b.comparator, dir));
}
