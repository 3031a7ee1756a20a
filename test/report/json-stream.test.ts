// jsonChunks writes the bytes of JSON.stringify(value, null, 2) + "\n", an element of one array at a time.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { jsonChunks } from "../../src/report/json-stream.js";
import { comparisonFiles, comparisonOutputs } from "../../src/compare/outputs.js";
import { gold, small } from "../compare/helpers.js";

const joined = (value: { [key: string]: unknown }, key: string) => [...jsonChunks(value, key)].join("");
const plain = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

describe("jsonChunks", () => {
  test("an object with rows among other keys, rows empty or not, nested values", () => {
    const rows = [{ a: 1, b: [1, { c: "x\ny" }], d: {} }, [], "s", null, { e: [] }];
    for (const value of [{ head: 1, rows, tail: { x: [1] } }, { rows }, { rows: [] }, { head: "h" }, { rows: [undefined, () => 1] }])
      expect(joined(value as { [key: string]: unknown }, "rows")).toBe(plain(value));
  });

  test("as JSON.stringify for any JSON value", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()), fc.string(), (other, rows, key) => {
        const value = { ...other, [key]: rows };
        expect(joined(value, key)).toBe(plain(value));
      }),
      { numRuns: 300 },
    );
  });

  test("along a path of keys: rows, and the cells of each row", () => {
    const rows = [{ key: "a", cells: [{ t: [1] }, { t: "x\ny" }], after: [1, 2] }, { key: "b", cells: [] }, { key: "c" }, [1], 5, null, { cells: [null, [2], { z: {} }] }];
    const value = { head: { n: 1 }, rows, problems: [] };
    expect([...jsonChunks(value, ["rows", "cells"])].join("")).toBe(plain(value));
    expect([...jsonChunks(value, ["rows", "cells", "t"])].join("")).toBe(plain(value));
  });

  test("as JSON.stringify along a path, for any JSON value", () => {
    const row = fc.record({ key: fc.string(), cells: fc.array(fc.jsonValue()), rest: fc.jsonValue() });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.oneof(row, fc.jsonValue())), (other, rows) => {
        const value = { ...other, rows };
        expect([...jsonChunks(value, ["rows", "cells"])].join("")).toBe(plain(value));
      }),
      { numRuns: 300 },
    );
  });

  test("the elements come one by one", () => {
    expect([...jsonChunks({ rows: [1, 2, 3] }, "rows")].length).toBe(9);
  });
});

describe("the build's comparison files are the library's, piece by piece", () => {
  test.each([["small"], ["gold"]])("%s documents", (name) => {
    const docs = name === "small" ? small() : gold();
    const whole = new Map(comparisonOutputs(docs));
    const files = [...comparisonFiles(docs)];
    expect(files.map(([file]) => file)).toEqual([...whole.keys()]);
    for (const [file, content] of files) expect(typeof content === "string" ? content : [...content].join(""), file).toBe(whole.get(file));
  });
});
