/** The diff of two provinces as text (aligned, 100 columns) or JSON. */
import type { Diff, More, OnlyEntry, SharedEntry } from "../compare/diff.js";
import type { Cell } from "../compare/types.js";
import { columnWidth, GAP, grid } from "./grid.js";
import { textWidth, wrap } from "./width.js";
import { formatProblem } from "../messages.js";

function rowName(e: OnlyEntry | SharedEntry): string {
  return [e.label.vi, e.scopeLabel?.vi, e.yearLabel.vi].filter(Boolean).join(" · ");
}

function value(cell: Cell): string {
  return `${cell.label}${cell.conflict ? " !" : ""} (${[...new Set(cell.targets.map((t) => t.citation))].join(", ")})`;
}

/** The "More ambitious" column: the slug of the more ambitious province, "same", or "units differ". */
export function moreText(more: More, a: string, b: string): string {
  return more === "a" ? a : more === "b" ? b : more === "same" ? "same" : "units differ";
}

export function renderDiffText(d: Diff, options: { width?: number } = {}): string {
  const width = Math.max(40, options.width ?? 100);
  if (!d.a || !d.b) return d.problems.map((p) => formatProblem(p.file, p)).join("\n") + "\n";
  const a = d.a.slug;
  const b = d.b.slug;
  const counts = (m: More) => d.shared.filter((s) => s.more === m).length;
  const out: string[] = [
    `${d.a.name} (${a}) vs ${d.b.name} (${b})`,
    ...wrap(`only in ${a}: ${d.onlyA.length} · only in ${b}: ${d.onlyB.length} · in both: ${d.shared.length}`, width),
    ...wrap(
      `more ambitious where both set a target: ${a} ${counts("a")} · ${b} ${counts("b")} · same ${counts("same")}` +
        (counts("incomparable") ? ` · units differ ${counts("incomparable")}` : ""),
      width,
    ),
  ];

  const only = (title: string, entries: OnlyEntry[]) => {
    out.push("", `${title}: ${entries.length}`);
    if (entries.length === 0) return;
    const values = entries.map((e) => value(e.cell));
    const valueWidth = columnWidth("Value", values, 40);
    const rowWidth = Math.max(14, width - valueWidth - GAP.length);
    out.push(...grid([{ header: "Row", width: Math.min(rowWidth, Math.max(...entries.map((e) => textWidth(rowName(e))))) }, { header: "Value", width: valueWidth }], entries.map((e, i) => [rowName(e), values[i]])));
  };
  only(`Only in ${d.a.name} (${a})`, d.onlyA);
  only(`Only in ${d.b.name} (${b})`, d.onlyB);

  out.push("", `In both: ${d.shared.length}`);
  if (d.shared.length > 0) {
    const va = d.shared.map((s) => value(s.a));
    const vb = d.shared.map((s) => value(s.b));
    const vm = d.shared.map((s) => moreText(s.more, a, b));
    const wm = columnWidth("More ambitious", vm, 24);
    const rowNeed = Math.max(...d.shared.map((s) => textWidth(rowName(s))));
    // values keep their natural width when the row labels still get 28 columns; else cap them at 24
    const natural = [columnWidth(a, va, Infinity), columnWidth(b, vb, Infinity)];
    const roomy = width - natural[0] - natural[1] - wm - 3 * GAP.length >= Math.min(rowNeed, 28);
    const [wa, wb] = roomy ? natural : [columnWidth(a, va, 24), columnWidth(b, vb, 24)];
    const wr = Math.max(14, Math.min(rowNeed, width - wa - wb - wm - 3 * GAP.length));
    out.push(
      ...grid(
        [{ header: "Row", width: wr }, { header: a, width: wa }, { header: b, width: wb }, { header: "More ambitious", width: wm }],
        d.shared.map((s, i) => [rowName(s), va[i], vb[i], vm[i]]),
      ),
    );
  }
  return out.join("\n") + "\n";
}

export function renderDiffJson(d: Diff): string {
  const cell = (c: Cell) => ({
    province: c.province,
    label: c.label,
    conflict: c.conflict,
    targets: c.targets.map((t) => ({ targetId: t.targetId, citation: t.citation, value: t.value, max: t.max, unit: t.unit, comparator: t.comparator, quote: t.quote })),
  });
  const ref = (e: OnlyEntry | SharedEntry) => ({ key: e.key, indicator: e.indicator, scope: e.scope, year: e.year, label: e.label });
  return (
    JSON.stringify(
      {
        a: d.a,
        b: d.b,
        onlyA: d.onlyA.map((e) => ({ ...ref(e), cell: cell(e.cell) })),
        onlyB: d.onlyB.map((e) => ({ ...ref(e), cell: cell(e.cell) })),
        shared: d.shared.map((e) => ({ ...ref(e), a: cell(e.a), b: cell(e.b), more: e.more })),
        problems: d.problems,
      },
      null,
      2,
    ) + "\n"
  );
}
