/** A GitHub-flavoured markdown table: each cell with its marks and its citation. */
import type { Cell, Comparison } from "../compare/types.js";
import { cellText, LEGEND, MARK } from "./marks.js";
import { groupingNote, nationalColumns, nationalFigure, referenceSummary } from "./references.js";

/** Escape what would break a table cell: pipes, backslashes, line breaks. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function cell(c: Cell | undefined): string {
  if (!c) return MARK.missing;
  const cites = [...new Set(c.targets.map((t) => t.citation))].join(", ");
  return `${cellText(c)} (${cites})`;
}

export function renderMarkdown(comparison: Comparison): string {
  const columns = nationalColumns(comparison);
  const nationals = columns.map((c) => (c.reference ? `${c.header} (${c.reference.citation})` : c.header));
  const header = ["Indicator", "Scope", "Year", ...comparison.provinces.map((p) => p.name), ...nationals];
  const lines = [
    `| ${header.map(escapeMarkdownCell).join(" | ")} |`,
    `|${header.map(() => " --- ").join("|")}|`,
  ];
  for (const row of comparison.rows) {
    const parts = [
      `${row.label.vi} (${row.label.en})`,
      row.scopeLabel?.vi ?? "",
      row.yearLabel.vi,
      ...comparison.provinces.map((p) => cell(row.cells.find((c) => c.province === p.slug))),
      ...columns.map((c) => nationalFigure(row, c)?.label ?? MARK.missing),
    ];
    lines.push(`| ${parts.map(escapeMarkdownCell).join(" | ")} |`);
  }
  lines.push("", LEGEND);
  const note = groupingNote(comparison);
  if (note) lines.push("", note);
  if (columns.length > 1) lines.push("", referenceSummary(comparison));
  return lines.join("\n") + "\n";
}
