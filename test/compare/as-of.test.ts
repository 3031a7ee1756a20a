// compare --as-of: columns are the provinces of a day; after the merger of 1 July 2025 a
// merged province's documents are cells of the province it became part of, and each
// figure says whose document it comes from. Before that day, nothing changes.
import { describe, expect, it } from "vitest";
import { compare, rowKey } from "../../src/compare/index.js";
import { renderCsv, renderHtml, renderJson, renderMarkdown, renderTable } from "../../src/report/index.js";
import { ComparisonJsonSchema } from "../../src/schema/comparison.js";
import { gold, small } from "./helpers.js";

describe("compare grouped by today's provinces", () => {
  const c = compare(small(), { asOf: "2025-07-01" });

  it("makes a column of each province today, naming the provinces its documents name", () => {
    expect(c.asOf).toBe("2025-07-01");
    expect(c.provinces).toEqual([
      {
        slug: "lao-cai",
        name: "Lào Cai",
        paths: ["lao-cai.txt", "yen-bai.txt"],
        from: [
          { slug: "lao-cai", name: "Lào Cai" },
          { slug: "yen-bai", name: "Yên Bái" },
        ],
        references: ["749/QĐ-TTg"],
      },
      { slug: "tuyen-quang", name: "Tuyên Quang", paths: ["ha-giang.txt"], from: [{ slug: "ha-giang", name: "Hà Giang" }], references: ["749/QĐ-TTg"] },
    ]);
  });

  it("shows in each cell whose document a figure comes from, the namesake's first", () => {
    const row = c.rows.find((r) => r.key === rowKey("work_records_online", "province", 2025))!;
    const laoCai = row.cells.find((x) => x.province === "lao-cai")!;
    expect(laoCai.targets.map((t) => [t.from.slug, t.label])).toEqual([
      ["lao-cai", "90%"],
      ["lao-cai", "90%"],
      ["yen-bai", "≥ 90%"],
    ]);
    expect(laoCai.label).toBe("90% / ≥ 90% (Yên Bái)");
    // two predecessors that differ are not a conflict; the headline is the namesake's
    expect(laoCai.conflict).toBe(false);
    expect(laoCai.headline.from.slug).toBe("lao-cai");
    expect(row.cells.find((x) => x.province === "tuyen-quang")!.label).toBe("> 90% (Hà Giang)");
  });

  it("keeps a conflict within one predecessor's document a conflict", () => {
    const row = c.rows.find((r) => r.key === rowKey("shared_databases", null, 2025))!;
    expect(row.cells.map((x) => [x.province, x.label, x.conflict])).toEqual([["tuyen-quang", "100% (Hà Giang) / > 80% (Hà Giang)", true]]);
  });

  it("ranks and marks the columns by their headline figures", () => {
    const row = c.rows.find((r) => r.key === rowKey("digital_economy_grdp", null, 2025))!;
    expect(row.cells.map((x) => [x.province, x.label, x.highest, x.lowest, x.national])).toEqual([
      ["lao-cai", "≥ 25% / 20% (Yên Bái)", true, false, "above"],
      ["tuyen-quang", "~ 20% (Hà Giang)", false, true, "equal"],
    ]);
  });

  it("says so in every format", () => {
    const note = "provinces as of 2025-07-01 (Nghị quyết 202/2025/QH15, 12/6/2025)";
    expect(renderTable(c, { width: 200 }).split("\n")[1]).toContain(note);
    expect(renderMarkdown(c)).toContain(note);
    expect(renderHtml(c)).toContain(note);
    expect(renderCsv(c)).toMatch(/^work_records_online,.*,lao-cai,Lào Cai,≥ 90%,.*,yen-bai,Yên Bái$/m);
    const json = JSON.parse(renderJson(c));
    expect(json.asOf).toBe("2025-07-01");
    expect(ComparisonJsonSchema.safeParse(json).success).toBe(true);
  });

  it("filters by today's slugs", () => {
    const only = compare(small(), { asOf: "2025-07-01", provinces: ["tuyen-quang"] });
    expect(only.provinces.map((p) => p.slug)).toEqual(["tuyen-quang"]);
    expect(only.rows.flatMap((r) => r.cells.flatMap((x) => x.targets.map((t) => t.path)))).not.toContain("lao-cai.txt");
  });
});

describe("compare as of a day before the merger, or of none", () => {
  it.each([["2025-06-30"], ["2021-01-01"]])("as of %s gives the comparison without --as-of", (day) => {
    for (const docs of [small(), gold()]) expect(compare(docs, { asOf: day })).toEqual(compare(docs));
  });

  it("without --as-of every document is its own province's column", () => {
    expect(compare(small()).provinces.map((p) => p.slug)).toEqual(["ha-giang", "lao-cai", "yen-bai"]);
  });

  it("grouping the gold corpus, whose provinces all still exist, changes only the day", () => {
    const plain = compare(gold());
    const grouped = compare(gold(), { asOf: "2026-01-01" });
    expect(grouped.provinces.map((p) => p.slug)).toEqual(plain.provinces.map((p) => p.slug));
    expect({ ...grouped, asOf: null }).toEqual(plain);
  });
});

describe("grouping, for any provinces the documents name", () => {
  it("loses and duplicates no target, and every column is a province of today holding its predecessors' documents", async () => {
    const fc = (await import("fast-check")).default;
    const { provinces } = await import("../../grammars/provinces.js");
    const { merger, successorOf } = await import("../../src/reference/provinces.js");
    const { slugify } = await import("../../src/text/fold.js");
    const today = new Set(merger.after.map((p) => p.slug));
    const [base] = small();
    const count = (c: ReturnType<typeof compare>) => c.rows.reduce((n, r) => n + r.cells.reduce((m, x) => m + x.targets.length, 0), 0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...provinces), { minLength: 1, maxLength: 8 }), (names) => {
        const docs = names.map((name, i) => ({
          ...base,
          source: { ...base.source, path: `doc-${i}.txt` },
          province: { name, slug: slugify(name), successor: successorOf(name) },
        }));
        const plain = compare(docs, { nationalRows: false });
        const grouped = compare(docs, { asOf: "2025-07-01", nationalRows: false });
        expect(count(grouped)).toBe(count(plain));
        for (const p of grouped.provinces) expect(today.has(p.slug)).toBe(true);
        for (const row of grouped.rows)
          for (const cell of row.cells) for (const t of cell.targets) expect(successorOf(t.from.name)?.slug).toBe(cell.province);
      }),
      { numRuns: 60 },
    );
  });
});
