/** What a figure measures: a share (percent), a top-N group (rank) or a count. */
import { rankCue } from "../../../grammars/numbers.js";
import type { Unit } from "../../schema/document.js";
import type { Figure } from "./clause-view.js";

export function unitOf(figure: Figure): Unit {
  if (figure.percent) return "percent";
  return rankCue.first(figure.lead, 0, figure.lead) ? "rank" : "count";
}
