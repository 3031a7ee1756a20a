// A comparison made an indicator at a time, its cells in memory or in files, is the
// comparison made whole; the spill's files give back what was put in them, byte for byte.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { compare, comparing, type CellStore } from "../../src/compare/rows.js";
import { cellsWithin, SpillFiles, spilledCells } from "../../src/compare/spill.js";
import { jsonArray, jsonChunks } from "../../src/report/json-stream.js";
import { csvOfRows, renderCsv } from "../../src/report/csv.js";
import { jsonOfRows, renderJson } from "../../src/report/json.js";
import type { Document } from "../../src/schema/document.js";
import { gold, small } from "./helpers.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nghiquyet-spill-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function byGroups(docs: Document[], cells?: CellStore) {
  const c = comparing({}, cells);
  for (const doc of [...docs].sort((a, b) => (a.source.path < b.source.path ? -1 : 1))) c.add(doc);
  return { head: c.head(), indicators: c.indicators(), groups: [...c.groups()] };
}

describe("a comparison an indicator at a time", () => {
  test("its groups, one per indicator in the rows' order, are the rows of `compare`", () => {
    for (const docs of [small(), gold(), [...small(), ...gold()]]) {
      const whole = compare(docs);
      const { head, indicators, groups } = byGroups(docs);
      expect(groups.flat()).toEqual(whole.rows);
      expect(groups.map((rows) => rows[0].indicator)).toEqual(indicators);
      for (const rows of groups) expect(new Set(rows.map((r) => r.indicator)).size).toBe(1);
      const { rows: _rows, ...rest } = whole;
      expect(head).toEqual(rest);
    }
  });

  test("its cells in files, or in memory up to a few, give the same rows", () => {
    const docs = [...small(), ...gold()];
    const rows = compare(docs).rows;
    for (const limit of [0, 1, 7, 100_000]) {
      const spill = new SpillFiles(dir);
      const cells = cellsWithin(limit, spill);
      expect(byGroups(docs, cells).groups.flat()).toEqual(rows);
      expect(cells.spilled).toBe(limit < 100_000);
      spill.close();
    }
    const spill = new SpillFiles(dir);
    expect(byGroups(docs, spilledCells(spill)).groups.flat()).toEqual(rows);
    // every file of cells is read, then gone
    expect(readdirSync(dir)).toEqual([]);
  });

  test("comparison.json and comparison.csv made a row at a time are the whole ones", () => {
    const whole = compare(gold());
    const json = jsonOfRows(whole);
    let text = json.head;
    for (const row of whole.rows) for (const piece of json.row(row)) text += piece;
    expect(text + json.tail()).toBe(renderJson(whole));
    const csv = csvOfRows(whole);
    expect([csv.head, ...whole.rows.flatMap((r) => csv.row(r))].join("\n") + "\n").toBe(renderCsv(whole));
    const empty = { ...whole, rows: [] };
    const none = jsonOfRows(empty);
    expect(none.head + none.tail()).toBe(renderJson(empty));
  });
});

describe("jsonArray", () => {
  test("its head, elements and tail are jsonChunks' text, for any JSON value", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()), (other, rows) => {
        const value = { ...other, rows };
        const array = jsonArray(value, ["rows"]);
        let text = array.head;
        for (const row of rows) for (const piece of array.item(row)) text += piece;
        expect(text + array.tail() + "\n").toBe([...jsonChunks(value, "rows")].join(""));
      }),
      { numRuns: 200 },
    );
  });
});

describe("SpillFiles", () => {
  test("gives back each file's text whole, by range, or as a file, whatever was appended", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.string({ unit: "binary", maxLength: 40_000 })), { maxLength: 12 }), (appends) => {
        const spill = new SpillFiles(dir);
        const whole = new Map<string, string>();
        const ranges: Array<[string, { start: number; length: number }, string]> = [];
        for (const [key, text] of appends) {
          ranges.push([key, spill.append(key, text), text]);
          whole.set(key, (whole.get(key) ?? "") + text);
        }
        for (const [key, range, text] of ranges) expect(spill.slice(key, range)).toBe(text);
        expect(spill.text("a")).toBe(whole.get("a") ?? "");
        expect(spill.bytes("b").toString("utf8")).toBe(whole.get("b") ?? "");
        const file = spill.file("c");
        expect(file === null ? "" : readFileSync(file, "utf8")).toBe(whole.get("c") ?? "");
        if (file) rmSync(file);
        spill.close();
        expect(readdirSync(dir)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test("a piece larger than what it encodes at once, and many small ones across its flushes", () => {
    const spill = new SpillFiles(dir);
    const large = "Nghị quyết ".repeat(200_000);
    const small = Array.from({ length: 30_000 }, (_, i) => `dòng ${i}: chuyển đổi số 😀\n`);
    spill.append("x", large);
    for (const line of small) spill.append("x", line);
    expect(spill.text("x")).toBe(large + small.join(""));
  });
});
