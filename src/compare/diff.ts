/**
 * Two provinces against each other: what A sets that B does not, what B sets that A does
 * not, and for every row both set, the two values and which is more ambitious
 * (ambition.ts; each province's headline target, i.e. the first it states).
 */
import type { Document, Scope } from "../schema/document.js";
import { compareAmbition } from "./ambition.js";
import type { Label } from "./labels.js";
import { compare } from "./rows.js";
import type { Cell, CompareOptions, Problem, Province, Row } from "./types.js";

export type More = "a" | "b" | "same" | "incomparable";

interface RowRef {
  key: string;
  indicator: string;
  scope: Scope;
  year: number | null;
  label: Label;
  scopeLabel: Label | null;
  yearLabel: Label;
}

export interface OnlyEntry extends RowRef {
  cell: Cell;
}

export interface SharedEntry extends RowRef {
  a: Cell;
  b: Cell;
  /** which province is more ambitious; "incomparable" when the units differ */
  more: More;
}

export interface Diff {
  a: Province | null;
  b: Province | null;
  onlyA: OnlyEntry[];
  onlyB: OnlyEntry[];
  shared: SharedEntry[];
  problems: Problem[];
}

export function diff(docs: Document[], a: string, b: string, options: Pick<CompareOptions, "indicators" | "years"> = {}): Diff {
  const comparison = compare(docs, { ...options, provinces: [a, b], nationalRows: false, reference: null });
  const find = (slug: string) => comparison.provinces.find((p) => p.slug === slug) ?? null;
  const result: Diff = { a: find(a), b: find(b), onlyA: [], onlyB: [], shared: [], problems: comparison.problems };
  for (const row of comparison.rows) {
    const ca = row.cells.find((c) => c.province === a);
    const cb = row.cells.find((c) => c.province === b);
    if (ca && cb) result.shared.push({ ...rowRef(row), a: ca, b: cb, more: more(ca, cb) });
    else if (ca) result.onlyA.push({ ...rowRef(row), cell: ca });
    else if (cb) result.onlyB.push({ ...rowRef(row), cell: cb });
  }
  return result;
}

function more(a: Cell, b: Cell): More {
  const order = compareAmbition(a.headline, b.headline);
  return order === null ? "incomparable" : order > 0 ? "a" : order < 0 ? "b" : "same";
}

function rowRef(row: Row): RowRef {
  const { key, indicator, scope, year, label, scopeLabel, yearLabel } = row;
  return { key, indicator, scope, year, label, scopeLabel, yearLabel };
}
