/** The shell of every page of the report: the policy that keeps it offline, the style, the script. */
import { escapeHtml } from "../escape.js";
import { rope } from "../rope.js";
import { SCRIPT, SCRIPT_HASH } from "./script.js";
import { STYLE } from "./style.js";

export const CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${SCRIPT_HASH}`;

export interface PageSpec {
  title: string;
  /** breadcrumb links above the title, [href, text] */
  crumbs: Array<[href: string, text: string]>;
  /** the header's heading, HTML */
  heading: string;
  /** lines under the heading, HTML */
  intro?: string[];
  /** the page's lines, HTML; a line given as pieces (a table's rows) is written a piece at a time */
  body: Array<string | string[]>;
}

/** the page's text */
export function page(spec: PageSpec): string {
  return rope(pageParts(spec));
}

/**
 * The page's text in pieces, in order: a large page (a table of every province) is written
 * a row at a time, never made into one string (src/dataset/files.ts writePieces)
 */
export function pageParts(spec: PageSpec): string[] {
  const crumbs = spec.crumbs.map(([href, text]) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`).join(" › ");
  const lines: Array<string | string[]> = [
    "<!doctype html>",
    '<html lang="vi">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(spec.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    '<header class="top">',
    crumbs ? `<nav class="crumbs">${crumbs}</nav>` : "",
    `<h1>${spec.heading}</h1>`,
    ...(spec.intro ?? []),
    "</header>",
    "<main>",
    ...spec.body,
    "</main>",
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
  ];
  return lines.flatMap((line) => (typeof line === "string" ? [line + "\n"] : [...line, "\n"]));
}
