import { describe, expect, it } from "vitest";
import { compare, provinceSlug, rowKey } from "../../src/compare/rows.js";
import type { Comparison, Row } from "../../src/compare/types.js";
import type { Document } from "../../src/schema/document.js";
import { gold, small } from "./helpers.js";
import { extract } from "../../src/pipeline.js";

const row = (c: Comparison, key: string): Row => {
  const r = c.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};
const cell = (r: Row, slug: string) => r.cells.find((c) => c.province === slug);

describe("compare: rows of indicator × scope × year, one cell per province", () => {
  const c = compare(small());

  it("lists the provinces by slug, with their names and documents", () => {
    expect(c.provinces.map(({ slug, name, paths, from, references }) => ({ slug, name, paths, from, references }))).toEqual([
      { slug: "ha-giang", name: "Hà Giang", paths: ["ha-giang.txt"], from: [{ slug: "ha-giang", name: "Hà Giang" }], references: ["749/QĐ-TTg"] },
      { slug: "lao-cai", name: "Lào Cai", paths: ["lao-cai.txt"], from: [{ slug: "lao-cai", name: "Lào Cai" }], references: ["749/QĐ-TTg"] },
      { slug: "yen-bai", name: "Yên Bái", paths: ["yen-bai.txt"], from: [{ slug: "yen-bai", name: "Yên Bái" }], references: ["749/QĐ-TTg"] },
    ]);
    expect(c.asOf).toBeNull();
    expect(c.references.map((r) => [r.id, r.generation, r.citation, r.provinces])).toEqual([
      ["749/QĐ-TTg", "2021-2025", "Quyết định 749/QĐ-TTg, 03/6/2020", ["ha-giang", "lao-cai", "yen-bai"]],
    ]);
    const [hg] = small();
    expect(c.provinces[0].documents).toEqual([
      {
        path: "ha-giang.txt",
        sha256: hg.source.sha256,
        kind: "party_resolution",
        number: hg.meta.number,
        date: hg.meta.date,
        issuer: hg.meta.issuer,
        signer: hg.meta.signer,
        title: hg.meta.title,
        targets: hg.targets.length,
        bodies: hg.bodies.length,
        copies: [],
      },
    ]);
    expect(c.national?.citation).toBe("Quyết định 749/QĐ-TTg, 03/6/2020");
    expect(c.problems).toEqual([]);
  });

  it("fills each cell with value, comparator, unit, label, path, quote, citation and position", () => {
    const r = row(c, "work_records_online|province|2025");
    expect(r.label).toEqual({ vi: "Hồ sơ công việc xử lý trên mạng", en: "Work files processed online" });
    expect(r.scopeLabel?.vi).toBe("cấp tỉnh");
    expect(r.unit).toBe("percent");
    expect(cell(r, "ha-giang")?.targets).toEqual([
      {
        targetId: "ha-giang-2",
        value: 90,
        max: null,
        unit: "percent",
        comparator: "gt",
        literal: "90%",
        label: "> 90%",
        path: "ha-giang.txt",
        citation: "ha-giang.txt:10",
        quote: "Trên 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng",
        position: { start: { line: 10, column: 3, offset: 1002 }, end: { line: 10, column: 6, offset: 1005 } },
        section: "II",
        from: { slug: "ha-giang", name: "Hà Giang" },
        reference: "749/QĐ-TTg",
      },
    ]);
    expect(r.cells.map((x) => [x.province, x.label])).toEqual([
      ["ha-giang", "> 90%"],
      ["lao-cai", "90%"],
      ["yen-bai", "≥ 90%"],
    ]);
  });

  it("marks the most and least ambitious: > beats = and ≥ (which tie)", () => {
    const r = row(c, "work_records_online|province|2025");
    expect(r.highest).toEqual(["ha-giang"]);
    expect(r.lowest).toEqual(["lao-cai", "yen-bai"]);
    expect(r.national?.label).toBe("90%");
    expect(r.cells.map((x) => x.national)).toEqual(["above", "equal", "equal"]);
  });

  it("ranks ~ below = and compares numbers first", () => {
    const r = row(c, "digital_economy_grdp|-|2025");
    expect(r.cells.map((x) => x.label)).toEqual(["~ 20%", "≥ 25%", "20%"]);
    expect(r.highest).toEqual(["lao-cai"]);
    expect(r.lowest).toEqual(["ha-giang"]);
    expect(r.cells.map((x) => x.national)).toEqual(["equal", "above", "equal"]);
  });

  it("ranks top-N by lower N, a range by its high end", () => {
    const r = row(c, "dti_rank|-|2025");
    expect(r.unit).toBe("rank");
    expect(r.cells.map((x) => x.label)).toEqual(["top 25–30", "top 10"]);
    expect(r.highest).toEqual(["lao-cai"]);
    expect(r.lowest).toEqual(["ha-giang"]);
    expect(r.missing).toEqual(["yen-bai"]);
    expect(r.national).toBeNull();
  });

  it("gives targets that count different things rows of their own: national databases, other databases", () => {
    expect(c.rows.filter((r) => r.indicator === "shared_databases").map((r) => [r.key, r.measureLabel?.en ?? null, r.cells.map((x) => x.label)])).toEqual([
      ["shared_databases|-|2025|database", "databases", ["> 80%"]],
      ["shared_databases|-|2025|database:national", "national databases", ["100%"]],
    ]);
    expect(row(c, "shared_databases|-|2025|database:national").national?.label).toBe("100%");
    expect(c.rows.some((r) => r.conflicts.length > 0)).toBe(false);
  });

  it("shows both values of a conflict (one document, one measure, two values) and cites both", () => {
    const [hg, ...rest] = small();
    const first = hg.targets.find((t) => t.indicator === "work_records_online" && t.scope === "province")!;
    const again = { ...first, id: "again", value: 95, position: { start: { ...first.position.start, line: 30, offset: first.position.start.offset + 500 }, end: first.position.end } };
    const c = compare([{ ...hg, targets: [...hg.targets, again] }, ...rest]);
    const r = row(c, "work_records_online|province|2025");
    const cellHg = cell(r, "ha-giang")!;
    expect(cellHg.conflict).toBe(true);
    expect(cellHg.sequence).toBe(false);
    expect(cellHg.label).toBe("> 90% / > 95%");
    expect(cellHg.documents).toEqual([{ path: "ha-giang.txt", kind: "party_resolution", number: hg.meta.number, date: hg.meta.date, label: "> 90% / > 95%" }]);
    expect(cellHg.targets.map((t) => t.citation)).toEqual(["ha-giang.txt:10", "ha-giang.txt:30"]);
    expect(cellHg.headline.label).toBe("> 90%");
    expect(r.conflicts).toEqual(["ha-giang"]);
  });

  it("a value stated twice the same way is not a conflict, but keeps both citations", () => {
    const lc = cell(row(c, "work_records_online|province|2025"), "lao-cai")!;
    expect(lc.conflict).toBe(false);
    expect(lc.targets.map((t) => t.citation)).toEqual(["lao-cai.txt:8", "lao-cai.txt:40"]);
  });

  it("against the national > 50%: > equals, ≥ and ~ are below", () => {
    const r = row(c, "payment_accounts|-|2025");
    expect(r.national?.label).toBe("> 50%");
    expect(r.cells.map((x) => [x.province, x.label, x.national])).toEqual([
      ["ha-giang", "≥ 50%", "below"],
      ["lao-cai", "> 50%", "equal"],
      ["yen-bai", "~ 50%", "below"],
    ]);
    expect(r.highest).toEqual(["lao-cai"]);
    expect(r.lowest).toEqual(["yen-bai"]);
  });

  it("keeps cells of another unit out of ranking and national marks", () => {
    const r = row(c, "units_transformed|district|2025");
    expect(r.unit).toBe("percent");
    expect(cell(r, "lao-cai")).toMatchObject({ label: "≥ 6", comparable: false, highest: false, lowest: false });
    expect(cell(r, "yen-bai")).toMatchObject({ label: "100%", comparable: true });
    expect(r.highest).toEqual([]);
  });

  it("a single province is neither highest nor lowest; yearly targets have year null", () => {
    const r = row(c, "digital_budget_share|province|-");
    expect(r.year).toBeNull();
    expect(r.yearLabel).toEqual({ vi: "hằng năm", en: "yearly" });
    expect(r.cells).toHaveLength(1);
    expect(r.highest).toEqual([]);
    expect(r.lowest).toEqual([]);
  });

  it("shows an other:<slug> id by its slug", () => {
    expect(row(c, "other:xss_probe|-|2025").label).toEqual({ vi: "xss_probe", en: "xss_probe" });
    expect(row(c, "other:egdi_rank|-|2030").national?.label).toBe("top 50");
  });

  it("lists rows only the national reference sets, every province missing", () => {
    const r = row(c, "productivity_growth|-|2030");
    expect(r.cells).toEqual([]);
    expect(r.missing).toEqual(["ha-giang", "lao-cai", "yen-bai"]);
    expect(r.national?.label).toBe("≥ 8%");
    expect(compare(small(), { nationalRows: false }).rows.some((x) => x.cells.length === 0)).toBe(false);
  });

  it("sorts rows by indicator (taxonomy order), scope (none, province … household), year (null last)", () => {
    const keys = c.rows.map((r) => r.key);
    expect(keys.slice(0, 8)).toEqual([
      "online_services_full|-|2025",
      "online_services_full|-|2030",
      "work_records_online|province|2025",
      "work_records_online|province|2030",
      "work_records_online|district|2025",
      "work_records_online|district|2030",
      "work_records_online|commune|2025",
      "work_records_online|commune|2030",
    ]);
    expect(keys.slice(-3)).toEqual(["other:egdi_rank|-|2025", "other:egdi_rank|-|2030", "other:xss_probe|-|2025"]);
    expect(keys.indexOf("dti_rank|-|2025")).toBeLessThan(keys.indexOf("digital_budget_share|province|-"));
    expect(keys.indexOf("digital_budget_share|province|-")).toBeLessThan(keys.indexOf("digital_economy_grdp|-|2025"));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is deterministic whatever the order of the documents", () => {
    const docs = small();
    expect(JSON.stringify(compare([...docs].reverse()))).toBe(JSON.stringify(compare(docs)));
  });
});

