// The hand-written decoder of well-formed UTF-8 must read as the platform's decoder does.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { decodeWellFormedUtf8 } from "../../src/stages/decode/utf8.js";

const platform = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("decodeWellFormedUtf8", () => {
  test("reads every corpus file as TextDecoder does", () => {
    for (const name of readdirSync("corpus").filter((n) => n.endsWith(".txt"))) {
      const bytes = readFileSync(`corpus/${name}`);
      expect(decodeWellFormedUtf8(bytes)).toBe(platform(bytes));
    }
  });

  test("keeps a byte-order mark, reads 1- to 4-byte sequences", () => {
    const text = "\ufeffQuảng Ngãi — 100% · 😀 · \u0301 · \u07ff\u0800\uffff";
    expect(decodeWellFormedUtf8(Buffer.from(text, "utf8"))).toBe(text);
    expect(decodeWellFormedUtf8(new Uint8Array(0))).toBe("");
  });

  test("property: any well-formed text, as bytes, reads back as itself (a short one after a long one too)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 8 }), (long, short) => {
        for (const text of [long, short]) {
          const bytes = Buffer.from(text, "utf8");
          expect(decodeWellFormedUtf8(bytes)).toBe(platform(bytes));
        }
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});
