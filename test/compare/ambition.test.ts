import { describe, expect, it } from "vitest";
import { bound, compareAmbition, direction } from "../../src/compare/ambition.js";
import type { Comparator, Unit } from "../../src/schema/document.js";

const t = (comparator: Comparator, value: number, unit: Unit = "percent", max: number | null = null) => ({ comparator, value, unit, max });

describe("compareAmbition", () => {
  it("> 80 beats = 80 beats ~ 80; ≥ ties with =", () => {
    expect(compareAmbition(t("gt", 80), t("eq", 80))).toBe(1);
    expect(compareAmbition(t("eq", 80), t("approx", 80))).toBe(1);
    expect(compareAmbition(t("approx", 80), t("gt", 80))).toBe(-1);
    expect(compareAmbition(t("gte", 80), t("eq", 80))).toBe(0);
    expect(compareAmbition(t("approx", 80), t("lt", 80))).toBe(1);
  });

  it("the number decides before the comparator", () => {
    expect(compareAmbition(t("approx", 85), t("gt", 80))).toBe(1);
    expect(compareAmbition(t("gt", 79), t("eq", 80))).toBe(-1);
  });

  it("for rank, lower N is more ambitious", () => {
    expect(direction("rank")).toBe("lower");
    expect(compareAmbition(t("eq", 10, "rank"), t("eq", 25, "rank"))).toBe(1);
    expect(compareAmbition(t("eq", 30, "rank"), t("eq", 10, "rank"))).toBe(-1);
  });

  it("a range counts by the end it promises at the least", () => {
    expect(bound(t("eq", 25, "percent", 30))).toBe(25);
    expect(bound(t("eq", 25, "rank", 30))).toBe(30);
    expect(compareAmbition(t("eq", 25, "percent", 30), t("eq", 26))).toBe(-1);
    expect(compareAmbition(t("eq", 25, "rank", 30), t("eq", 28, "rank"))).toBe(-1);
    expect(compareAmbition(t("eq", 25, "rank", 30), t("eq", 30, "rank"))).toBe(0);
  });

  it("different units cannot be compared", () => {
    expect(compareAmbition(t("eq", 6, "count"), t("eq", 100))).toBeNull();
  });

  it("an amount counts with its multiplier: 10 nghìn tỷ is more than 5.000 tỷ, 1,5 triệu more than 900 nghìn", () => {
    const money = (value: number, magnitude: number, currency: "VND" | "USD" = "VND") => ({ ...t("eq", value, "money"), currency, magnitude });
    expect(compareAmbition(money(10, 1e12), money(5000, 1e9))).toBe(1);
    expect(compareAmbition(money(5000, 1e9), money(10, 1e12))).toBe(-1);
    expect(compareAmbition(money(1000, 1e9), money(1, 1e12))).toBe(0);
    expect(compareAmbition({ ...t("eq", 1.5, "count"), magnitude: 1e6 }, { ...t("eq", 900, "count"), magnitude: 1e3 })).toBe(1);
    // another currency is another measure
    expect(compareAmbition(money(10, 1e9, "USD"), money(10, 1e9))).toBeNull();
  });

  it("a yearly rate or a ratio is not ranked against a level", () => {
    expect(compareAmbition({ ...t("eq", 20), rate: "per_year" }, t("eq", 30))).toBeNull();
    expect(compareAmbition({ ...t("eq", 20), rate: "per_year" }, { ...t("eq", 15), rate: "per_year" })).toBe(1);
    expect(compareAmbition({ ...t("eq", 12, "count"), per: 10000 }, t("eq", 12, "count"))).toBeNull();
  });
});
