// writeAtomic writes a long string a chunk at a time: the file must hold exactly the
// bytes Buffer.from would give, whatever stands at the chunks' edges.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { writeAtomic } from "../src/dataset/files.js";

const dir = mkdtempSync(join(tmpdir(), "nghiquyet-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeAtomic", () => {
  test.each([
    ["a surrogate pair across the first chunk's edge", "a".repeat((1 << 20) - 1) + "😀" + "Quảng Ngãi ".repeat(150_000)],
    ["a lone high surrogate at the edge", "a".repeat((1 << 20) - 1) + "\ud83d" + "b".repeat(1 << 20)],
    ["a lone low surrogate after the edge", "a".repeat(1 << 20) + "\ude00" + "ế".repeat(1 << 20)],
    ["a short text", "Thanh Hoá 😀"],
  ])("%s: the bytes Buffer.from gives, and no temp file left", async (_, text) => {
    const path = join(dir, "out.txt");
    await writeAtomic(path, text);
    expect(readFileSync(path).equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test.each([
    ["small pieces", Array.from({ length: 5000 }, (_, i) => `Quảng Ngãi ${i} 😀\n`)],
    ["a piece larger than the buffer between small ones", ["đầu ", "ế".repeat(1_200_000) + "😀", " cuối", ""]],
    ["pieces that just fill the buffer", Array.from({ length: 7 }, () => "a".repeat((1 << 20) - 1))],
    ["no piece", []],
  ])("pieces (%s): the bytes of their text, in a folder made when missing", async (_, pieces) => {
    const path = join(dir, "pieces", `${pieces.length}.txt`);
    await writeAtomic(path, pieces.values());
    expect(readFileSync(path).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
    expect(readdirSync(join(dir, "pieces")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  test("makes the folder when it is missing", async () => {
    const path = join(dir, "new", "deep", "out.json");
    const text = "x".repeat(3 << 20);
    await writeAtomic(path, text);
    expect(readFileSync(path, "utf8")).toBe(text);
  });
});
