/** Renderers of a comparison: terminal table, markdown, CSV, JSON, HTML; and of a diff. */
import type { Comparison } from "../compare/types.js";
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderTable } from "./table.js";

export const FORMATS = ["table", "md", "csv", "json", "html"] as const;
export type Format = (typeof FORMATS)[number];

export function render(comparison: Comparison, format: Format, options: { width?: number } = {}): string {
  switch (format) {
    case "table":
      return renderTable(comparison, options);
    case "md":
      return renderMarkdown(comparison);
    case "csv":
      return renderCsv(comparison);
    case "json":
      return renderJson(comparison);
    case "html":
      return renderHtml(comparison);
  }
}

export { renderCsv, renderHtml, renderJson, renderMarkdown, renderTable };
export { renderDiffJson, renderDiffText } from "./diff.js";
export { escapeHtml } from "./escape.js";
export { reportPages } from "./site/index.js";
