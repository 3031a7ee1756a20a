/**
 * What a character is, for scans that look at every character of a text: a few Unicode
 * general categories as bits, as `kindOfPoint` says. The characters of Vietnamese text
 * (Latin and its Vietnamese extension) are looked up in tables of its answers, made once
 * when the module loads and never written after: a scan that asked the regular-expression
 * engine about every character would spend most of its time there.
 */
export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const MARK = 8;
export const NUMBER = 16;
/** a letter that changes when lower-cased and not when upper-cased (what `mostlyUppercase` counts) */
export const CAPITAL = 32;

const CATEGORIES: Array<[RegExp, number]> = [
  [/^\p{L}$/u, LETTER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{Ll}$/u, LOWER],
  [/^\p{M}$/u, MARK],
  [/^\p{N}$/u, NUMBER],
];

/** the kind of a code point (a lone surrogate is of none) */
export function kindOfPoint(point: number): number {
  const c = String.fromCodePoint(point);
  let kind = 0;
  for (const [re, bit] of CATEGORIES) if (re.test(c)) kind |= bit;
  if (kind & LETTER && c === c.toUpperCase() && c !== c.toLowerCase()) kind |= CAPITAL;
  return kind;
}

/** `kindOfPoint` of U+0000-U+024F and of U+1E00-U+1EFF */
const LATIN = Uint8Array.from({ length: 0x250 }, (_, unit) => kindOfPoint(unit));
const VIETNAMESE = Uint8Array.from({ length: 0x100 }, (_, unit) => kindOfPoint(0x1e00 + unit));

/** `kindOfPoint(unit)`, by the tables where they hold it (test/text/chars.test.ts: every unit) */
export function kindOfUnit(unit: number): number {
  if (unit < 0x250) return LATIN[unit];
  if (unit >= 0x1e00 && unit < 0x1f00) return VIETNAMESE[unit - 0x1e00];
  return kindOfPoint(unit);
}

/** the kind of the code point at `i` (both halves of a surrogate pair count as it) */
export function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdfff) return kindOfPoint(text.codePointAt(i)!);
  return kindOfUnit(code);
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
