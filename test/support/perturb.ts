/**
 * A perturbation kit: the same document in the other forms a real file may come in.
 *
 * Each perturbation takes a UTF-8 document's text and returns the bytes of the same
 * document in another encoding, line-end convention, normalization form or typing
 * habit. All keep the line structure (same number of lines, each line on its number)
 * and are deterministic (choices are "every n-th", never random). `canonical` folds
 * away what a perturbation may change, so for every form
 *   canonical(decode(perturb(text)).text) === canonical(text).
 *
 * The legacy encoders throw on a character their code page cannot write: they are test
 * tools, and a silent "?" would hide a broken test.
 */
import iconv from "iconv-lite";
import { CP1252_HIGH, TCVN3_TABLE } from "../../src/stages/decode/tcvn3.js";
import { unicodeToVni } from "../../src/stages/decode/vni.js";

export type Perturbation = (text: string) => Uint8Array;

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));

// ---------------------------------------------------------------- encodings

export const utf8Bom: Perturbation = (text) => utf8("\ufeff" + text);

export const utf16le: Perturbation = (text) => new Uint8Array(Buffer.from("\ufeff" + text, "utf16le"));

export const utf16be: Perturbation = (text) => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return bytes;
};

/** character → byte of a single-byte code page, from its decoding table */
function reverse(table: string, skip: (byte: number, char: string) => boolean = () => false): Map<string, number> {
  const map = new Map<string, number>();
  for (let b = 0; b < table.length; b++) {
    const char = table[b];
    if (char === "\ufffd" || skip(b, char) || map.has(char)) continue;
    map.set(char, b);
  }
  return map;
}

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const CP1258 = reverse(iconv.decode(ALL_BYTES, "windows1258"));
const CP1252 = reverse(iconv.decode(ALL_BYTES, "windows1252"));
const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

function unencodable(codePage: string, char: string): never {
  throw new Error(`${codePage} cannot write ${JSON.stringify(char)} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`);
}

/**
 * Windows-1258 the way Windows writes it: the precomposed letter where the code page
 * has it ("à", "â", "ơ"), else the letter without its tone followed by the combining
 * tone ("ấ" = "â" + 0xEC, "ì" = "i" + 0xCC). iconv-lite's encoder writes "?" for the
 * latter, so this does the decomposition itself.
 */
export const windows1258: Perturbation = (text) => {
  const out: number[] = [];
  for (const char of text.normalize("NFC")) {
    const byte = CP1258.get(char);
    if (byte !== undefined) {
      out.push(byte);
      continue;
    }
    const parts = [...char.normalize("NFD")];
    const tone = parts.filter((part) => TONES.has(part));
    const base = CP1258.get(parts.filter((part) => !TONES.has(part)).join("").normalize("NFC"));
    const toneByte = tone.length === 1 ? CP1258.get(tone[0]) : undefined;
    if (base === undefined || toneByte === undefined) unencodable("Windows-1258", char);
    out.push(base, toneByte);
  }
  return Uint8Array.from(out);
};

/**
 * TCVN3 with the full VN1 table (so upper-case toned letters can be written), and
 * Windows-1252 punctuation (“ ” … –) in 0x80–0x9F for what VN1 lacks, as a Word
 * document typed in an ABC font is saved. Never contains a soft hyphen: 0xAD is "ư".
 */
const TCVN3 = reverse(TCVN3_TABLE);
const CP1252_PUNCTUATION = new Map([...reverse(CP1252_HIGH)].map(([char, index]) => [char, 0x80 + index]));

export const tcvn3: Perturbation = (text) => {
  const out: number[] = [];
  for (const char of text.normalize("NFC")) {
    const byte = TCVN3.get(char) ?? CP1252_PUNCTUATION.get(char);
    if (byte === undefined) unencodable("TCVN3", char);
    out.push(byte);
  }
  return Uint8Array.from(out);
};

/** TCVN3 that lost its "ư": the 0xAD bytes stripped, as PDF and copy tools do with soft hyphens. */
export const damagedTcvn3: Perturbation = (text) => tcvn3(text).filter((byte) => byte !== 0xad);

/** VNI-Windows: each letter as its VNI sequence, in Windows-1252 bytes. */
export const vniWindows: Perturbation = (text) => {
  const out: number[] = [];
  for (const char of unicodeToVni(text.normalize("NFC"))) {
    const byte = CP1252.get(char);
    if (byte === undefined) unencodable("VNI-Windows", char);
    out.push(byte);
  }
  return Uint8Array.from(out);
};

// ---------------------------------------------------------------- line ends, forms

const LINE_END = /\r\n|\r|\n/g;