describe("compare: filters", () => {
  it("filters provinces (columns), ranking only among them", () => {
    const c = compare(small(), { provinces: ["yen-bai", "lao-cai"] });
    expect(c.provinces.map((p) => p.slug)).toEqual(["lao-cai", "yen-bai"]);
    const r = c.rows.find((x) => x.key === "work_records_online|province|2025")!;
    expect(r.cells.map((x) => x.province)).toEqual(["lao-cai", "yen-bai"]);
    expect(r.highest).toEqual([]);
    expect(c.rows.some((x) => x.indicator === "other:xss_probe")).toBe(false);
  });

  it("filters indicators and years", () => {
    const c = compare(small(), { indicators: ["digital_economy_grdp", "payment_accounts"], years: [2030] });
    expect(c.rows.map((r) => r.key)).toEqual(["digital_economy_grdp|-|2030", "payment_accounts|-|2030"]);
    const yearly = compare(small(), { years: [null] });
    expect(yearly.rows.map((r) => r.key)).toEqual(["digital_budget_share|province|-"]);
  });

  it("reports unknown provinces and indicators instead of throwing", () => {
    const c = compare(small(), { provinces: ["atlantis"], indicators: ["no_such_thing"] });
    expect(c.provinces).toEqual([]);
    expect(c.rows).toEqual([]);
    expect(c.problems.map((p) => [p.severity, p.ruleId, p.reason])).toEqual([
      ["warning", "compare-unknown-province", "no document for province 'atlantis'"],
      ["warning", "compare-unknown-indicator", "no target and no label for indicator 'no_such_thing'"],
    ]);
  });

  it("compares without a national reference when told so", () => {
    const c = compare(small(), { reference: null });
    expect(c.national).toBeNull();
    expect(c.rows.every((r) => r.national === null && r.cells.every((x) => x.national === null))).toBe(true);
  });
});

