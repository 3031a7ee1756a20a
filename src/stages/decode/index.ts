/**
 * decode: bytes to text. The text it returns is what every position indexes, so it is
 * the file's characters as they are (BOM, line ends and combining marks included);
 * cleaning them up is the normalize stage's work, under an offset map.
 *
 * Problems are values, never exceptions, placed in the decoded text:
 *   decode-empty            error    the file has no bytes (or only a BOM)
 *   decode-binary           error    NUL bytes or many control bytes; text is ""
 *   decode-invalid-utf8     warning  mostly UTF-8 with ill-formed sequences (read as U+FFFD)
 *   decode-invalid-utf16    warning  ill-formed UTF-16 (odd length, lone surrogate)
 *   decode-unknown-encoding warning  not UTF-8 and no legacy code page reads as Vietnamese;
 *                                    decoded as Windows-1258
 *   decode-tcvn3-damaged    warning  TCVN3 text that lost its "ư" (byte 0xAD)
 *   decode-detected         info     the encoding, whenever it is not plain UTF-8
 */
import { detectLegacy } from "./detect.js";
import { windows1258 } from "./legacy.js";
import { isValidUtf8, looksBinary, scanUtf8, sniffBom } from "./sniff.js";
import { tcvn3Damage } from "./tcvn3.js";
import { decodeWellFormedUtf8 } from "./utf8.js";
import { LineIndex } from "../../text/location.js";
import type { Problem } from "../../messages.js";
import type { Position } from "../../schema/document.js";
import type { Decoded } from "./types.js";

export type { Decoded } from "./types.js";

/**
 * Ill-formed UTF-8 is read as damaged UTF-8 (rather than a legacy code page) when
 * there are at least this many well-formed multi-byte sequences per ill-formed one.
 * Legacy Vietnamese text has almost none: its letter bytes do not follow each other
 * the way a UTF-8 lead byte and continuation bytes do.
 */
const UTF8_MAJORITY = 1;

export function decode(bytes: Uint8Array): Decoded {
  const problems: Problem[] = [];
  const bom = sniffBom(bytes);

  if (bom === "utf-16le" || bom === "utf-16be") {
    // The BOM is dropped: in UTF-16 it is a signature, and no byte offset has to agree with the text.
    const body = bytes.subarray(2);
    const text = utf16(body, bom, problems);
    problems.unshift({ ruleId: "decode-detected", severity: "info", reason: `decoded as ${bom === "utf-16le" ? "UTF-16 LE" : "UTF-16 BE"} (byte-order mark)` });
    if (text.length === 0) problems.push({ ruleId: "decode-empty", severity: "error", reason: "file is empty (only a byte-order mark)" });
    return { text, encoding: bom, problems };
  }

  if (bytes.length === 0 || (bom === "utf-8" && bytes.length === 3)) {
    problems.push({ ruleId: "decode-empty", severity: "error", reason: bytes.length === 0 ? "file is empty" : "file is empty (only a byte-order mark)" });
    return { text: bom === "utf-8" ? "\ufeff" : "", encoding: bom === "utf-8" ? "utf-8-bom" : "utf-8", problems };
  }

  if (looksBinary(bytes)) {
    problems.push({ ruleId: "decode-binary", severity: "error", reason: "file looks binary (NUL bytes or many control bytes), not text" });
    return { text: "", encoding: "binary", problems };
  }

  if (bom === "utf-8" || isValidUtf8(bytes)) {
    const encoding = bom === "utf-8" ? "utf-8-bom" : "utf-8";
    if (bom === "utf-8") problems.push({ ruleId: "decode-detected", severity: "info", reason: "decoded as UTF-8 (with byte-order mark)" });
    return { text: utf8(bytes, problems), encoding, problems };
  }

  const scan = scanUtf8(bytes);
  if (scan.multibyte > 0 && scan.multibyte >= UTF8_MAJORITY * scan.invalid) {
    return { text: utf8(bytes, problems), encoding: "utf-8", problems };
  }

  const detection = detectLegacy(bytes);
  const codec = detection.convincing ? detection.codec : windows1258;
  const text = codec.decode(bytes);
  const scores = detection.scores.map(({ codec, score }) => `${codec.label} ${score.value.toFixed(2)}`).join(", ");
  if (detection.convincing) {
    problems.push({ ruleId: "decode-detected", severity: "info", reason: `decoded as ${codec.label} (not UTF-8; Vietnamese score: ${scores})` });
  } else {
    problems.push(
      { ruleId: "decode-unknown-encoding", severity: "warning", reason: `not UTF-8, and no Vietnamese code page reads well (${scores}); decoded as Windows-1258` },
      { ruleId: "decode-detected", severity: "info", reason: "decoded as Windows-1258 (fallback)" },
    );
  }
  if (codec.name === "tcvn3") {
    const damage = tcvn3Damage(text);
    if (damage !== undefined)
      problems.push({
        ruleId: "decode-tcvn3-damaged",
        severity: "warning",
        reason: `the TCVN3 text seems to have lost its 'ư' (byte 0xAD, stripped as a soft hyphen); check the source (${damage.count} words such as ${damage.examples.map((w) => `"${w}"`).join(", ")})`,
        place: at(text, damage.offset),
      });
  }
  return { text, encoding: codec.name, problems };
}

/** UTF-8, keeping a BOM as U+FEFF at offset 0 (as Buffer#toString("utf8") does). */
function utf8(bytes: Uint8Array, problems: Problem[]): string {
  if (isValidUtf8(bytes)) return decodeWellFormedUtf8(bytes);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const scan = scanUtf8(bytes);
  // the prefix before the first ill-formed byte is well-formed, so its length is the offset
  const offset = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, scan.firstInvalid)).length;
  problems.push({
    ruleId: "decode-invalid-utf8",
    severity: "warning",
    reason: `${scan.invalid} ill-formed UTF-8 sequence${scan.invalid === 1 ? "" : "s"} (first at byte ${scan.firstInvalid}), read as U+FFFD`,
    place: at(text, offset),
  });
  return text;
}

function utf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be", problems: Problem[]): string {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  let offset = body.length % 2 === 1 ? text.length - 1 : -1;
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\ufffd/.exec(text);
  if (lone !== null && (offset < 0 || lone.index < offset)) offset = lone.index;
  if (offset >= 0 && !wellFormed(body, encoding))
    problems.push({ ruleId: "decode-invalid-utf16", severity: "warning", reason: "ill-formed UTF-16 (odd length or lone surrogate), read as U+FFFD", place: at(text, offset) });
  return text;
}

/** the place of one offset of the decoded text; only the rare placed problems pay for a line index */
function at(text: string, offset: number): Position {
  return new LineIndex(text).position(offset, offset);
}

function wellFormed(body: Uint8Array, encoding: "utf-16le" | "utf-16be"): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}
