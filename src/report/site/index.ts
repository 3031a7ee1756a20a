/**
 * The HTML report as a set of pages: report.html (the overview) and, in report/ beside it,
 * the full table, a page per indicator, a page per province and a page per document's
 * text. A reader loads one view at a time, so the report stays usable as the corpus grows.
 * Same comparison, same bytes (no timestamps).
 */
import type { Comparison, DocumentRef } from "../../compare/types.js";
import type { Document } from "../../schema/document.js";
import type { Links } from "./common.js";
import { indicatorSpec } from "./indicator.js";
import { DIR, OVERVIEW, pages } from "./links.js";
import { matrixSpec } from "./matrix.js";
import { overviewSpec } from "./overview.js";
import { pageParts } from "./page.js";
import { provinceSpec } from "./province.js";
import { rope } from "../rope.js";
import { sourcePage } from "./source.js";

export interface ReportOptions {
  /** the documents compared: their bodies (province pages) and targets (source pages) */
  documents?: Document[];
  /** the decoded raw text of a document by its source path, or null when it is not at hand */
  text?: (path: string) => string | null;
  /**
   * called for each document's source page before it is made, with the page's file name:
   * true when the caller has put the page in place itself (a build's workers make them,
   * src/dataset/job.ts), and it is then not made here
   */
  placeSource?: (ref: DocumentRef, name: string) => boolean;
}

/** source page names, unique per path (a name taken gets -2, -3, …) */
export function sourceLinks(paths: string[]): Links {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const path of [...paths].sort()) {
    const base = pages.source(path).replace(/\.html$/, "");
    let name = `${base}.html`;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}.html`;
    taken.add(name);
    names.set(path, name);
  }
  return { source: (path) => names.get(path) ?? pages.source(path) };
}

/** the report's files, as [name relative to the output folder, content], in a fixed order */
export function* reportPages(comparison: Comparison, options: ReportOptions = {}): Generator<[name: string, content: string]> {
  for (const [name, parts] of reportPageParts(comparison, options)) yield [name, rope(parts)];
}

/** the same files, each content in pieces (a table's rows): written a piece at a time, a large page is never one string */
export function* reportPageParts(comparison: Comparison, options: ReportOptions = {}): Generator<[name: string, content: string[]]> {
  const documents = new Map((options.documents ?? []).map((d) => [d.source.path, d]));
  const refs = comparison.provinces.flatMap((p) => p.documents.map((d) => [d, p] as const));
  const links = sourceLinks(refs.map(([d]) => d.path));
  yield [OVERVIEW, pageParts(overviewSpec(comparison))];
  yield [`${DIR}/${pages.matrix()}`, pageParts(matrixSpec(comparison, links))];
  for (const indicator of new Set(comparison.rows.map((r) => r.indicator))) yield [`${DIR}/${pages.indicator(indicator)}`, pageParts(indicatorSpec(comparison, indicator, links))];
  for (const p of comparison.provinces) yield [`${DIR}/${pages.province(p.slug)}`, pageParts(provinceSpec(comparison, p, documents, links))];
  for (const [ref, p] of refs) {
    const doc = documents.get(ref.path);
    if (!doc) continue;
    const name = `${DIR}/${links.source(ref.path)}`;
    if (options.placeSource?.(ref, name)) continue;
    yield [name, [sourcePage(ref, doc, options.text?.(ref.path) ?? null, p)]];
  }
}