describe("compare: provinces", () => {
  it("leaves out a document without a province, or that is not a resolution, and says so", () => {
    const [doc] = small();
    const anon: Document = { ...doc, province: { name: null, slug: null, successor: null }, source: { ...doc.source, path: "sub/english.txt" } };
    expect(provinceSlug(anon)).toBe("english");
    const notResolution: Document = {
      ...doc,
      source: { ...doc.source, path: "notes.txt" },
      messages: [{ reason: "no title", ruleId: "not-a-resolution", severity: "error", source: "nghiquyet", place: null }],
    };
    const c = compare([anon, notResolution, doc]);
    expect(c.provinces.map((p) => p.slug)).toEqual([doc.province!.slug]);
    expect(c.problems.filter((p) => p.ruleId === "compare-not-a-province")).toEqual([
      { file: "notes.txt", severity: "warning", reason: "not compared: not a resolution", ruleId: "compare-not-a-province" },
      { file: "sub/english.txt", severity: "warning", reason: "not compared: no province named in the title", ruleId: "compare-not-a-province" },
    ]);
  });

  it("shows two documents of one province as a sequence, in the order they were issued, not as a conflict", () => {
    const [undated] = small();
    const doc: Document = { ...undated, meta: { ...undated.meta, date: "2021-06-01" } };
    const plan: Document = {
      ...doc,
      source: { ...doc.source, path: "a-plan.txt", sha256: "f".repeat(64) },
      meta: { ...doc.meta, number: "12/KH-UBND", date: "2022-03-01", kind: "plan" } as Document["meta"],
      targets: doc.targets.slice(1, 2).map((t) => ({ ...t, id: "x", value: 95 })),
    };
    const c = compare([plan, doc]);
    expect(c.provinces.map((p) => [p.slug, p.paths, p.documents.map((d) => [d.path, d.kind, d.number, d.date])])).toEqual([
      ["ha-giang", ["a-plan.txt", "ha-giang.txt"], [["ha-giang.txt", "party_resolution", doc.meta.number, "2021-06-01"], ["a-plan.txt", "plan", "12/KH-UBND", "2022-03-01"]]],
    ]);
    const x = c.rows.find((r) => r.key === rowKey("work_records_online", "province", 2025))!.cells[0];
    expect(x.label).toBe("> 90% → > 95%");
    expect([x.sequence, x.conflict]).toEqual([true, false]);
    expect(x.documents.map((d) => [d.path, d.kind, d.label])).toEqual([["ha-giang.txt", "party_resolution", "> 90%"], ["a-plan.txt", "plan", "> 95%"]]);
    expect(x.targets.map((t) => t.citation)).toEqual(["ha-giang.txt:10", "a-plan.txt:10"]);
    // the latest document's figure ranks the province
    expect(x.headline.label).toBe("> 95%");
  });

  it("never makes a province of a text that is not a resolution (an English text read by the pipeline)", () => {
    const english = extract("Digital transformation plan\n\nBy 2025, 80% of public services will be online and 50% of adults will pay electronically.\n", { path: "english.txt" }).document;
    const c = compare([english, ...small()]);
    expect(c.provinces.map((p) => p.slug)).toEqual(["ha-giang", "lao-cai", "yen-bai"]);
    expect(c.problems.map((p) => [p.file, p.ruleId])).toEqual([["english.txt", "compare-not-a-province"]]);
  });

  it("counts a copy of the same bytes once, and says so", () => {
    const [doc] = small();
    const copy: Document = { ...doc, source: { ...doc.source, path: "ha-giang-copy.txt" } };
    const c = compare([copy, doc]);
    expect(c.provinces[0].paths).toEqual(["ha-giang-copy.txt"]);
    expect(c.provinces[0].documents.map((d) => [d.path, d.copies])).toEqual([["ha-giang-copy.txt", ["ha-giang.txt"]]]);
    expect(c.rows.flatMap((r) => r.cells).every((x) => !x.sequence && !x.conflict && x.targets.every((t) => t.path === "ha-giang-copy.txt"))).toBe(true);
    expect(c.problems).toEqual([{ file: "ha-giang.txt", severity: "warning", reason: "the same file as ha-giang-copy.txt: counted once", ruleId: "compare-duplicate" }]);
  });
});

