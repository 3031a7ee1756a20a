// The character tables answer as the function they are made from, for every code unit;
// the case counts behind mostlyUppercase say what the plain definition says, and add up
// over the lines of a paragraph as reflow adds them.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CAPITAL, kindAt, kindOfPoint, kindOfUnit, LETTER } from "../../src/text/chars.js";
import { caseCount, mostlyUppercase } from "../../src/stages/normalize/furniture.js";

/** the plain definition: of its letters (code points), four in five or more are capitals */
function mostlyUppercasePlainly(s: string): boolean {
  const letters = [...s].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase());
  return letters.length >= 2 && upper.length / letters.length >= 0.8;
}

const text = fc.array(fc.constantFrom(..."aAễỄđĐ1 .,ǅßµªΣσ\u0301\u200b😀𝐀".split(""), "\ud800", "\udc00", "𝐀", "ĐẢNG", "Tỉnh"), { maxLength: 24 }).map((cs) => cs.join(""));

describe("character kinds", () => {
  test("the tables hold kindOfPoint of every code unit they cover, and kindAt reads it for every unit", () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      const plain = kindOfPoint(unit);
      if (unit < 0xd800 || unit > 0xdfff) expect(kindOfUnit(unit)).toBe(plain);
      if (kindAt(String.fromCharCode(unit), 0) !== plain) expect([unit, kindAt(String.fromCharCode(unit), 0)]).toEqual([unit, plain]);
    }
  });

  test("a capital is a letter that changes when lower-cased and not when upper-cased", () => {
    expect(kindOfPoint("Đ".codePointAt(0)!) & CAPITAL).toBe(CAPITAL);
    expect(kindOfPoint("ǅ".codePointAt(0)!) & CAPITAL).toBe(0);
    expect(kindOfPoint("1".codePointAt(0)!) & (LETTER | CAPITAL)).toBe(0);
    expect(kindAt("𝐀", 0) & LETTER).toBe(LETTER);
  });
});

describe("mostlyUppercase", () => {
  test("says what the plain definition says", () => {
    fc.assert(fc.property(text, (s) => {
        expect(mostlyUppercase(s)).toBe(mostlyUppercasePlainly(s));
      }), { numRuns: 2000, seed: 20261203 });
    expect(mostlyUppercase("ĐẢNG BỘ TỈNH")).toBe(true);
    expect(mostlyUppercase("Đảng bộ tỉnh")).toBe(false);
  });

  test("the case count of lines joined by spaces is the sum of theirs", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (lines) => {
        const sum = lines.map(caseCount).reduce((a, b) => ({ letters: a.letters + b.letters, upper: a.upper + b.upper }), { letters: 0, upper: 0 });
        expect(caseCount(lines.join(" "))).toEqual(sum);
        expect(mostlyUppercase(lines.join(" "), sum)).toBe(mostlyUppercasePlainly(lines.join(" ")));
      }),
      { numRuns: 1000, seed: 20261203 },
    );
  });
});
