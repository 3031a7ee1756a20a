/**
 * Character cleanup: line ends to "\n", NFC, invisible characters out, odd spaces and
 * dashes to their plain forms. Every change is recorded in the offset map.
 */
import { TextBuilder, type MappedText } from "../../text/mapped-text.js";

// zero-width space/joiners, word joiner, BOM inside text, soft hyphen, other C0 controls
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** every invisible character, for removing them from a quote of the raw text */
export const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");
const SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u2028\u2029]/;
const DASH = /[\u2010-\u2015\u2212]/;
const COMBINING = /\p{M}/u;

export interface CharacterCounts {
  invisible: number;
  softHyphens: number;
  decomposed: number;
  crlf: number;
  cr: number;
}

/** every combining mark is at U+0300 or above, and none is a Vietnamese precomposed letter */
const maybeMark = (code: number) => code >= 0x300 && !(code >= 0x1e00 && code <= 0x1eff);

/** could be a combining mark or an invisible character (which may stand before one) */
const maybeMarkOrHidden = (code: number) => maybeMark(code) || code < 0x20 || code === 0xad;

/** a combining mark follows text[i], perhaps after invisible characters ("e\u200b\u0301") */
function markFollows(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && INVISIBLE.test(text[j])) j++;
  return j < text.length && COMBINING.test(text[j]);
}

/** "\n", printable ASCII and Latin letters: none is a mark, an invisible character, a space or a dash to replace */
const isFast = (code: number) => code === 10 || (code >= 0x20 && code < 0x7f) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
const NOT_FAST = /[^\n\x20-\x7e\u00c0-\u024f\u1e00-\u1eff]/g;

export function cleanCharacters(text: string): { mapped: MappedText; counts: CharacterCounts } {
  const out = new TextBuilder(text);
  const counts: CharacterCounts = { invisible: 0, softHyphens: 0, decomposed: 0, crlf: 0, cr: 0 };
  let run = 0; // start of the current run of unchanged characters
  const flush = (i: number) => {
    out.keep(run, i);
  };
  let i = 0;
  while (i < text.length) {
    // a run of characters of the fast path below, each followed by another: skipped in one
    // scan, up to the character before the first that is not (which may be a mark)
    if (i + 1 < text.length && isFast(text.charCodeAt(i))) {
      NOT_FAST.lastIndex = i + 1;
      const next = NOT_FAST.exec(text);
      const to = next === null ? text.length : next.index - 1;
      if (to > i) {
        i = to;
        continue;
      }
    }
    // fast path: ASCII, "\n" and Latin letters are none of the kinds below, and a combining
    // mark (U+0300 and up) does not follow; same outcome as the tests below, without them
    if (isFast(text.charCodeAt(i)) && !(i + 1 < text.length && maybeMarkOrHidden(text.charCodeAt(i + 1)) && markFollows(text, i))) {
      i++;
      continue;
    }
    const c = text[i];
    if (c === "\r") {
      flush(i);
      const crlf = text[i + 1] === "\n";
      out.replace(i, i + (crlf ? 2 : 1), "\n");
      if (crlf) counts.crlf++;
      else counts.cr++;
      i += crlf ? 2 : 1;
      run = i;
      continue;
    }
    if (INVISIBLE.test(c)) {
      flush(i);
      counts.invisible++;
      if (c === "\u00AD") counts.softHyphens++;
      i++;
      run = i;
      continue;
    }
    if (SPACE.test(c)) {
      flush(i);
      // a tab keeps apart what it kept apart: two spaces, the gap of a table laid out in columns
      out.replace(i, i + 1, c === "\t" ? "  " : " ");
      i++;
      run = i;
      continue;
    }
    if (DASH.test(c)) {
      flush(i);
      out.replace(i, i + 1, "-");
      i++;
      run = i;
      continue;
    }
    // a base character followed by combining marks: compose the cluster (NFD, cp1258)
    if (markFollows(text, i)) {
      let j = i + 1;
      while (j < text.length && (COMBINING.test(text[j]) || INVISIBLE.test(text[j]))) j++;
      // a letter and one mark (the usual case) holds nothing invisible
      const cluster = (j === i + 2 ? text.slice(i, j) : text.slice(i, j).replace(INVISIBLE_ALL, "")).normalize("NFC");
      flush(i);
      out.replace(i, j, cluster);
      counts.decomposed++;
      i = j;
      run = i;
      continue;
    }
    i++;
  }
  flush(text.length);
  const mapped = out.finish();
  // precomposed text can still need NFC in rare cases (compatibility pairs); keep map 1:1
  return { mapped, counts };
}