describe("compare: the gold-derived documents of the corpus", () => {
  const c = compare(gold());
  it("compares the four provinces on work files at province level, 2025", () => {
    const r = c.rows.find((x) => x.key === "work_records_online|province|2025")!;
    expect(r.cells.map((x) => [x.province, x.label, x.headline.citation, x.national])).toEqual([
      ["nghe-an", "90%", "nghe-an.txt:48", "equal"],
      ["quang-ngai", "> 90%", "quang-ngai.txt:162", "above"],
      ["tuyen-quang", "90%", "tuyen-quang.txt:48", "equal"],
    ]);
    expect(r.missing).toEqual(["thanh-hoa"]);
    expect(r.highest).toEqual(["quang-ngai"]);
    expect(r.lowest).toEqual(["nghe-an", "tuyen-quang"]);
  });

  it("sets shared against specialised databases, and schools against trainees, in rows of their own", () => {
    const rows = (indicator: string) => c.rows.filter((r) => r.indicator === indicator && r.year === 2025 && r.scope === null).map((r) => [r.measure, r.cells.map((x) => `${x.province} ${x.label}`)]);
    expect(rows("shared_databases")).toEqual([
      [null, ["thanh-hoa 100%"]],
      ["database", ["nghe-an > 80%"]],
      ["database:national", ["nghe-an 100%"]],
      ["database:shared", ["nghe-an 100%", "tuyen-quang 100%"]],
      ["database:specialised", ["tuyen-quang 80%"]],
    ]);
    expect(rows("ecommerce_training")).toEqual([
      ["school", ["nghe-an ≥ 1–2"]],
      ["turn", ["nghe-an > 3000"]],
    ]);
    expect(c.rows.filter((r) => r.conflicts.length > 0)).toEqual([]);
  });
});

