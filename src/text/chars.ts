/**
 * What a character is, for scans that look at every character of a text: a few Unicode
 * general categories as bits, asked of the regular-expression engine once per BMP code
 * unit and kept in a table. A loop over a table is several times faster than a regular
 * expression with `\p{…}` classes, and makes no array of matches.
 */
export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const MARK = 8;
export const NUMBER = 16;

const KNOWN = 128;
const KINDS = new Uint8Array(0x10000);

/** the kind of the code point at `i` (both halves of a surrogate pair count as it) */
export function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) return kindOfPoint(text.codePointAt(i)!);
  let kind = KINDS[code];
  if (kind === 0) KINDS[code] = kind = classify(String.fromCharCode(code)) | KNOWN;
  return kind & ~KNOWN;
}

/** the kind of the code point that ends just before `i` */
export function kindBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return kindOfPoint(text.codePointAt(i - 2)!);
  }
  return kindAt(text, i - 1);
}

/** UTF-16 units of the code point that ends just before `i` */
export function unitsBefore(text: string, i: number): number {
  return i >= 2 && (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? 2 : 1;
}

/** UTF-16 units of the code point at `i` */
export function unitsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

function kindOfPoint(point: number): number {
  return classify(String.fromCodePoint(point));
}

const CATEGORIES: Array<[RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
];

function classify(c: string): number {
  let kind = 0;
  for (const [re, bit] of CATEGORIES) if (re.test(c)) kind |= bit;
  return kind;
}

/** number of words (runs of letters, marks and digits) in s[from, to), by a scan over character kinds */
export function wordCount(s: string, from = 0, to = s.length): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; ) {
    // a surrogate pair cut by `to` is its first half alone, as in a slice: no word
    const cut = i + 1 === to && (s.charCodeAt(i) & 0xfc00) === 0xd800;
    const word = !cut && (kindAt(s, i) & WORD) !== 0;
    if (word && !inWord) words++;
    inWord = word;
    i += cut ? 1 : unitsAt(s, i);
  }
  return words;
}
const WORD = LETTER | MARK | NUMBER;

/**
 * The first `n` pieces of `text.split(/\s+/)` joined by single spaces, found without
 * splitting the rest: a clause's tail can run long, and only its first words are read.
 */
export function firstWords(text: string, n: number): string {
  if (n <= 0) return "";
  const gaps = /\s+/g;
  let pieces = 1;
  for (let m; (m = gaps.exec(text)) !== null; ) if (++pieces > n) return text.slice(0, m.index).replace(/\s+/g, " ");
  return text.replace(/\s+/g, " ");
}
