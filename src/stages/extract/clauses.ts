/**
 * Sentences and clauses of a paragraph. A sentence ends at ". " before a capital or a
 * digit; a clause ends at ";" too (grammars/punctuation.ts). Years in force reach across a
 * sentence's clauses ("đến năm 2025, …; …; …"), the subject of a number stays within its
 * clause.
 */
import {
  abbreviation,
  ABBREVIATION_REACH,
  charClass,
  CLAUSE_SEPARATOR,
  CLOSERS,
  native,
  sentenceBreak,
} from "../../../grammars/punctuation.js";

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = native(sentenceBreak, "gu");
const CLOSER = new RegExp(charClass(CLOSERS), "u");
const ABBREVIATION = native(abbreviation);

/**
 * A longer sentence is cut at spaces into pieces of at most this length: the work for
 * each number grows with its sentence, and no resolution writes one this long (the
 * longest of the corpus has 817 characters).
 */
export const MAX_SENTENCE = 2000;

export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  // the scan stops a little past `to` (what a sentence end may look at), not at the text's end
  let stop = to;
  while (stop < text.length && CLOSER.test(text[stop])) stop++;
  while (stop < text.length && /\s/.test(text[stop])) stop++;
  const scanned = text.slice(0, Math.min(text.length, stop + 2));
  SENTENCE_END.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(scanned)) && m.index < to) {
    const end = m.index + 1;
    if (looksLikeAbbreviation(text, m.index)) continue;
    out.push(...bounded(text, start, end));
    start = m.index + m[0].length;
  }
  if (start < to) out.push(...bounded(text, start, to));
  return out;
}

/** [start, end) in pieces of at most MAX_SENTENCE characters, cut after a space where there is one */
function bounded(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  while (end - start > MAX_SENTENCE) {
    const space = text.slice(start + 1, start + MAX_SENTENCE).lastIndexOf(" ");
    const cut = space >= 0 ? start + 1 + space + 1 : start + MAX_SENTENCE;
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end });
  return out;
}

function looksLikeAbbreviation(text: string, dot: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, dot - ABBREVIATION_REACH), dot));
}

export function clauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (text[i] === CLAUSE_SEPARATOR) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: sentence.end });
  return out.map(trim(text)).filter((s) => s.end > s.start);
}

const trim = (text: string) => (s: Span): Span => {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.]/.test(text[end - 1])) end--;
  return { start, end };
};
