import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nationalMark } from "../../src/compare/national.js";
import type { Comparator, Unit } from "../../src/schema/document.js";
import { nationalReference, parseReference, referenceCitation } from "../../src/schema/reference.js";
import reference from "../../src/reference/749-targets.json" with { type: "json" };

const t = (comparator: Comparator, value: number, unit: Unit = "percent", max: number | null = null) => ({ comparator, value, unit, max });

describe("national reference (Quyết định 749/QĐ-TTg)", () => {
  it("loads through the zod schema and is cited as a reader cites it", () => {
    const { reference: ref, problems } = nationalReference();
    expect(problems).toEqual([]);
    expect(ref!.targets).toHaveLength(24);
    expect(referenceCitation(ref!)).toBe("Quyết định 749/QĐ-TTg, 03/6/2020");
    expect(ref!.targets.find((x) => x.indicator === "fiber_households")).toMatchObject({ scope: "household", year: 2025, value: 80, comparator: "gt" });
  });

  it("reports an invalid reference instead of throwing", () => {
    const { reference: ref, problems } = parseReference({ decision: "749/QĐ-TTg", date: "3/6/2020", issuer: "x", title: "y", targets: [{ indicator: "a" }] });
    expect(ref).toBeNull();
    expect(problems.map((p) => p.reason)).toContainEqual(expect.stringContaining("date"));
    expect(problems.every((p) => p.ruleId === "reference-invalid")).toBe(true);
  });

  it("is a faithful copy of shared/national/749-targets.json", () => {
    const shared = new URL("../../../shared/national/749-targets.json", import.meta.url);
    if (!existsSync(shared)) return;
    expect(reference).toEqual(JSON.parse(readFileSync(shared, "utf8")));
  });
});

describe("nationalMark semantics", () => {
  it.each([
    ["> 80% vs 80%", t("gt", 80), t("eq", 80), "above"],
    ["≥ 80% vs 80%", t("gte", 80), t("eq", 80), "equal"],
    ["80% vs 80%", t("eq", 80), t("eq", 80), "equal"],
    ["~ 80% vs 80%", t("approx", 80), t("eq", 80), "equal"],
    ["~ 80% vs > 80%", t("approx", 80), t("gt", 80), "below"],
    ["≥ 80% vs > 80%", t("gte", 80), t("gt", 80), "below"],
    ["> 80% vs > 80%", t("gt", 80), t("gt", 80), "equal"],
    ["> 80% vs ~ 80%", t("gt", 80), t("approx", 80), "above"],
    ["< 80% vs 80%", t("lt", 80), t("eq", 80), "below"],
    ["~ 85% vs 80%", t("approx", 85), t("eq", 80), "above"],
    ["79% vs ≥ 80%", t("eq", 79), t("gte", 80), "below"],
    ["top 10 vs top 70", t("eq", 10, "rank"), t("eq", 70, "rank"), "above"],
    ["top 25–30 vs top 30", t("eq", 25, "rank", 30), t("eq", 30, "rank"), "equal"],
  ] as const)("%s → %s", (_name, province, national, expected) => {
    expect(nationalMark(province, national)).toBe(expected);
  });

  it("gives no mark across units", () => {
    expect(nationalMark(t("eq", 6, "count"), t("eq", 100))).toBeNull();
  });
});