describe("compare: figures of another kind in a row", () => {
  /** each of the small fixture's provinces with one productivity-growth target for 2030 */
  function growth(figures: Record<string, { value: number; rate: "per_year" | null }>): Document[] {
    return small().map((doc) => {
      const { value, rate } = figures[doc.province!.slug!];
      const base = doc.targets[0];
      const target = { ...base, id: `${doc.province!.slug!}-g`, indicator: "productivity_growth", scope: null, year: 2030, unit: "percent" as const, comparator: "gte" as const, value, max: null, rate, literal: `${value}%` };
      return { ...doc, targets: [target] };
    });
  }

  it("ranks the row's yearly rates among themselves and leaves a level among them out", () => {
    const c = compare(growth({ "ha-giang": { value: 8.1, rate: "per_year" }, "lao-cai": { value: 8, rate: "per_year" }, "yen-bai": { value: 9, rate: null } }));
    const r = row(c, rowKey("productivity_growth", null, 2030));
    expect(r.cells.map((x) => [x.province, x.comparable, x.highest, x.lowest])).toEqual([
      ["ha-giang", true, true, false],
      ["lao-cai", true, false, true],
      ["yen-bai", false, false, false],
    ]);
    expect(r.highest).toEqual(["ha-giang"]);
    expect(r.lowest).toEqual(["lao-cai"]);
  });

  it("marks them all against a reference that records no rates (749: ≥ 8% a year, written as a level)", () => {
    const c = compare(growth({ "ha-giang": { value: 8.1, rate: "per_year" }, "lao-cai": { value: 8, rate: "per_year" }, "yen-bai": { value: 7, rate: null } }));
    const r = row(c, rowKey("productivity_growth", null, 2030));
    expect(r.national).toMatchObject({ value: 8, comparator: "gte" });
    expect(r.cells.map((x) => [x.province, x.national])).toEqual([
      ["ha-giang", "above"],
      ["lao-cai", "equal"],
      ["yen-bai", "below"],
    ]);
  });
});
