/**
 * TCVN3 (ABC, TCVN 5712:1993) bytes to text.
 *
 * iconv-lite's "tcvn" table is the full VN1 table of TCVN 5712. Checked against
 * TCVN3: 0xA1–0xAE are "ĂÂÊÔƠƯĐăâêôơưđ" (so 0xAD is "ư"), and the lower-case toned
 * letters sit at 0xB5–0xFE ("à" 0xB5, "á" 0xB8, "ạ" 0xB9, "ư" toned 0xF5–0xF9, "ỵ" 0xFE),
 * as in the ABC fonts. VN1 adds what TCVN3 proper (VN3) lacks: the upper-case toned
 * letters, in C0 (0x01 "Ú", 0x02 "Ụ", 0x11 "Ứ", ...), in 0x80–0x9F ("À" 0x80 ... "Ũ"
 * 0x9F) and in a few free cells of 0xA0–0xFF ("Ằ" 0xAF, "Ố" 0xFF), plus combining tones
 * at 0xB0–0xB4.
 *
 * 0x80–0x9F is the catch. ABC documents are Windows documents typed in a .VnTime font,
 * and Windows keeps its own punctuation there: 0x93/0x94 are “ ”, 0x96 is –, 0x85 is ….
 * So each byte of that range is read by its neighbours: inside a word it is a VN1
 * letter ("T\x8ENH" = "TỈNH"); alone it is Windows-1252 punctuation; at the edge of a
 * word, a byte that is also common punctuation (… ‘ ’ “ ” • – —) is a letter only if
 * the word it would make is a Vietnamese syllable ("H\x96" = "HỌ", but "\x93TỈNH" = "“TỈNH").
 */
import iconv from "iconv-lite";
import { isSyllable } from "./syllable.js";

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

/** VN1: the character of each byte, from iconv-lite's "tcvn" table */
export const TCVN3_TABLE: string = iconv.decode(Buffer.from(ALL_BYTES), "tcvn");

/** Windows-1252 reading of 0x80–0x9F ("\ufffd" where 1252 has nothing) */
export const CP1252_HIGH: string = iconv.decode(Buffer.from(ALL_BYTES.subarray(0x80, 0xa0)), "windows1252");

/** bytes of 0x80–0x9F that are common punctuation in Windows-1252: … ‘ ’ “ ” • – — */
const COMMON_PUNCTUATION_BYTES: ReadonlySet<number> = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97]);

const LETTER = /\p{L}/u;
/** 0: not a letter, 1: a letter, 2: 0x80–0x9F byte read as a letter until decided otherwise */
const LETTER_KIND = Uint8Array.from(ALL_BYTES, (b) => {
  if (b >= 0x80 && b <= 0x9f) return COMMON_PUNCTUATION_BYTES.has(b) ? 0 : 2;
  return LETTER.test(TCVN3_TABLE[b]) ? 1 : 0;
});

const TABLE_UNITS = Uint16Array.from(TCVN3_TABLE, (c) => c.charCodeAt(0));
const UTF16LE = new TextDecoder("utf-16le", { ignoreBOM: true });

export function decodeTcvn3(bytes: Uint8Array): string {
  // UTF-16 LE bytes written one by one, then decoded natively (no assumption on the platform's byte order)
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    const unit = b >= 0x80 && b <= 0x9f && !isLetterAt(bytes, i) ? CP1252_HIGH.charCodeAt(b - 0x80) : TABLE_UNITS[b];
    out[2 * i] = unit & 0xff;
    out[2 * i + 1] = unit >> 8;
  }
  return UTF16LE.decode(out);
}

/** Is the 0x80–0x9F byte at `i` a VN1 letter (rather than Windows-1252 punctuation)? */
function isLetterAt(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i];
  if (CP1252_HIGH[b - 0x80] === "\ufffd") return true;
  const left = i > 0 && LETTER_KIND[bytes[i - 1]] !== 0;
  const right = i + 1 < bytes.length && LETTER_KIND[bytes[i + 1]] !== 0;
  if (left && right) return true;
  if (!left && !right) return false;
  if (!COMMON_PUNCTUATION_BYTES.has(b)) return true;
  let start = i;
  while (start > 0 && LETTER_KIND[bytes[start - 1]] !== 0) start--;
  let end = i + 1;
  while (end < bytes.length && LETTER_KIND[bytes[end]] !== 0) end++;
  let word = "";
  for (let j = start; j < end; j++) word += TCVN3_TABLE[bytes[j]];
  return isSyllable(word);
}

/**
 * TCVN3 writes the plain lower-case "ư" as 0xAD, the byte of the soft hyphen in
 * Windows-1252; PDF and copy tools strip it, leaving "ngời", "đợc", "th" for "người",
 * "được", "thư". Such words cannot be Vietnamese: a rhyme "-ơng"/"-ơc" (only "-ương"
 * and "-ước" exist), or a word of two or more consonants and no vowel ("nh", "th").
 * Reports the damage when there are several such words and fewer intact "ư".
 */
export interface Tcvn3Damage {
  /** words that look like they lost an "ư" */
  count: number;
  /** offset of the first one in the text */
  offset: number;
  /** examples, up to 5 */
  examples: string[];
}

/** "ơ" (any tone) then "ng" or "c", ending a word (checked by `wordAround`) */
const BROKEN_RHYME = /[ơờớởỡợ](?:ng|c)/giu;
/** a word of consonants only, between spaces or punctuation */
const CONSONANTS_ONLY =
  /(?:^|[ \t\n\r(\["'\u201c\u2018/-])((?:ngh|ng|nh|ch|kh|ph|th|tr|Ngh|Ng|Nh|Ch|Kh|Ph|Th|Tr|NGH|NG|NH|CH|KH|PH|TH|TR))(?=$|[ \t\n\r.,;:!?)\]"'\u201d\u2019/-])/gm;
/** the onset letters that may precede the broken rhyme */
const ONSET_LETTER = /^[bcdđghklmnpqrstvx]$/iu;
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const PLAIN_U = /ư/giu;

/** the word ending with the rhyme at [start, end), if it is onset letters + rhyme; else undefined */
function wordAround(text: string, start: number, end: number): number | undefined {
  if (end < text.length && WORD_CHAR.test(text[end])) return undefined;
  let i = start;
  while (i > 0 && ONSET_LETTER.test(text[i - 1])) i--;
  if (i > 0 && WORD_CHAR.test(text[i - 1])) return undefined;
  return i;
}

export function tcvn3Damage(text: string): Tcvn3Damage | undefined {
  let count = 0;
  let offset = -1;
  const examples: string[] = [];
  const found = (start: number, end: number) => {
    count++;
    if (offset < 0 || start < offset) offset = start;
    const word = text.slice(start, end);
    if (examples.length < 5 && !examples.includes(word)) examples.push(word);
  };
  for (const match of text.matchAll(BROKEN_RHYME)) {
    const end = match.index + match[0].length;
    const start = wordAround(text, match.index, end);
    if (start !== undefined) found(start, end);
  }
  for (const match of text.matchAll(CONSONANTS_ONLY)) found(match.index + match[0].length - match[1].length, match.index + match[0].length);
  const intact = text.match(PLAIN_U)?.length ?? 0;
  if (count < 3 || intact >= count) return undefined;
  return { count, offset, examples };
}
