// A document cannot write outside --out: its file name is a slug of its corpus name,
// whatever that name holds ("../", "/", "\", NUL, a drive letter, only punctuation).
import fc from "fast-check";
import { basename, dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { documentPath, OutputNames } from "../../src/dataset/files.js";

const OUT = resolve("/tmp/nghiquyet-out");
const DOCUMENTS = join(OUT, "documents");

function inside(path: string): void {
  expect(dirname(path)).toBe(DOCUMENTS);
  expect(basename(path)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.json$/);
}

describe("document paths", () => {
  test.each([
    ["../../etc/passwd.txt", "etc-passwd.json"],
    ["/etc/cron.d/x.txt", "etc-cron-d-x.json"],
    ["..\\..\\windows\\system32.txt", "windows-system32.json"],
    ["C:\\Users\\a.txt", "c-users-a.json"],
    ["a\u0000b.txt", "a-b.json"],
    ["..", "document.json"],
    ["....txt", "document.json"],
    ["Thanh Hoá.txt", "thanh-hoa.json"],
  ])("%j → documents/%s", (source, name) => {
    const path = documentPath(OUT, source);
    inside(path);
    expect(basename(path)).toBe(name);
  });

  test("any name at all stays in documents/", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.constantFrom("", "../", "/", "..\\", "./../../"), (name, prefix) => {
        inside(documentPath(OUT, prefix + name));
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });

  test("names that slug alike get numbered paths, never the same one", () => {
    const names = new OutputNames(OUT);
    const paths = ["a b.txt", "a-b.txt", "A B.txt", "../a b.txt"].map((n) => names.assign(n).path);
    for (const p of paths) inside(p);
    expect(new Set(paths).size).toBe(4);
    expect(paths.map((p) => basename(p))).toEqual(["a-b.json", "a-b-2.json", "a-b-3.json", "a-b-4.json"]);
  });
});
