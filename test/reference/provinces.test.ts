// The provinces through the 2025 merger (src/reference/provinces-2025.json): the invariants
// of Nghị quyết 202/2025/QH15 as data, and the successor of every name the pipeline reads.
import { describe, expect, test } from "vitest";
import { merger, MERGER_CITATION, MERGER_DATE, afterMerger, successorOf } from "../../src/reference/provinces.js";
import { provinces, resolveProvince } from "../../grammars/provinces.js";
import { slugify } from "../../src/text/fold.js";

const UNCHANGED = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"];

describe("the merger data", () => {
  test("cites its legal source", () => {
    expect(merger.source).toMatchObject({ number: "202/2025/QH15", issuer: "Quốc hội", date: "2025-06-12", effective: "2025-07-01" });
    expect(MERGER_CITATION).toBe("Nghị quyết 202/2025/QH15, 12/6/2025");
    expect(MERGER_DATE).toBe("2025-07-01");
  });

  test("63 units before, 34 after: 28 provinces and 6 centrally-run cities", () => {
    expect(merger.before).toHaveLength(63);
    expect(merger.after).toHaveLength(34);
    expect(merger.after.filter((p) => p.kind === "city").map((p) => p.name).sort()).toEqual(["Cần Thơ", "Đà Nẵng", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Huế"].sort());
    expect(merger.after.filter((p) => p.kind === "province")).toHaveLength(28);
    expect(merger.before.filter((p) => p.kind === "city")).toHaveLength(6);
  });

  test("every old unit is in exactly one new unit, and every predecessor is an old unit", () => {
    const counts = new Map(merger.before.map((p) => [p.name, 0]));
    for (const unit of merger.after)
      for (const old of unit.predecessors) {
        expect(counts.has(old), `${old} is not an old unit`).toBe(true);
        counts.set(old, counts.get(old)! + 1);
      }
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(merger.after.reduce((n, u) => n + u.predecessors.length, 0)).toBe(63);
  });

  test("the 11 unchanged provinces are their own successors; the 23 others are made of 2 or 3", () => {
    const alone = merger.after.filter((u) => u.predecessors.length === 1);
    expect(alone.map((u) => u.name).sort()).toEqual([...UNCHANGED].sort());
    for (const u of alone) expect(u.predecessors).toEqual([u.name]);
    const merged = merger.after.filter((u) => u.predecessors.length > 1);
    expect(merged).toHaveLength(23);
    for (const u of merged) expect(u.predecessors.length === 2 || u.predecessors.length === 3).toBe(true);
    // each new unit takes the name of one of its own, listed first
    for (const u of merger.after) expect(u.predecessors[0]).toBe(u.name);
  });

  test.each([
    ["Tuyên Quang", ["Tuyên Quang", "Hà Giang"]],
    ["Phú Thọ", ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]],
    ["Ninh Bình", ["Ninh Bình", "Hà Nam", "Nam Định"]],
    ["Hồ Chí Minh", ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]],
    ["Lâm Đồng", ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]],
    ["Cần Thơ", ["Cần Thơ", "Sóc Trăng", "Hậu Giang"]],
    ["Vĩnh Long", ["Vĩnh Long", "Bến Tre", "Trà Vinh"]],
    ["An Giang", ["An Giang", "Kiên Giang"]],
  ])("%s ← %j", (name, olds) => {
    expect(merger.after.find((u) => u.name === name)?.predecessors).toEqual(olds);
  });

  test("names are the province grammar's official spellings; slugs are their slugs; no two alike", () => {
    for (const unit of [...merger.before, ...merger.after, ...merger.formerNames]) {
      expect(resolveProvince(unit.name)).toBe(unit.name);
      expect(unit.slug).toBe(slugify(unit.name));
    }
    expect(new Set(merger.before.map((p) => p.slug)).size).toBe(63);
    expect(new Set(merger.after.map((p) => p.slug)).size).toBe(34);
  });
});

describe("successorOf", () => {
  test("every province the grammar knows has a successor among the 34", () => {
    const after = new Set(merger.after.map((p) => p.slug));
    for (const name of provinces) {
      const s = successorOf(name);
      expect(s, name).not.toBeNull();
      expect(after.has(s!.slug)).toBe(true);
    }
  });

  test.each([
    ["Hà Giang", "Tuyên Quang", "tuyen-quang"],
    ["Tuyên Quang", "Tuyên Quang", "tuyen-quang"],
    ["Yên Bái", "Lào Cai", "lao-cai"],
    ["Hoà Bình", "Phú Thọ", "phu-tho"],
    ["Khánh Hoà", "Khánh Hòa", "khanh-hoa"],
    ["Thanh Hoá", "Thanh Hóa", "thanh-hoa"],
    ["Bà Rịa-Vũng Tàu", "Hồ Chí Minh", "ho-chi-minh"],
    ["Thành phố Hồ Chí Minh", "Hồ Chí Minh", "ho-chi-minh"],
    ["Đắc Lắc", "Đắk Lắk", "dak-lak"],
    ["Đăk Nông", "Lâm Đồng", "lam-dong"],
    ["Thừa Thiên Huế", "Huế", "hue"],
    ["KIÊN GIANG", "An Giang", "an-giang"],
  ])("%s → %s", (written, name, slug) => {
    expect(successorOf(written)).toEqual({ name, slug });
  });

  test("no successor for no province", () => {
    expect(successorOf(null)).toBeNull();
    expect(successorOf("Atlantis")).toBeNull();
  });

  test("the merger's day divides before from after", () => {
    expect(afterMerger("2025-06-30")).toBe(false);
    expect(afterMerger("2025-07-01")).toBe(true);
    expect(afterMerger(null)).toBe(false);
  });
});
