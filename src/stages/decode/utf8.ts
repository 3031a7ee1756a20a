/**
 * Well-formed UTF-8 to text, by hand: into UTF-16 code units in a buffer kept from file
 * to file, then one UTF-16 decode (a copy). V8's own UTF-8 decoder validates as it goes;
 * the bytes here are known to be well-formed (the caller checked with `isUtf8`), so no
 * byte needs a question.
 */
let units = new Uint16Array(0);
// ignoreBOM: a U+FEFF at the start is the file's, and stays, as everywhere else in decode
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });
/** a file larger than this is decoded by V8, not through a buffer kept for the next */
const KEPT_MAX = 8 << 20;

export function decodeWellFormedUtf8(bytes: Uint8Array): string {
  if (bytes.length > KEPT_MAX) return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  // at most one UTF-16 unit a byte
  if (units.length < bytes.length) units = new Uint16Array(Math.max(bytes.length, units.length * 2));
  const out = units;
  let o = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      out[o++] = b;
      i++;
    } else if (b < 0xe0) {
      out[o++] = ((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      out[o++] = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      i += 3;
    } else {
      const point = (((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f)) - 0x10000;
      out[o++] = 0xd800 + (point >> 10);
      out[o++] = 0xdc00 + (point & 0x3ff);
      i += 4;
    }
  }
  return utf16.decode(out.subarray(0, o));
}
