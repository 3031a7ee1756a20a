/**
 * Sentences and clauses of a paragraph. A sentence ends at ". " before a capital or a
 * digit; a clause ends at ";" too. Years in force reach across a sentence's clauses
 * ("đến năm 2025, …; …; …"), the subject of a number stays within its clause.
 */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?…](?:["”’)\]]*)\s+(?=[\p{Lu}\p{N}"“(])/gu;

export function sentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  SENTENCE_END.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) && m.index < to) {
    const end = m.index + 1;
    if (looksLikeAbbreviation(text, m.index)) continue;
    out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

function looksLikeAbbreviation(text: string, dot: number): boolean {
  // "TP. Hồ Chí Minh", "P. TH": one or two capitals before the dot
  const before = text.slice(Math.max(0, dot - 3), dot);
  return /(?:^|\s)\p{Lu}{1,2}$/u.test(before);
}

export function clauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (text[i] === ";") {
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

/** number of words in a string */
export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}
