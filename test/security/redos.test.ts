// Every grammar pattern, every indicator cue and the whole pipeline run in linear time:
// a megabyte on one line, built to make backtracking explode, takes well under a second.
import { describe, expect, test } from "vitest";
import { rules } from "../../src/grammar/catalog.js";
import { classify } from "../../src/stages/extract/indicator.js";
import { extract } from "../../src/pipeline.js";
import { indicators } from "../../grammars/indicators.js";
import { cpuMs, derived, fill, HOSTILE, MB } from "./inputs.js";

const LIMIT_MS = 1000;

test("the catalog holds the rules of every grammar file", () => {
  const names = rules.map((r) => r.name);
  for (const name of ["quantity", "deadline", "issuer", "issue-date", "copy-header-line", "roman-heading", "comparator-before", "scope-level", "body-head"])
    expect(names).toContain(name);
  expect(new Set(names).size).toBe(names.length);
});

describe.each(rules.map((r) => [r.name, r] as const))("rule %s", (_name, rule) => {
  const inputs = Object.entries({ ...HOSTILE, ...derived(rule) });
  test(`first() and all() on ${inputs.length} one-megabyte lines`, () => {
    const slow: string[] = [];
    let most = 0;
    for (const [name, text] of inputs) {
      expect(text.length).toBeGreaterThanOrEqual(MB - 8);
      for (const op of ["first", "all"] as const) {
        const { cpu, wall } = cpuMs(() => (op === "first" ? rule.first(text) : rule.all(text)));
        most = Math.max(most, cpu);
        if (cpu >= LIMIT_MS) slow.push(`${op}(${name}): ${cpu.toFixed(0)} ms cpu, ${wall.toFixed(0)} ms wall`);
      }
    }
    expect(slow).toEqual([]);
    expect(most).toBeLessThan(LIMIT_MS);
  }, 120_000);
});

describe("indicator cues (classify)", () => {
  const cues = indicators.reduce((n, i) => n + i.cues.length + (i.topics?.length ?? 0), 0);
  test.each(Object.entries(HOSTILE))(`every one of the ${cues} cue and topic rules on "%s"`, (_name, clause) => {
    const mid = clause.length >> 1;
    for (const unit of ["percent", "count"] as const) {
      const { cpu } = cpuMs(() => classify({ clause, start: mid, end: mid + 1, before: 0, after: clause.length }, unit));
      expect(cpu).toBeLessThan(LIMIT_MS);
    }
  }, 60_000);

  test("a clause dense with cues is read once for all its numbers", () => {
    const clause = fill("100% dịch vụ công trực tuyến toàn trình; ").slice(0, 4000);
    const { cpu } = cpuMs(() => {
      for (let at = 0; at < clause.length; at += 40) classify({ clause, start: at, end: at + 4, before: at, after: at + 40 }, "percent");
    });
    expect(cpu).toBeLessThan(LIMIT_MS);
  });
});

describe("the whole pipeline (extract)", () => {
  test.each(Object.entries(HOSTILE))('one megabyte of "%s" on one line', (_name, line) => {
    const bytes = Buffer.from(line, "utf8");
    let result: ReturnType<typeof extract> | undefined;
    const { cpu } = cpuMs(() => (result = extract(bytes, { path: "hostile.txt" })));
    expect(cpu).toBeLessThan(LIMIT_MS);
    expect(result!.document.source.bytes).toBe(bytes.length);
  }, 60_000);

  test("a megabyte of numbers under an objectives heading: read up to the cap, then a warning", () => {
    const text = "NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025\nI. MỤC TIÊU\n" + fill("đạt 1% ") + "\n";
    let result: ReturnType<typeof extract> | undefined;
    const { cpu } = cpuMs(() => (result = extract(Buffer.from(text), { path: "numbers.txt" })));
    expect(cpu).toBeLessThan(2 * LIMIT_MS);
    const cut = result!.document.messages.find((m) => m.ruleId === "targets-truncated");
    expect(cut).toMatchObject({ severity: "warning", reason: "more than 5000 numbers: the text from here on is not read for targets" });
    expect(cut!.place!.start.line).toBe(4);
    expect(result!.document.targets.length).toBeGreaterThan(1000);
    expect(result!.document.targets.length).toBeLessThanOrEqual(5000);
  }, 60_000);

  test("time grows linearly with the size of a document made of many hostile lines", () => {
    const doc = (n: number) => "I. MỤC TIÊU\n" + Array.from({ length: n }, (_, i) => `${i % 9}. Đạt ${i % 100}% xã “a” **b** ${"a\u0301".repeat(20)} - 1.1.1, , , ${"1 ".repeat(30)}`).join("\n");
    const small = doc(1500);
    const large = doc(6000);
    extract(Buffer.from(small)); // warm up
    const a = cpuMs(() => extract(Buffer.from(small))).cpu;
    const b = cpuMs(() => extract(Buffer.from(large))).cpu;
    // four times the text: well under sixteen times the time
    expect(b / Math.max(a, 1)).toBeLessThan(8);
  }, 60_000);
});
