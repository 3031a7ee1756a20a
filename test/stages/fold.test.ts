// foldTone scans for candidates and checks the rest of the rule by hand: it must fold
// exactly as the one regular expression that states the rule.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { foldTone } from "../../src/text/fold.js";
import { splitLines } from "../../src/stages/normalize/lines.js";

/** the rule as one pattern: "oa", "oe", "uy" toned on the second vowel, not after "q", at a syllable's end */
function reference(text: string): string {
  const tones = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
  const pairs = new Map<string, string>();
  for (const [a, b] of ["oa", "oe", "uy", "OA", "OE", "UY", "oA", "Oa", "oE", "Oe", "uY", "Uy"])
    for (const t of tones) pairs.set(a + (b + t).normalize("NFC"), (a + t).normalize("NFC") + b);
  return text.replace(/(?<![qQ])([oOuU])([\u00C0-\u1EF9])(?![\p{L}\p{M}])/gu, (pair) => pairs.get(pair) ?? pair);
}

describe("foldTone", () => {
  test("folds the corpus as the reference does", () => {
    const texts = readdirSync("corpus")
      .filter((n) => n.endsWith(".txt"))
      .map((n) => readFileSync(`corpus/${n}`, "utf8"));
    for (const text of texts) expect(foldTone(text)).toBe(reference(text));
    // one seed writes new-style tones ("Thanh Hoá"): the corpus has something to fold
    expect(texts.some((t) => foldTone(t) !== t)).toBe(true);
  });

  test("folds any text of vowels, tones, 'q', letters, marks and surrogates as the reference does", () => {
    const piece = fc.constantFrom(..."o O u U q Q a à á ả ã ạ A À Á e è é ẻ ẽ ẹ È y ỳ ý ỷ ỹ ỵ Ỳ Ý n h ư ơ ê".split(" "), " ", "\u0301", "\u0300", ".", "😀", "\ud83d", "đ", "Đ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("");
        expect(foldTone(text)).toBe(reference(text));
      }),
      { numRuns: 5000, seed: 20261129 },
    );
  });

  test("a line's fold sliced from the whole text's is the line folded alone", () => {
    const piece = fc.constantFrom(..."o u q Q hoà thuỷ khoẻ Hoà quý \u0301 a".split(" "), " ", "\t", "\n", "\n", "  ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        for (const line of splitLines(pieces.join(""))) expect(line.folded).toBe(foldTone(line.content));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});
