// wordCount and midSentenceCapitals scan a table of character kinds, firstWords stops at
// the words it needs: they must find what the regular expressions that state them find.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { firstWords, wordCount } from "../../src/text/chars.js";
import { midSentenceCapitals } from "../../src/stages/normalize/reflow.js";

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

describe("firstWords", () => {
  test("the first n words, single-spaced", () => {
    expect(firstWords("cấp  xã,\nphường và thị trấn", 3)).toBe("cấp xã, phường");
    expect(firstWords(" đạt 100%", 1)).toBe("");
    expect(firstWords("a b", 16)).toBe("a b");
    expect(firstWords("a b", 0)).toBe("");
  });

  test("property: what split, slice and join make", () => {
    const piece = fc.constantFrom("a", "ế", " ", "  ", "\n", "\t", "\u00a0", ",", "9");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 20 }), (pieces, n) => {
        const s = pieces.join("");
        expect(firstWords(s, n)).toBe(s.split(/\s+/).slice(0, n).join(" "));
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });
});

/** the names as one regular expression finds them */
function referenceCapitals(text: string): Set<string> {
  const names = new Set<string>();
  const re = / (\p{Lu}[\p{L}\p{M}]*)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > 0 && /[\p{Ll}\p{M}\p{N}]$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) names.add(m[1]);
    re.lastIndex = m.index + 1;
  }
  return names;
}

describe("midSentenceCapitals", () => {
  test("names capitalized after a lower-case word", () => {
    expect([...midSentenceCapitals("Phát triển tỉnh Quảng Ngãi và Ủy ban nhân dân. Năm 2025 Đảng bộ")]).toEqual(["Quảng", "Ngãi", "Ủy", "Đảng"]);
  });

  test("property: the names the regular expression finds", () => {
    const piece = fc.constantFrom("a", "ế", "Đ", "Q", "9", " ", " ", ".", "\u0301", "😀", "𝐀", "𝐚", "\ud835", "\udc00", "Ǆ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("");
        expect([...midSentenceCapitals(text)]).toEqual([...referenceCapitals(text)]);
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });
});
