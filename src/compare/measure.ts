/**
 * The measure of a target: what its number counts, read from the words right after the
 * number in its clause (grammars/measures.ts). Null when those words name nothing listed.
 */
import { measureKinds, measureNoun, measureNouns } from "../../grammars/measures.js";
import type { Label } from "./labels.js";

export interface Measure {
  /** "database:shared", "school" */
  id: string;
  label: Label;
}

/** the measure of the number `literal` in its `clause` (its first occurrence) */
export function measureOf(clause: string, literal: string): Measure | null {
  const at = clause.indexOf(literal);
  if (at < 0) return null;
  const found = measureNoun.first(clause.slice(at + literal.length));
  if (!found) return null;
  const noun = measureNouns.find((n) => n.id === found.reading.noun)!;
  const kind = found.reading.kind ? measureKinds.find((k) => k.id === found.reading.kind)! : null;
  if (!kind) return { id: noun.id, label: noun.label };
  return { id: `${noun.id}:${kind.id}`, label: { vi: `${noun.label.vi} ${kind.label.vi}`, en: `${kind.label.en} ${noun.label.en}` } };
}
