/** The perturbation kit itself: each form changes what it says, and only that. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/stages/decode/index.js";
import {
  canonical,
  cr,
  crlf,
  damagedTcvn3,
  FORMS,
  lineCount,
  nbsp,
  nfd,
  softHyphens,
  tcvn3,
  toNewStyleTones,
  toOldStyleTones,
  utf16be,
  utf16le,
  utf8Bom,
  vniWindows,
  windows1258,
  zeroWidth,
} from "../support/perturb.js";

const text = readFileSync(join(import.meta.dirname, "../../corpus/thanh-hoa.txt"), "utf8");
const asText = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

describe("perturbation kit", () => {
  it("lists every form once, and each changes the bytes of a real document", () => {
    expect(FORMS.map((f) => f.name)).toEqual([
      "utf8Bom", "utf16le", "utf16be", "windows1258", "tcvn3", "vniWindows", "crlf", "cr", "nfd",
      "newStyleTones", "oldStyleTones", "nbsp", "zeroWidth", "softHyphens",
    ]);
    const plain = Buffer.from(text, "utf8");
    for (const form of FORMS) expect(plain.equals(Buffer.from(form.perturb(text))), form.name).toBe(false);
  });

  it("is deterministic", () => {
    for (const form of FORMS) expect(form.perturb(text), form.name).toEqual(form.perturb(text));
  });

  it("writes BOMs and byte orders", () => {
    expect(Array.from(utf8Bom("a"))).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect(Array.from(utf16le("ư"))).toEqual([0xff, 0xfe, 0xb0, 0x01]);
    expect(Array.from(utf16be("ư"))).toEqual([0xfe, 0xff, 0x01, 0xb0]);
  });

  it("changes line ends only", () => {
    expect(asText(crlf("a\nb\r\nc\rd"))).toBe("a\r\nb\r\nc\r\nd");
    expect(asText(cr("a\nb\r\nc"))).toBe("a\rb\rc");
    expect(lineCount(asText(crlf(text)))).toBe(lineCount(text));
    expect(lineCount(asText(cr(text)))).toBe(lineCount(text));
  });

  it("decomposes", () => {
    expect(asText(nfd("Hóa"))).toBe("Ho\u0301a");
  });

  it("moves tones of open oa/oe/uy syllables, and nothing else", () => {
    expect(toNewStyleTones("hòa khỏe thủy Hóa HÒA Thủy quý hoàn thuyền")).toBe("hoà khoẻ thuỷ Hoá HOÀ Thuỷ quý hoàn thuyền");
    expect(toOldStyleTones("hoà khoẻ thuỷ Hoá HOÀ Thuỷ quý hoàn thuyền")).toBe("hòa khỏe thủy Hóa HÒA Thủy quý hoàn thuyền");
    expect(toOldStyleTones(toNewStyleTones(text))).toBe(toOldStyleTones(text));
    expect(toNewStyleTones(text).length).toBe(text.length);
  });

  it("swaps every 7th space for a no-break space", () => {
    const spaced = asText(nbsp("a b c d e f g h i j k l m n o p"));
    expect(spaced).toBe("a b c d e f g\u00a0h i j k l m n\u00a0o p");
  });

  it("puts zero-width characters and soft hyphens inside words", () => {
    const zw = asText(zeroWidth(text));
    expect(zw.match(/\u200b/g)?.length).toBeGreaterThan(10);
    expect(zw.match(/\u200c/g)?.length).toBeGreaterThan(10);
    expect(zw.match(/\ufeff/g)?.length).toBeGreaterThan(10);
    expect(zw).toMatch(/\p{L}{2}\u200b\p{L}/u);
    const sh = asText(softHyphens(text));
    expect(sh.match(/\u00ad/g)?.length).toBeGreaterThan(10);
    expect(sh).toMatch(/\p{L}{3}\u00ad\p{L}/u);
    expect(canonical(zw)).toBe(canonical(text));
    expect(canonical(sh)).toBe(canonical(text));
  });

  it("legacy forms: no soft hyphen added, letters precomposed (TCVN3, VNI) or Windows-style (1258)", () => {
    // 0xAD in TCVN3 is "ư": there must be exactly as many as plain "ư" in the text
    expect(tcvn3(text).filter((b) => b === 0xad).length).toBe(text.match(/ư/g)?.length);
    expect(damagedTcvn3(text).includes(0xad)).toBe(false);
    expect(vniWindows(text).includes(0xad)).toBe(false);
    expect(windows1258(text).includes(0xad)).toBe(false);
    // VNI reads as ASCII + Windows-1252 modifiers
    expect(iconv.decode(Buffer.from(vniWindows("Thanh Hóa")), "windows1252")).toBe("Thanh Hoùa");
  });

  it("refuses characters a legacy code page cannot write", () => {
    expect(() => tcvn3("30°C")).toThrow(/TCVN3 cannot write "°"/);
    expect(decode(tcvn3("giá 5 € và 6 ‰ của tỉnh")).text).toBe("giá 5 € và 6 ‰ của tỉnh");
    expect(() => windows1258("日本")).toThrow(/Windows-1258 cannot write/);
    expect(() => vniWindows("→")).toThrow(/VNI-Windows cannot write/);
  });

  it("folds what the forms change", () => {
    expect(canonical("Ho\u0301a\r\nx\u00a0y\u200bz\u00ad\rhoà\ufeff")).toBe("Hóa\nx yz\nhòa");
  });
});
