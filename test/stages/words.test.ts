// wordCount scans a table of character kinds: it must count what matching the words counts.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { wordCount } from "../../src/stages/extract/clauses.js";

const reference = (s: string) => s.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;

describe("wordCount", () => {
  test("counts runs of letters, marks and digits", () => {
    expect(wordCount("đạt 100% số xã, phường")).toBe(5);
    expect(wordCount("  ")).toBe(0);
    expect(wordCount("a\u0301b 😀 𝐀𝐁")).toBe(2);
    expect(wordCount("Tỷ lệ hộ gia đình", 3, 8)).toBe(2);
  });

  test("property: as many as the regular expression finds, in any slice", () => {
    const piece = fc.constantFrom("a", "ế", "Đ", "9", " ", ",", "\u0301", "😀", "𝐀", "\ud835", "\udc00", "-", "\n");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const s = pieces.join("");
        const from = s.length ? x % (s.length + 1) : 0;
        const to = from + (s.length - from ? y % (s.length - from + 1) : 0);
        expect(wordCount(s)).toBe(reference(s));
        expect(wordCount(s, from, to)).toBe(reference(s.slice(from, to)));
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });
});
