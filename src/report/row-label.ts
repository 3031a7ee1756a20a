/** A row's title: its indicator, and what it counts when the indicator's targets count different things. */
import type { Label } from "../compare/labels.js";
import type { Row } from "../compare/types.js";

export function rowTitle(row: Pick<Row, "label" | "measureLabel">): Label {
  const m = row.measureLabel;
  return m ? { vi: `${row.label.vi} — ${m.vi}`, en: `${row.label.en} — ${m.en}` } : row.label;
}
