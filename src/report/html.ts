/**
 * report.html: the overview page of the HTML report (src/report/site/). The other views
 * (the full table, a page per indicator, per province, per document) are pages of their
 * own in report/ beside it: `reportPages` gives them all, `renderHtml` the overview alone.
 */
import type { Comparison } from "../compare/types.js";
import { overviewPage } from "./site/overview.js";

export { reportPages, type ReportOptions } from "./site/index.js";
export { CSP } from "./site/page.js";

export function renderHtml(comparison: Comparison): string {
  return overviewPage(comparison);
}
