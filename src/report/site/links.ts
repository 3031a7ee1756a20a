/**
 * Where each view of the report lives. The overview is report.html; every other view is
 * a page of its own in report/ beside it, so that a reader loads one view at a time.
 */
import { htmlId } from "../escape.js";
import { slugify } from "../../text/fold.js";

export const OVERVIEW = "report.html";
export const DIR = "report";

/** a file name from any text: ASCII letters, digits and "-" (with a hash-free suffix kept unique by the caller's ids) */
function fileId(text: string): string {
  return htmlId(slugify(text).replace(/[^a-z0-9]+/gi, "-")) || "x";
}

export const pages = {
  matrix: () => "matrix.html",
  indicator: (id: string) => `indicator-${fileId(id.replace(/:/g, "-"))}.html`,
  province: (slug: string) => `province-${fileId(slug)}.html`,
  source: (path: string) => `source-${fileId(path.replace(/\.[^./\\]*$/, ""))}.html`,
};

/** the id of a target's mark in its source page */
export const targetAnchor = (targetId: string) => `t-${htmlId(targetId)}`;
export const lineAnchor = (line: number) => `L${line}`;

/** a link from a page in report/ to a target in its document's text */
export function sourceLink(path: string, targetId: string): string {
  return `${pages.source(path)}#${targetAnchor(targetId)}`;
}
