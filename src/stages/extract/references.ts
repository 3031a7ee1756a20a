/**
 * The national documents a text names (grammars/references.ts): each at its first mention,
 * in text order. Which national reference a document is compared against follows from
 * them and from its date and horizons (src/reference/generation.ts).
 */
import { nationalDocument, type NationalId } from "../../../grammars/references.js";

export interface Mention {
  id: NationalId;
  start: number;
  end: number;
}

/** `text` is the normalized text, `folded` its tone fold (same offsets) */
export function extractReferences(text: string, folded: string): Mention[] {
  const seen = new Set<NationalId>();
  const mentions: Mention[] = [];
  for (const m of nationalDocument.all(text, folded)) {
    if (seen.has(m.reading.id)) continue;
    seen.add(m.reading.id);
    mentions.push({ id: m.reading.id, start: m.start, end: m.end });
  }
  return mentions;
}
