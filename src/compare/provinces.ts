/**
 * Columns by province: as the documents name them, or grouped by the provinces of a day
 * after the merger of 1 July 2025 (Nghị quyết 202/2025/QH15), where the documents of Hà
 * Giang and Tuyên Quang are both cells of today's Tuyên Quang.
 */
import { afterMerger, successorOf } from "../reference/provinces.js";
import type { Document } from "../schema/document.js";
import type { ProvinceName } from "./types.js";

/** the province a document names, in the spelling of the time; a document without one, its file name */
export function ownProvince(doc: Document): ProvinceName {
  if (doc.province?.slug) return { slug: doc.province.slug, name: doc.province.name ?? doc.province.slug };
  const base = doc.source.path.split(/[\\/]/).pop() ?? doc.source.path;
  const slug = base.replace(/\.[^.]*$/, "");
  return { slug, name: slug };
}

/** the day to group by: an --as-of on or after the merger; before it the provinces are the documents' own, so null */
export function groupingDay(asOf: string | null): string | null {
  return asOf !== null && afterMerger(asOf) ? asOf : null;
}

/** the column of a document: its own province, or grouped, the province it is part of on that day */
export function columnOf(doc: Document, asOf: string | null): ProvinceName {
  const own = ownProvince(doc);
  if (asOf === null) return own;
  return doc.province?.successor ?? successorOf(doc.province?.name ?? null) ?? own;
}
