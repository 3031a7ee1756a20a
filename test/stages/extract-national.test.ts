// What a document says about its place among the national references and the provinces
// of 2025: the national documents it names (each a cited span), the province it is part of
// today, and a warning for a district-level target set after the district level ended.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { compare } from "../../src/compare/index.js";
import { generationOf } from "../../src/reference/generation.js";
import { DocumentSchema } from "../../src/schema/document.js";
import { lineOf, resolution, run, slice } from "../support/resolution.js";

const PLAN = readFileSync(new URL("../fixtures/national/tuyen-quang-2025-khcn-cds.txt", import.meta.url), "utf8");
const HA_GIANG_2021 = resolution({
  head: ["NGHỊ QUYẾT", "CỦA BAN THƯỜNG VỤ TỈNH ỦY", "về chuyển đổi số tỉnh Hà Giang đến năm 2025, định hướng đến năm 2030"].join("\n"),
  objectives: "2. Mục tiêu cụ thể đến năm 2025\n\n- 80% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng.",
});

describe("a 2026–2030 resolution of a province after the merger", () => {
  const doc = run(PLAN);

  test("fits the schema, names the national documents it rests on, each at its first mention", () => {
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.meta.references.map((r) => [r.id, r.literal, r.position.start.line])).toEqual([
      ["57-NQ/TW", "57-NQ/TW", lineOf(PLAN, "Căn cứ")],
      ["03/NQ-CP", "03/NQ-CP ngày 09/01/2025", lineOf(PLAN, "Căn cứ")],
      ["749/QĐ-TTg", "749/QĐ-TTg", lineOf(PLAN, "Căn cứ")],
    ]);
    for (const r of doc.meta.references) expect(slice(PLAN, r.position)).toBe(r.literal);
    expect(generationOf(doc.meta)).toEqual({ generation: "2026-2030", why: "names" });
  });

  test("is its own successor", () => {
    expect(doc.province).toEqual({ name: "Tuyên Quang", slug: "tuyen-quang", successor: { name: "Tuyên Quang", slug: "tuyen-quang" } });
  });

  test("warns about its district-level target, at the number, and about nothing else", () => {
    const warnings = doc.messages.filter((m) => m.severity !== "info");
    expect(warnings.map((m) => [m.ruleId, m.place?.start.line])).toEqual([["district-after-merger", lineOf(PLAN, "Trên 90%")]]);
    expect(slice(PLAN, warnings[0].place!)).toBe("90%");
    expect(warnings[0].reason).toBe("a district-level (cấp huyện) target in a document of 2025-08-20: the district level ended on 2025-07-01");
  });

  test("dated before the merger, the same text gets no warning", () => {
    const earlier = run(PLAN.replace("ngày 20 tháng 8 năm 2025", "ngày 20 tháng 6 năm 2025"));
    expect(earlier.meta.date).toBe("2025-06-20");
    expect(earlier.messages.filter((m) => m.ruleId === "district-after-merger")).toEqual([]);
    expect(earlier.targets.some((t) => t.scope === "district")).toBe(true);
  });
});

describe("a 2021 resolution of a province merged since", () => {
  const doc = run(HA_GIANG_2021);

  test("keeps the province it names and gains the one it is part of today", () => {
    expect(doc.province).toEqual({ name: "Hà Giang", slug: "ha-giang", successor: { name: "Tuyên Quang", slug: "tuyen-quang" } });
    expect(doc.meta.references).toEqual([]);
    expect(generationOf(doc.meta).generation).toBe("2021-2025");
    expect(doc.messages.filter((m) => m.ruleId === "district-after-merger")).toEqual([]);
  });

  test("compared as of today, both documents are cells of Tuyên Quang, each against its own reference", () => {
    const plan = run(PLAN);
    const c = compare([{ ...doc, source: { ...doc.source, path: "ha-giang.txt" } }, { ...plan, source: { ...plan.source, path: "tuyen-quang.txt" } }], { asOf: "2025-07-01" });
    expect(c.provinces.map((p) => [p.slug, p.from.map((f) => f.slug), p.references])).toEqual([
      ["tuyen-quang", ["ha-giang", "tuyen-quang"], ["749/QĐ-TTg", "57-NQ/TW + 03/NQ-CP"]],
    ]);
    const district2025 = c.rows.find((r) => r.key === "work_records_online|district|2025")!;
    expect(district2025.cells[0]).toMatchObject({ label: "80% (Hà Giang)", reference: "749/QĐ-TTg", national: "equal" });
    const grdp = c.rows.find((r) => r.key === "digital_economy_grdp|-|2030")!;
    expect(grdp.cells[0]).toMatchObject({ label: "≥ 20%", reference: "57-NQ/TW + 03/NQ-CP", national: "below" });
    expect(grdp.nationals.map((n) => n?.label)).toEqual(["30%", "≥ 30%"]);
  });
});

test("a text that names no province has no successor", () => {
  const doc = run(resolution({ head: "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ\nvề chuyển đổi số đến năm 2025" }));
  expect(doc.province).toEqual({ name: null, slug: null, successor: null });
});
