import { describe, expect, it } from "vitest";
import { citation, formatFigure, formatNumber } from "../../src/compare/format.js";
import type { Comparator, Unit } from "../../src/schema/document.js";

const f = (comparator: Comparator, value: number, unit: Unit = "percent", max: number | null = null) => formatFigure({ comparator, value, unit, max });

describe("formatFigure: the cell label as a reader writes it", () => {
  it.each([
    [f("gte", 80), "≥ 80%"],
    [f("gt", 90), "> 90%"],
    [f("approx", 20), "~ 20%"],
    [f("lte", 5), "≤ 5%"],
    [f("lt", 5), "< 5%"],
    [f("eq", 80), "80%"],
    [f("eq", 25, "percent", 30), "25–30%"],
    [f("eq", 25, "count", 30), "25–30"],
    [f("gte", 1, "count", 2), "≥ 1–2"],
    [f("eq", 10, "rank"), "top 10"],
    [f("eq", 25, "rank", 30), "top 25–30"],
    [f("gt", 3000, "count"), "> 3000"],
    [f("gte", 0.5), "≥ 0.5%"],
    [f("gte", 9.6), "≥ 9.6%"],
    [f("eq", 100, "percent", 100), "100%"],
  ])("%s", (label, expected) => {
    expect(label).toBe(expected);
  });

  it.each([
    [formatFigure({ comparator: "eq", value: 10000, max: null, unit: "money", currency: "VND", magnitude: 1e9 }), "10000 tỷ VND"],
    [formatFigure({ comparator: "gte", value: 500, max: null, unit: "money", currency: "USD", magnitude: 1e6 }), "≥ 500 triệu USD"],
    [formatFigure({ comparator: "gt", value: 0.7, max: null, unit: "index" }), "> 0.7"],
    [formatFigure({ comparator: "eq", value: 10, max: null, unit: "percent", rate: "per_year" }), "10%/năm"],
    [formatFigure({ comparator: "eq", value: 16, max: 18, unit: "percent", rate: "per_year" }), "16–18%/năm"],
    [formatFigure({ comparator: "eq", value: 12, max: null, unit: "count", per: 10000 }), "12/10000"],
    [formatFigure({ comparator: "eq", value: 1.5, max: null, unit: "count", magnitude: 1e6, rate: null, per: null, currency: null }), "1.5 triệu"],
  ])("a figure of schema 2: %s", (label, expected) => {
    expect(label).toBe(expected);
  });

  it("writes decimals without float noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(8.1)).toBe("8.1");
  });

  it("cites file and start line", () => {
    expect(citation("nghe-an.txt", 48)).toBe("nghe-an.txt:48");
  });
});
