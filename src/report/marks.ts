/** The compact marks of a cell, shared by the terminal, markdown and HTML renderers. */
import type { Cell, NationalMark } from "../compare/types.js";

export const MARK = { highest: "▲", lowest: "▼", conflict: "!", missing: "—" } as const;
export const NATIONAL_MARK: Record<NationalMark, string> = { above: "+", equal: "=", below: "−" };

/** "▲!+": highest / lowest, then conflict, then the national mark. */
export function cellMarks(cell: Cell): string {
  return (
    (cell.highest ? MARK.highest : "") +
    (cell.lowest ? MARK.lowest : "") +
    (cell.conflict ? MARK.conflict : "") +
    (cell.national ? NATIONAL_MARK[cell.national] : "")
  );
}

/** "≥ 80% ▲+": the cell label followed by its marks. */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return MARK.missing;
  const marks = cellMarks(cell);
  return marks ? `${cell.label} ${marks}` : cell.label;
}

/** One line: the marks' meaning (single spaces, so wrapping keeps it intact). */
export const LEGEND =
  "▲ highest · ▼ lowest · ! conflict (a / b) · → later document · vs national: + above = equal − below";
