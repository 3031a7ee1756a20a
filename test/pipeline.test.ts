// The whole pipeline on small inputs: the document fits the schema, every fact points
// at the raw file whatever its line ends, normalization form or markup, problems are
// messages (never exceptions), and the output is deterministic.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { extract } from "../src/pipeline.js";
import { DocumentSchema, type Document, type Target } from "../src/schema/document.js";
import { lineOf, resolution, run, slice, utf8 } from "./support/resolution.js";

const RAW = resolution({
  situation: "Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 64,06%; tỉnh xếp thứ 44/63 tỉnh, thành phố.",
  objectives: [
    "1. Mục tiêu tổng quát",
    "Thực hiện chuyển đổi số toàn diện.",
    "2. Mục tiêu cụ thể đến năm 2025",
    "- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.",
    "- Kinh tế số chiếm khoảng 20% GRDP.",
    "- Có 06 huyện, thị xã, thành phố trở lên hoàn thành chuyển đổi số.",
  ].join("\n\n"),
  tasks: "- Đến năm 2025, hạ tầng mạng băng rộng cáp quang phủ đến 100% số thôn.",
  implementation: "1. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch.\n\n2. Ban Tuyên giáo Tỉnh ủy hướng dẫn quán triệt.",
});

/** what must not change across layouts: the target's reading and the raw line it is on */
const reading = (t: Target) => [t.value, t.max, t.unit, t.comparator, t.year, t.scope, t.indicator, t.section, t.position.start.line];

