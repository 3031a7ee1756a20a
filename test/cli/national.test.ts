// The CLI around the 2025 merger: `provinces` lists the 63 old and 34 new with their
// successor; `compare --as-of DAY` and `--current` group by today's provinces.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { cli } from "./helpers.js";
import { small } from "../compare/helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "nghiquyet-national-"));
const docs = join(dir, "documents");
writeFileSync(join(dir, ".keep"), "");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
{
  const { mkdirSync } = await import("node:fs");
  mkdirSync(docs);
  for (const doc of small()) writeFileSync(join(docs, `${doc.province!.slug}.json`), JSON.stringify(doc));
}

describe("nghiquyet provinces", () => {
  test("lists every province with the one it is part of today: 34 today, the others until the eve of their change", async () => {
    const rows = JSON.parse((await cli(ROOT, "provinces", "--format", "json")).stdout) as Array<Record<string, string>>;
    expect(rows.filter((r) => r.today === "yes")).toHaveLength(34);
    expect(new Set(rows.map((r) => r.successor_slug)).size).toBe(34);
    expect(rows.find((r) => r.slug === "ha-giang")).toEqual({ slug: "ha-giang", name: "Hà Giang", today: "no", until: "2025-06-30", successor: "Tuyên Quang", successor_slug: "tuyen-quang" });
    expect(rows.find((r) => r.slug === "thua-thien-hue")).toMatchObject({ today: "no", until: "2024-12-31", successor: "Huế" });
    const table = (await cli(ROOT, "provinces")).stdout.split("\n");
    expect(table[0]).toMatch(/^slug +name +today +until +successor +successor_slug$/);
    expect(table).toContainEqual(expect.stringMatching(/^yen-bai +Yên Bái +no +2025-06-30 +Lào Cai +lao-cai$/));
  });
});

describe("nghiquyet compare --as-of, --current", () => {
  test("--current groups by today's provinces; --as-of 2025-07-01 says the same", async () => {
    const current = await cli(ROOT, "compare", "--docs", docs, "--current", "--format", "json");
    expect(current.code).toBe(0);
    const json = JSON.parse(current.stdout);
    expect(json.asOf).toBe("2025-07-01");
    expect(json.provinces.map((p: { slug: string }) => p.slug)).toEqual(["lao-cai", "tuyen-quang"]);
    expect((await cli(ROOT, "compare", "--docs", docs, "--as-of", "2025-07-01", "--format", "json")).stdout).toBe(current.stdout);
    const table = (await cli(ROOT, "compare", "--docs", docs, "--current", "--width", "120")).stdout;
    expect(table).toMatch(/Lào Cai +Tuyên Quang +National/);
    expect(table).toContain("> 90% (Hà Giang)");
  });

  test("before the merger, or without the option, the output is the same bytes", async () => {
    for (const format of ["table", "md", "csv", "json", "html"]) {
      const plain = await cli(ROOT, "compare", "--docs", docs, "--format", format, "--width", "100");
      const before = await cli(ROOT, "compare", "--docs", docs, "--format", format, "--width", "100", "--as-of", "2025-06-30");
      expect(before.stdout).toBe(plain.stdout);
    }
  });

  test.each([
    [["--as-of", "2025-13-01"], /--as-of expects a day as YYYY-MM-DD \(e\.g\. 2025-07-01\), got '2025-13-01'/],
    [["--as-of", "1/7/2025"], /--as-of expects a day as YYYY-MM-DD/],
    [["--as-of", "2025-07-01", "--current"], /--as-of and --current say the same thing twice/],
    [["--current", "--province", "ha-giang"], /--province 'ha-giang' is part of 'tuyen-quang' as of 2025-07-01; give --province tuyen-quang/],
    [["--current", "--province", "atlantis"], /unknown --province 'atlantis'; known: lao-cai, tuyen-quang/],
  ])("bad usage %j exits 2 and says why", async (args, message) => {
    const r = await cli(ROOT, "compare", "--docs", docs, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  test("--current --province takes today's slug", async () => {
    const r = await cli(ROOT, "compare", "--docs", docs, "--current", "--province", "tuyen-quang", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).provinces.map((p: { from: Array<{ slug: string }> }) => p.from.map((f) => f.slug))).toEqual([["ha-giang"]]);
  });
});
