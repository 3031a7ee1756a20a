/**
 * Documents as a dimension of the comparison: what each province column is made of (its
 * resolution, the plan that implements it, …), each named by kind, number and date. A copy
 * of a file (the same sha256) counts once.
 */
import type { Document } from "../schema/document.js";
import type { DocumentRef, Problem } from "./types.js";

/** meta.kind when the document has one (schema 2), else null */
export function documentKind(doc: Document): string | null {
  const kind = (doc.meta as { kind?: unknown }).kind;
  return typeof kind === "string" ? kind : null;
}

/** why a document cannot be a province column, or null */
export function notComparable(doc: Document): string | null {
  if (doc.messages.some((m) => m.ruleId === "not-a-resolution")) return "not a resolution";
  if (doc.messages.some((m) => m.severity === "error")) return "the document has an error";
  if (!doc.province) return "a national document";
  if (!doc.province.slug) return "no province named in the title";
  return null;
}

export function documentRef(doc: Document): DocumentRef {
  return {
    path: doc.source.path,
    sha256: doc.source.sha256,
    kind: documentKind(doc),
    number: doc.meta.number,
    date: doc.meta.date,
    issuer: doc.meta.issuer,
    signer: doc.meta.signer,
    title: doc.meta.title,
    targets: doc.targets.length,
    bodies: doc.bodies.length,
    copies: [],
  };
}

/**
 * Documents, each counted once: `add` gives a document's ref, or null for a later copy of
 * the same bytes (named in the first one's `copies`, and reported).
 */
export function distinctDocuments(problems: Problem[]): { add(doc: Document): DocumentRef | null; refs: Map<string, DocumentRef> } {
  const bySha = new Map<string, DocumentRef>();
  const refs = new Map<string, DocumentRef>();
  const add = (doc: Document): DocumentRef | null => {
    const first = bySha.get(doc.source.sha256);
    if (first) {
      first.copies.push(doc.source.path);
      problems.push({ file: doc.source.path, severity: "warning", reason: `the same file as ${first.path}: counted once`, ruleId: "compare-duplicate" });
      return null;
    }
    const ref = documentRef(doc);
    bySha.set(doc.source.sha256, ref);
    refs.set(doc.source.path, ref);
    return ref;
  };
  return { add, refs };
}

/** Documents in the order they were issued: dated ones by date, then undated ones; ties by path. */
export function compareDocuments(a: DocumentRef, b: DocumentRef): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

const KIND_SHORT: Record<string, string> = {
  party_resolution: "NQ",
  council_resolution: "NQ-HĐND",
  government_resolution: "NQ-CP",
  plan: "KH",
  programme: "CTr",
  decision: "QĐ",
  other: "VB",
};

/** "NQ 09-NQ/TU, 2021-07-12": how a cell names its document in a line */
export function documentLabel(ref: Pick<DocumentRef, "kind" | "number" | "date" | "path">): string {
  const kind = ref.kind ? (KIND_SHORT[ref.kind] ?? ref.kind) : null;
  const name = ref.number ?? ref.path;
  return [kind && !(ref.number ?? "").includes(kind) ? `${kind} ${name}` : name, ref.date].filter(Boolean).join(", ");
}
