// A cache record's file (src/dataset/record.ts) reads back as written, and a file cut
// short anywhere, or not a record at all, reads as no record.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { formatRecord, parseRecord, type RecordParts } from "../src/dataset/record.js";

const record: RecordParts = {
  summary: { sha256: "ab", bytes: 12, encoding: "utf-8", province: "Tỉnh Hòa Bình", targets: 2, bodies: 1 },
  messages: [{ ruleId: "duplicate-content", severity: "warning", reason: "same content as a.txt\nsecond line" } as never],
  hasDocument: true,
  csv: "id,value\nt1,90\n",
  entry: JSON.stringify({ source: { path: "a.txt" }, targets: [{ text: "đạt 90%\n" }] }),
};

describe("cache records", () => {
  test("a record reads back as written", () => {
    expect(parseRecord(formatRecord(record))).toEqual(record);
    const none = { ...record, hasDocument: false, entry: "" };
    expect(parseRecord(formatRecord(none))).toEqual(none);
  });

  test("every cut of a record's text is no record", () => {
    const text = formatRecord(record);
    for (let end = 0; end < text.length; end++) expect(parseRecord(text.slice(0, end)), `cut at ${end}`).toBeNull();
  });

  test("any text that is not a whole record is no record, and never throws", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseRecord(text);
        if (parsed !== null) expect(formatRecord(parsed)).toBe(text);
      }),
    );
    expect(parseRecord('{"csv":1,"entry":0,"hasDocument":false}\nxy')).toBeNull();
    expect(parseRecord('{"csv":1,"entry":1,"hasDocument":false}\nxy')).toBeNull();
  });
});
