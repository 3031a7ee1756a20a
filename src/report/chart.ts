/** The scale of a row's bars (src/report/site/indicator.ts). */
import type { Row } from "../compare/types.js";

/** The top of the value axis: 100 for percentages up to 100, else a round number above the largest value. */
export function axisMax(row: Row, nationals: ReadonlyArray<{ value: number; max: number | null }> = row.national ? [row.national] : []): number {
  const values = row.cells.filter((c) => c.comparable).flatMap((c) => [c.headline.value, c.headline.max ?? c.headline.value].map((v) => v * (c.headline.magnitude ?? 1)));
  for (const n of nationals) values.push(n.value, n.max ?? n.value);
  const top = Math.max(0, ...values);
  if (row.unit === "percent" && top <= 100) return 100;
  if (top <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(top));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= top) return step * magnitude;
  return 10 * magnitude;
}