describe("a small resolution end to end", () => {
  const doc = run(RAW);

  test("fits the public schema", () => {
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.messages.filter((m) => m.severity === "error")).toEqual([]);
  });

  test("sections, targets, baselines, bodies and metadata", () => {
    expect(doc.sections.map((s) => [s.numeral, s.role, s.position.start.line])).toEqual([
      ["I", "situation", lineOf(RAW, "I. TÌNH HÌNH")],
      ["II", "objectives", lineOf(RAW, "II. QUAN ĐIỂM")],
      ["III", "tasks", lineOf(RAW, "III. NHIỆM VỤ")],
      ["IV", "implementation", lineOf(RAW, "IV. TỔ CHỨC")],
    ]);
    expect(doc.targets.map((t) => [t.literal, t.comparator, t.year, t.scope, t.indicator, t.section])).toEqual([
      ["90%", "gt", 2025, "province", "work_records_online", "II"],
      ["80%", "eq", 2025, "district", "work_records_online", "II"],
      ["60%", "eq", 2025, "commune", "work_records_online", "II"],
      ["20%", "approx", 2025, null, "digital_economy_grdp", "II"],
      ["06", "gte", 2025, "district", "units_transformed", "II"],
      ["100%", "eq", 2025, "village", "fiber_villages", "III"],
    ]);
    expect(doc.baselines.map((b) => [b.literal, b.year, b.section])).toEqual([["64,06%", 2020, "I"]]);
    expect(doc.bodies.map((b) => [b.canonical, b.role, b.item])).toEqual([
      ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "subject", "IV.1"],
      ["Ủy ban nhân dân tỉnh", "led", "IV.1"],
      ["Ban Tuyên giáo Tỉnh ủy", "subject", "IV.2"],
    ]);
    expect(doc.province).toEqual({ name: "Quảng Ngãi", slug: "quang-ngai", successor: { name: "Quảng Ngãi", slug: "quang-ngai" } });
    expect(doc.source).toMatchObject({ path: "test.txt", bytes: utf8(RAW).length, encoding: "utf-8" });
  });

  test("every target, baseline and body slices its literal out of the raw text on its line", () => {
    for (const f of [...doc.targets, ...doc.baselines]) {
      expect(slice(RAW, f.position)).toBe(f.literal);
      const lineText = RAW.split("\n")[f.position.start.line - 1];
      expect(lineText.slice(f.position.start.column - 1)).toMatch(new RegExp(`^${f.literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    }
    for (const b of doc.bodies) expect(slice(RAW, b.position)).toBe(b.name);
  });

  test("target ids are unique, stable and carry the province slug", () => {
    const ids = doc.targets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^quang-ngai-[0-9a-f]{10}(?:-\d+)?$/);
    expect(run(RAW).targets.map((t) => t.id)).toEqual(ids);
  });

  test("deterministic: the same bytes give the same JSON", () => {
    expect(JSON.stringify(run(RAW))).toBe(JSON.stringify(doc));
  });
});

describe("the same text in other forms", () => {
  const base = run(RAW);

  test.each([
    ["CRLF", RAW.replace(/\n/g, "\r\n")],
    ["CR", RAW.replace(/\n/g, "\r")],
    ["NFD", RAW.normalize("NFD")],
    ["NBSP for spaces after numbers", RAW.replace(/(\d%?) /g, "$1\u00A0")],
    ["trailing spaces", RAW.replace(/\n/g, "  \n")],
  ])("%s: same readings on the same lines, positions still slice the literal", (_name, raw) => {
    const doc = run(raw);
    expect(doc.targets.map(reading)).toEqual(base.targets.map(reading));
    expect(doc.sections.map((s) => s.position.start.line)).toEqual(base.sections.map((s) => s.position.start.line));
    for (const t of doc.targets) expect(slice(raw, t.position).normalize("NFC")).toBe(t.literal.normalize("NFC"));
  });

  test("UTF-8 with a BOM: same readings and lines", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(RAW)]);
    const doc = extract(bytes).document;
    expect(doc.targets.map(reading)).toEqual(base.targets.map(reading));
  });

  test("markdown-ish markup: same readings on the same lines", () => {
    const marked = RAW.replace(/^(I{1,3}V?\. .*)$/gmu, "## **$1**")
      .replace(/^(\d\. .*)$/gmu, "### $1")
      .replace("Trên 90%", "**Trên 90%**");
    expect(marked).not.toBe(RAW);
    const doc = run(marked);
    expect(doc.targets.map(reading)).toEqual(base.targets.map(reading));
    for (const t of doc.targets) expect(slice(marked, t.position)).toBe(t.literal);
    expect(doc.sections.map((s) => s.title)).toEqual(base.sections.map((s) => s.title));
  });
});

describe("messages, not exceptions", () => {
  const ids = (d: Document) => d.messages.map((m) => `${m.severity}:${m.ruleId}`);

  test("an empty file is one error and an empty document", () => {
    const { document } = extract(new Uint8Array(0), { path: "empty.txt" });
    expect(ids(document)).toEqual(["error:decode-empty"]);
    expect(document).toMatchObject({ targets: [], sections: [], source: { path: "empty.txt", bytes: 0 } });
    expect(DocumentSchema.safeParse(document).success).toBe(true);
  });

  test("a text that is not a resolution is an error, not a throw", () => {
    expect(ids(run("Xin chào.\nĐây là một bức thư.\n"))).toContain("error:not-a-resolution");
  });

  test("no objectives / implementation sections are warnings", () => {
    const raw = "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025\n\nI. TÌNH HÌNH\n\nNội dung.\n";
    const list = ids(run(raw));
    expect(list).toContain("warning:structure-no-objectives");
    expect(list).toContain("warning:structure-no-implementation");
    expect(list.filter((m) => m.startsWith("error:"))).toEqual([]);
  });

  test("an objectives heading without a year is flagged at the heading's raw line", () => {
    const raw = resolution({ objectives: "2. Mục tiêu cụ thể\n\n- 100% thôn có cáp quang." });
    const m = run(raw).messages.find((x) => x.ruleId === "deadline-missing");
    expect(m?.severity).toBe("warning");
    expect(m?.place?.start.line).toBe(lineOf(raw, "2. Mục tiêu cụ thể"));
  });

  test("messages have the public shape", () => {
    for (const m of run(RAW.replace("Quảng Ngãi", "Atlantis")).messages) {
      expect(m).toEqual({ reason: expect.any(String), ruleId: expect.any(String), source: "nghiquyet", severity: expect.stringMatching(/^(?:error|warning|info)$/), place: m.place });
    }
  });

  test("any bytes: never throws, always a schema-valid document", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const { document } = extract(bytes);
        expect(DocumentSchema.safeParse(document).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test("any text built from resolution pieces: never throws; every target slices its literal", () => {
    const piece = fc.constantFrom(
      "I. TÌNH HÌNH",
      "II. MỤC TIÊU",
      "IV. TỔ CHỨC THỰC HIỆN",
      "2. Mục tiêu cụ thể đến năm 2025",
      "- Trên 90% hồ sơ công việc tại cấp tỉnh",
      "+ 06 huyện trở lên",
      "a) Về chính quyền số:",
      "**",
      "## ",
      "<sup>1</sup>",
      "---",
      "4",
      "SAO Y BẢN CHÍNH",
      "chính trị",
      "- xã hội",
      "từ 01 đến 02 cơ sở",
      "\r\n",
      "\n",
      "\n\n",
      " ",
      "1. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join("");
        const doc = run(raw);
        expect(DocumentSchema.safeParse(doc).success).toBe(true);
        for (const t of doc.targets) expect(slice(raw, t.position).replace(/[*_\s]+/g, " ").trim()).toBe(t.literal);
      }),
      { numRuns: 150 },
    );
  });
});

describe("numbers as written: a property over generated objective lines", () => {
  const comparators = [
    ["Trên ", "", "gt"],
    ["Tối thiểu ", "", "gte"],
    ["Khoảng ", "", "approx"],
    ["", " trở lên", "gte"],
    ["", "", "eq"],
  ] as const;
  test("value, comparator and the literal's position survive any spelling of the number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        fc.boolean(),
        fc.constantFrom(...comparators),
        fc.constantFrom("\n", "\r\n"),
        (whole, tenth, pad, [before, after, comparator], eol) => {
          const written = `${pad && whole < 10 ? "0" : ""}${whole}${tenth === null ? "" : `,${tenth}`}%`;
          const line = `- ${before}${written}${after} hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng.`;
          const raw = resolution({ objectives: `2. Mục tiêu cụ thể đến năm 2025\n\n${line}` }).replace(/\n/g, eol);
          const [t, ...rest] = run(raw).targets;
          expect(rest).toEqual([]);
          expect(t).toMatchObject({ literal: written, value: Number(`${whole}.${tenth ?? 0}`), comparator, year: 2025, scope: "district", unit: "percent" });
          expect(slice(raw, t.position)).toBe(written);
        },
      ),
      { numRuns: 60 },
    );
  });
});
