import { describe, expect, it } from "vitest";
import { diff } from "../../src/compare/diff.js";
import { compare } from "../../src/compare/rows.js";
import { gold, small } from "./helpers.js";

describe("diff A B", () => {
  it("lists what each has alone and, for shared rows, both values and who aims higher", () => {
    const d = diff(small(), "ha-giang", "lao-cai");
    expect(d.a?.name).toBe("Hà Giang");
    expect(d.b?.name).toBe("Lào Cai");
    expect(d.onlyA.map((e) => [e.key, e.cell.label])).toEqual([
      ["shared_databases|-|2025|database", "> 80%"],
      ["shared_databases|-|2025|database:national", "100%"],
      ["digital_budget_share|province|-", "≥ 0.5%"],
      ["other:xss_probe|-|2025", "1"],
    ]);
    expect(d.onlyB.map((e) => [e.key, e.cell.label])).toEqual([["units_transformed|district|2025", "≥ 6"]]);
    expect(d.shared.map((e) => [e.key, e.a.label, e.b.label, e.more])).toEqual([
      ["work_records_online|province|2025", "> 90%", "90%", "a"],
      ["dti_rank|-|2025", "top 25–30", "top 10", "b"],
      ["digital_economy_grdp|-|2025", "~ 20%", "≥ 25%", "b"],
      ["payment_accounts|-|2025", "≥ 50%", "> 50%", "b"],
    ]);
    expect(d.problems).toEqual([]);
  });

  it("says 'same' for equal ambition and 'incomparable' across units", () => {
    const d = diff(small(), "lao-cai", "yen-bai");
    const more = Object.fromEntries(d.shared.map((e) => [e.key, e.more]));
    expect(more["work_records_online|province|2025"]).toBe("same");
    expect(more["units_transformed|district|2025"]).toBe("incomparable");
    expect(more["payment_accounts|-|2025"]).toBe("a");
  });

  it("lists every row of either province exactly once (gold-derived corpus, every pair)", () => {
    const docs = gold();
    const slugs = ["nghe-an", "quang-ngai", "thanh-hoa", "tuyen-quang"];
    for (const a of slugs)
      for (const b of slugs) {
        if (a === b) continue;
        const d = diff(docs, a, b);
        const listed = [...d.onlyA, ...d.onlyB, ...d.shared].map((e) => e.key);
        expect(new Set(listed).size).toBe(listed.length);
        const rows = compare(docs, { provinces: [a, b], nationalRows: false }).rows;
        expect([...listed].sort()).toEqual(rows.map((r) => r.key).sort());
        const withBoth = rows.filter((r) => r.cells.length === 2).map((r) => r.key);
        expect(d.shared.map((e) => e.key)).toEqual(withBoth);
      }
  });

  it("is symmetric: swapping A and B swaps the lists and the direction", () => {
    const ab = diff(gold(), "nghe-an", "thanh-hoa");
    const ba = diff(gold(), "thanh-hoa", "nghe-an");
    expect(ba.onlyA.map((e) => e.key)).toEqual(ab.onlyB.map((e) => e.key));
    const flip = { a: "b", b: "a", same: "same", incomparable: "incomparable" } as const;
    expect(ba.shared.map((e) => e.more)).toEqual(ab.shared.map((e) => flip[e.more]));
  });

  it("reports an unknown province", () => {
    const d = diff(small(), "ha-giang", "atlantis");
    expect(d.b).toBeNull();
    expect(d.problems).toContainEqual(expect.objectContaining({ ruleId: "compare-unknown-province", reason: "no document for province 'atlantis'" }));
  });
});