export const crlf: Perturbation = (text) => utf8(text.replace(LINE_END, "\r\n"));

export const cr: Perturbation = (text) => utf8(text.replace(LINE_END, "\r"));

export const nfd: Perturbation = (text) => utf8(text.normalize("NFD"));

// ---------------------------------------------------------------- tone placement

const OLD_STYLE = /(?<![qQ])([òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY])(?![\p{L}\p{M}])/gu;
const NEW_STYLE = /(?<![qQ])([oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

/** moves the tone of `pair` from one vowel to the other ("hòa" ↔ "hoà"); keeps the length */
function moveTone(pair: string, from: 0 | 1): string {
  const toned = [...pair[from].normalize("NFD")];
  const other = pair[1 - from];
  return from === 0 ? toned[0] + (other + toned[1]).normalize("NFC") : (other + toned[1]).normalize("NFC") + toned[0];
}

/** "hòa" → "hoà", "khỏe" → "khoẻ", "thủy" → "thuỷ" (open syllables oa, oe, uy; NFC input) */
export function toNewStyleTones(text: string): string {
  return text.normalize("NFC").replace(OLD_STYLE, (pair) => moveTone(pair, 0));
}

/** "hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy" */
export function toOldStyleTones(text: string): string {
  return text.normalize("NFC").replace(NEW_STYLE, (pair) => moveTone(pair, 1));
}

export const newStyleTones: Perturbation = (text) => utf8(toNewStyleTones(text));

export const oldStyleTones: Perturbation = (text) => utf8(toOldStyleTones(text));

// ---------------------------------------------------------------- invisible characters

/** every 7th ordinary space becomes a no-break space */
export const nbsp: Perturbation = (text) => {
  let n = 0;
  return utf8(text.replace(/ /g, (space) => (++n % 7 === 0 ? "\u00a0" : space)));
};

/**
 * Inserts `marks` (in turn) into every `every`-th word of four letters or more, after
 * its `at`-th letter, never before a combining mark.
 */
function insideWords(text: string, marks: readonly string[], every: number, at: number): string {
  let n = 0;
  let m = 0;
  return text.replace(/[\p{L}\p{M}]{4,}/gu, (word) => {
    if (++n % every !== 0) return word;
    let i = at;
    while (i < word.length && /\p{M}/u.test(word[i])) i++;
    if (i >= word.length) return word;
    return word.slice(0, i) + marks[m++ % marks.length] + word.slice(i);
  });
}

/** U+200B, U+200C and U+FEFF, in turn, inside every 5th longer word */
export const zeroWidth: Perturbation = (text) => utf8(insideWords(text, ["\u200b", "\u200c", "\ufeff"], 5, 2));

/** U+00AD inside every 4th longer word (UTF-8 only: in TCVN3 that byte is "ư") */
export const softHyphens: Perturbation = (text) => utf8(insideWords(text, ["\u00ad"], 4, 3));

// ---------------------------------------------------------------- the list, and the fold

export interface Form {
  name: string;
  perturb: Perturbation;
  /** the `encoding` decode must report */
  encoding: string;
}

export const FORMS: readonly Form[] = [
  { name: "utf8Bom", perturb: utf8Bom, encoding: "utf-8-bom" },
  { name: "utf16le", perturb: utf16le, encoding: "utf-16le" },
  { name: "utf16be", perturb: utf16be, encoding: "utf-16be" },
  { name: "windows1258", perturb: windows1258, encoding: "windows-1258" },
  { name: "tcvn3", perturb: tcvn3, encoding: "tcvn3" },
  { name: "vniWindows", perturb: vniWindows, encoding: "vni-windows" },
  { name: "crlf", perturb: crlf, encoding: "utf-8" },
  { name: "cr", perturb: cr, encoding: "utf-8" },
  { name: "nfd", perturb: nfd, encoding: "utf-8" },
  { name: "newStyleTones", perturb: newStyleTones, encoding: "utf-8" },
  { name: "oldStyleTones", perturb: oldStyleTones, encoding: "utf-8" },
  { name: "nbsp", perturb: nbsp, encoding: "utf-8" },
  { name: "zeroWidth", perturb: zeroWidth, encoding: "utf-8" },
  { name: "softHyphens", perturb: softHyphens, encoding: "utf-8" },
];

/**
 * What every form keeps: NFC, LF line ends, plain spaces, no zero-width characters or
 * soft hyphens, old-style tones.
 */
export function canonical(text: string): string {
  return toOldStyleTones(
    text
      .replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, "")
      .normalize("NFC")
      .replace(LINE_END, "\n")
      .replace(/\u00a0/g, " "),
  );
}

export function lineCount(text: string): number {
  return text.split(LINE_END).length;
}
