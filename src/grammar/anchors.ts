/**
 * Anchors of a pattern: literal strings of which every match contains at least one,
 * found by reading the pattern's mandatory start ("hồ sơ (?:được )?xử lý" → "hồ sơ";
 * "(?:cán bộ|công chức)[^;]{0,40}?đào tạo" → "cán bộ", "công chức"). A text holding
 * none of them cannot match, so a caller may skip the regex: the indicator cues run over
 * every clause with a number, and most clauses hold few of them. Null when the pattern
 * starts with something else (a class, an escape, a quantified group): no shortcut.
 * Anchors are lower-cased; compare them with a lower-cased text.
 */
import { eachSyntaxCharacter } from "./syntax.js";

export function anchorsOf(pattern: string): string[] | null {
  const alternatives = splitTopLevel(pattern);
  if (alternatives === null) return null;
  const out: string[] = [];
  for (const alternative of alternatives) {
    const found = anchorOfSequence(alternative);
    if (found === null) return null;
    out.push(...found);
  }
  return out;
}

const META = new Set(["\\", "[", "]", "(", ")", "{", "}", ".", "*", "+", "?", "|", "^", "$"]);
const QUANTIFIER = /^[?*+{]/;

function anchorOfSequence(sequence: string): string[] | null {
  // a group at the start, not quantified: one of its alternatives' anchors
  if (sequence.startsWith("(?:")) {
    const close = matchingParen(sequence, 0);
    if (close < 0 || QUANTIFIER.test(sequence.slice(close + 1))) return null;
    return anchorsOf(sequence.slice(3, close));
  }
  let run = "";
  let i = 0;
  while (i < sequence.length && !META.has(sequence[i])) run += sequence[i++];
  // "big ?data": the character before a quantifier is optional
  if (i < sequence.length && QUANTIFIER.test(sequence[i])) run = run.slice(0, -1);
  run = run.trim();
  return run.length >= 2 ? [run.toLowerCase()] : null;
}

/** the alternatives of a pattern's top level, or null if its parentheses do not balance */
function splitTopLevel(pattern: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const closed = eachSyntaxCharacter(pattern, 0, (c, i) => {
    if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return true;
    else if (c === "|" && depth === 0) {
      out.push(pattern.slice(start, i));
      start = i + 1;
    }
  });
  if (!closed || depth !== 0) return null;
  out.push(pattern.slice(start));
  return out;
}

/** index of the ")" closing the "(" at `open`, or -1 */
function matchingParen(pattern: string, open: number): number {
  let depth = 0;
  let close = -1;
  eachSyntaxCharacter(pattern, open, (c, i) => {
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      close = i;
      return true;
    }
  });
  return close;
}
