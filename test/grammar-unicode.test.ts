// The Unicode classes the grammars use are kept in src/grammar/unicode-classes.json so
// that a worker does not load XRegExp at start-up. They must be XRegExp's, and every
// property a pattern uses must be in the file.
//   UPDATE_UNICODE_CLASSES=1 npx vitest run test/grammar-unicode.test.ts   rewrites the file
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { propertiesSpelledAtRunTime, xregexpClass } from "../src/grammar/rule.js";
import "../src/grammar/catalog.js";
import "../src/stages/extract/indicator.js";
import "../src/pipeline.js";

const FILE = new URL("../src/grammar/unicode-classes.json", import.meta.url);
const kept = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, string>;

describe("unicode-classes.json", () => {
  test("holds XRegExp's class for each property, in a file of printable ASCII (JSON escapes)", () => {
    const fresh = Object.fromEntries(Object.keys(kept).map((token) => [token, xregexpClass(token)]));
    // escaped, so that no editor or tool can compose, reorder or drop the combining marks of the classes
    const json = JSON.stringify(fresh, null, 2).replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
    if (process.env.UPDATE_UNICODE_CLASSES) writeFileSync(FILE, json);
    expect(kept).toEqual(fresh);
    expect(readFileSync(FILE, "utf8")).toBe(json);
  });

  test("has every property the grammars and the pipeline use: none is spelled by XRegExp at run time", () => {
    expect(propertiesSpelledAtRunTime()).toEqual([]);
  });

  test("the classes read as the properties they spell, on Vietnamese letters and on what is not", () => {
    const letter = new RegExp(`^${kept["\\p{L}"]}+$`, "u");
    expect(letter.test("Quảng Ngãi".replace(" ", ""))).toBe(true);
    expect(letter.test("ư")).toBe(true);
    expect(letter.test("9")).toBe(false);
    expect(new RegExp(`^${kept["\\p{M}"]}$`, "u").test("\u0301")).toBe(true);
    expect(new RegExp(`^${kept["\\p{Lu}"]}$`, "u").test("Đ")).toBe(true);
    expect(new RegExp(`^${kept["\\p{Ll}"]}$`, "u").test("đ")).toBe(true);
    expect(new RegExp(`^${kept["\\p{N}"]}$`, "u").test("٣")).toBe(true);
  });
});
