/**
 * The base of a ratio ("12 người trên một vạn dân" → 10000), read past the noun the figure
 * counts and, when the base is a number ("trên 1.000 dân"), past the next figure, which
 * is then the base and not a figure of its own.
 */
import { perBase } from "../../../grammars/units.js";
import { windows } from "../../../grammars/windows.js";
import type { ClauseView, Figure } from "./clause-view.js";

export function perOf(figure: Figure, clause: ClauseView): { per: number; end: number } | null {
  if (figure.percent) return null;
  const from = figure.end - clause.span.start;
  const tail = clause.text.slice(from, from + windows.perCharacters);
  const m = perBase.at(tail, 0, tail);
  return m ? { per: m.reading.per, end: figure.end + m.end } : null;
}
