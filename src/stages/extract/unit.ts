/**
 * What a figure measures: a share (percent), an amount of money, a top-N group (rank), an
 * index or score, or a count.
 */
import { rankCue } from "../../../grammars/numbers.js";
import { indexBefore, indexValueEnd, moneyAfter, scoreAfter } from "../../../grammars/units.js";
import type { Unit } from "../../schema/document.js";
import type { Figure } from "./clause-view.js";

export function unitOf(figure: Figure): Unit {
  if (figure.percent) return "percent";
  const { lead, after } = figure;
  if (moneyAfter.at(after, 0, after)) return "money";
  if (rankCue.first(lead, 0, lead)) return "rank";
  if (scoreAfter.at(after, 0, after)) return "index";
  if (namedIndex(figure)) return "index";
  return "count";
}

/** the value of an index named before it ("HDI duy trì trên 0,7"): nothing counted follows it */
export function namedIndex(figure: Figure): boolean {
  const { lead, after } = figure;
  return indexBefore.first(lead, 0, lead) !== null && indexValueEnd.at(after, 0, after) !== null;
}
