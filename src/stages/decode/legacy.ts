/**
 * The legacy Vietnamese code pages decode can read, in the order that breaks ties
 * in detection (ABC was the most common in government offices, then VNI).
 */
import iconv from "iconv-lite";
import { decodeTcvn3 } from "./tcvn3.js";
import { decodeVni } from "./vni.js";

export interface Codec {
  /** the `encoding` reported */
  name: "tcvn3" | "vni-windows" | "windows-1258";
  /** for messages */
  label: string;
  decode(bytes: Uint8Array): string;
}

/**
 * Windows-1258 writes most toned letters as a base letter (possibly with a modifier,
 * "â") and a combining tone (0xCC, 0xEC, 0xD2, 0xDE, 0xF2 = U+0300, U+0301, U+0309,
 * U+0303, U+0323); they stay decomposed in the text, as on disk.
 */
export const windows1258: Codec = {
  name: "windows-1258",
  label: "Windows-1258",
  decode: (bytes) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows1258"),
};

export const tcvn3: Codec = { name: "tcvn3", label: "TCVN3 (ABC)", decode: decodeTcvn3 };

export const vniWindows: Codec = { name: "vni-windows", label: "VNI-Windows", decode: decodeVni };

export const LEGACY_CODECS: readonly Codec[] = [tcvn3, vniWindows, windows1258];
