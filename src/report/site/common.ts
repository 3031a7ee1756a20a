/** Pieces several views share: a cell's values, each a link to its words; a document's name; filter controls. */
import { documentLabel } from "../../compare/documents.js";
import type { Cell, CellTarget, Comparison, DocumentRef, Row } from "../../compare/types.js";
import { escapeAttr, escapeHtml } from "../escape.js";
import { cellMarks } from "../marks.js";
import { targetAnchor } from "./links.js";

/** file names of the source pages, unique per document path */
export interface Links {
  source(path: string): string;
}

export const KIND_LABEL: Record<string, string> = {
  party_resolution: "Nghị quyết (Đảng)",
  council_resolution: "Nghị quyết HĐND",
  government_resolution: "Nghị quyết Chính phủ",
  plan: "Kế hoạch",
  programme: "Chương trình",
  decision: "Quyết định",
  other: "Văn bản khác",
};
/** the value a document kind has in filters: its id, or "unknown" when the document has none */
export const kindValue = (kind: string | null) => kind ?? "unknown";
export const kindText = (kind: string | null) => (kind ? (KIND_LABEL[kind] ?? kind) : "chưa rõ loại / kind unknown");

export function targetHref(links: Links, t: Pick<CellTarget, "path" | "targetId">): string {
  return `${links.source(t.path)}#${targetAnchor(t.targetId)}`;
}

/** "NQ 22-NQ/TU, 2021-07-12" or the file name */
export function docName(ref: Pick<DocumentRef, "kind" | "number" | "date" | "path">): string {
  return documentLabel(ref);
}

/** a cell's values, document by document (→ between them), each distinct figure a link to where it is written */
export function cellValues(cell: Cell, links: Links, options: { quotes?: boolean } = {}): string {
  const marks = cellMarks(cell);
  const last = cell.documents.length - 1;
  const parts = cell.documents.map((d, i) => {
    const seen = new Set<string>();
    const figures: string[] = [];
    for (const t of cell.targets) {
      if (t.path !== d.path || seen.has(t.label)) continue;
      seen.add(t.label);
      const title = options.quotes === false ? t.citation : `“${t.quote}” — ${t.citation}`;
      figures.push(`<a href="${escapeAttr(targetHref(links, t))}" title="${escapeAttr(title)}">${escapeHtml(t.label)}</a>`);
    }
    // the marks are the headline's, which is the latest document's
    const marked = i === last && marks ? `<span class="marks">${escapeHtml(marks)}</span>` : "";
    return `<span class="by-doc">${figures.join(" / ")}${marked}<span class="doc">${escapeHtml(docName(d))}</span></span>`;
  });
  return parts.join(" → ");
}

/** one <select> filter over data-KEY attributes */
export function select(key: string, label: string, options: Array<[value: string, text: string]>): string {
  const opts = options.map(([v, t]) => `<option value="${escapeAttr(v)}">${escapeHtml(t)}</option>`).join("");
  return `<label>${escapeHtml(label)} <select data-filter="${escapeAttr(key)}"><option value="">tất cả / all</option>${opts}</select></label>`;
}

export function searchBox(placeholder: string): string {
  return `<input type="search" data-search placeholder="${escapeAttr(placeholder)}" aria-label="${escapeAttr(placeholder)}">`;
}

export function countLine(label: string): string {
  return `<span class="count"><span data-count></span> ${escapeHtml(label)}</span>`;
}

export const yearValue = (year: number | null) => (year === null ? "yearly" : String(year));
export const scopeValue = (scope: Row["scope"]) => scope ?? "none";

export function yearOptions(rows: Array<Pick<Row, "year">>): Array<[string, string]> {
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return years.map((y) => [yearValue(y), y === null ? "hằng năm / yearly" : String(y)]);
}

const SCOPES: Array<[NonNullable<Row["scope"]> | null, string]> = [
  [null, "không nêu cấp / no level"],
  ["province", "cấp tỉnh / province"],
  ["district", "cấp huyện / district"],
  ["commune", "cấp xã / commune"],
  ["village", "thôn / village"],
  ["household", "hộ gia đình / household"],
];
export function scopeOptions(rows: Array<Pick<Row, "scope">>): Array<[string, string]> {
  const have = new Set(rows.map((r) => r.scope));
  return SCOPES.filter(([s]) => have.has(s)).map(([s, t]) => [scopeValue(s), t]);
}

export function kindOptions(comparison: Pick<Comparison, "provinces">): Array<[string, string]> {
  const kinds = [...new Set(comparison.provinces.flatMap((p) => p.documents.map((d) => kindValue(d.kind))))].sort();
  return kinds.map((k) => [k, kindText(k === "unknown" ? null : k)]);
}

export function provinceOptions(comparison: Pick<Comparison, "provinces">): Array<[string, string]> {
  return [...comparison.provinces].sort((a, b) => a.name.localeCompare(b.name, "vi")).map((p) => [p.slug, p.name]);
}
