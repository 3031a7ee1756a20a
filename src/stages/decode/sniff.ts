/** Byte-level checks that come before any decoding: BOMs, binary data, UTF-8 validity. */
import { isUtf8 } from "node:buffer";

export type Bom = "utf-8" | "utf-16le" | "utf-16be";

export function sniffBom(bytes: Uint8Array): Bom | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** how much of the file the binary check reads */
const BINARY_SAMPLE_BYTES = 8 * 1024;

/**
 * C0 bytes that TCVN3's full table (VN1) uses for upper-case letters ("Ụ" 0x02,
 * "Ứ" 0x11, ...): a text can have some, so they count for less.
 */
const VN1_LETTER_CONTROLS = new Set([0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17]);

/**
 * Binary: a NUL byte in the first 8 KB, or many control bytes (other than tab, line
 * ends, form feed and the DOS end-of-file 0x1A): more than 5% of the sample, or 30%
 * counting the ones VN1 uses for letters.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let controls = 0;
  let letterControls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1a) continue;
    if (VN1_LETTER_CONTROLS.has(b)) letterControls++;
    else controls++;
  }
  return controls > end * 0.05 || controls + letterControls > end * 0.3;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

export interface Utf8Scan {
  /** well-formed sequences of two to four bytes */
  multibyte: number;
  /** ill-formed sequences (each maximal ill-formed subpart counts once) */
  invalid: number;
  /** byte offset of the first ill-formed sequence, -1 if none */
  firstInvalid: number;
}

/** Counts well- and ill-formed UTF-8 sequences (the WHATWG/Unicode "maximal subpart" rule). */
export function scanUtf8(bytes: Uint8Array, start = 0): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    }
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      const c = j < bytes.length ? bytes[j] : -1;
      if (c < (k === 0 ? lower : 0x80) || c > (k === 0 ? upper : 0xbf)) ok = false;
    }
    if (ok) {
      multibyte++;
      i = j;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      // skip the lead byte and the continuation bytes that were valid so far
      i = need === 0 ? i + 1 : Math.max(i + 1, j - 1);
    }
  }
  return { multibyte, invalid, firstInvalid };
}
