import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeComparisonOutputs } from "../../src/compare/index.js";
import { small } from "./helpers.js";

const dirs: string[] = [];
const tmp = async () => {
  const d = await mkdtemp(join(tmpdir(), "nghiquyet-compare-"));
  dirs.push(d);
  return d;
};
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("writeComparisonOutputs", () => {
  it("writes comparison.json, its schema, comparison.csv and report.html and returns their paths", async () => {
    const out = join(await tmp(), "nested", "out");
    const written = await writeComparisonOutputs(small(), out);
    expect(written).toEqual([join(out, "comparison.json"), join(out, "comparison.schema.json"), join(out, "comparison.csv"), join(out, "report.html")]);

    const json = JSON.parse(await readFile(written[0], "utf8"));
    expect(json.format).toBe("nghiquyet-comparison");
    expect(json.national.citation).toBe("Quyết định 749/QĐ-TTg, 03/6/2020");
    expect(json.provinces.map((p: { slug: string }) => p.slug)).toEqual(["ha-giang", "lao-cai", "yen-bai"]);
    const row = json.rows.find((r: { key: string }) => r.key === "digital_economy_grdp|-|2025");
    expect(row.national).toMatchObject({ value: 20, comparator: "eq", label: "20%" });
    expect(row.cells[0]).toMatchObject({ province: "ha-giang", label: "~ 20%", lowest: true, national: "equal" });
    expect(row.cells[0].targets[0]).toEqual({
      targetId: "ha-giang-3",
      path: "ha-giang.txt",
      citation: "ha-giang.txt:12",
      value: 20,
      max: null,
      unit: "percent",
      comparator: "approx",
      label: "~ 20%",
      literal: "20%",
      quote: "Kinh tế số chiếm khoảng 20% GRDP",
      section: "II",
      position: { start: { line: 12, column: 3, offset: 1202 }, end: { line: 12, column: 6, offset: 1205 } },
      from: { slug: "ha-giang", name: "Hà Giang" },
      reference: "749/QĐ-TTg",
    });
    // the order of the fields is the file's, key by key (written as compare made them)
    expect(Object.keys(row.cells[0].targets[0])).toEqual([
      "targetId",
      "path",
      "citation",
      "value",
      "max",
      "unit",
      "comparator",
      "label",
      "literal",
      "quote",
      "section",
      "position",
      "from",
      "reference",
    ]);

    const schema = JSON.parse(await readFile(written[1], "utf8"));
    expect(schema.$id).toBe("urn:nghiquyet:schema:comparison:1");

    const csv = (await readFile(written[2], "utf8")).split("\n");
    expect(csv[0].split(",").slice(0, 8)).toEqual(["indicator", "indicator_vi", "indicator_en", "scope", "year", "unit", "province", "province_name"]);
    // a province line per target the cell cites, then the national figure
    const cells = csv.filter((l) => l.startsWith("work_records_online,") && l.includes(",province,2025,")).map((l) => l.split(",").slice(6, 9).join(" "));
    expect([...new Set(cells)]).toEqual(["ha-giang Hà Giang > 90%", "lao-cai Lào Cai 90%", "yen-bai Yên Bái ≥ 90%", "national Quyết định 749/QĐ-TTg 90%"]);

    const html = await readFile(written[3], "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
  });

  it("is deterministic: same documents (in any order), same bytes", async () => {
    const a = await writeComparisonOutputs(small(), await tmp());
    const b = await writeComparisonOutputs([...small()].reverse(), await tmp());
    for (let i = 0; i < a.length; i++) expect(await readFile(b[i])).toEqual(await readFile(a[i]));
  });
});
