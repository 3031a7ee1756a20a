// The national targets of 57-NQ/TW and 03/NQ-CP (test/fixtures/national/sentences.ts),
// each sentence read through the public pipeline under its heading of a minimal national
// text: every fact is one target of the sentence, with the unit, value, range, indicator,
// rate and base the facts give, and its year from the heading. Comparators are the facts'
// where the sentence words them so (03's annex writes some as "≤" in its table, the prose
// as "nhóm"): they are counted, not required.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { extract } from "../src/pipeline.js";
import type { Target } from "../src/schema/document.js";
import { nationalSentences, type NationalFact, type NationalSentence } from "./fixtures/national/sentences.js";

function read(entry: NationalSentence): Target[] {
  const raw = [
    "NGHỊ QUYẾT",
    "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    "",
    "I. MỤC TIÊU",
    "",
    entry.heading,
    "",
    `- ${entry.sentence}`,
    "",
  ].join("\n");
  const { document } = extract(new Uint8Array(Buffer.from(raw, "utf8")), { path: "national.txt" });
  for (const t of document.targets) expect(raw.slice(t.position.start.offset, t.position.end.offset)).toBe(t.literal);
  return document.targets;
}

/** the target that states the fact's figure: its value, unit and range (of two such, the one of its indicator) */
function figureOf(targets: Target[], fact: NationalFact): Target | undefined {
  const same = targets.filter((t) => t.value === fact.value && t.unit === fact.unit && t.max === (fact.max ?? null));
  return same.find((t) => t.indicator === fact.indicator) ?? same[0];
}

const reading = (t: Target | undefined) =>
  t && { unit: t.unit, value: t.value, max: t.max, indicator: t.indicator, rate: t.rate, per: t.per, year: t.year };
const expected = (f: NationalFact) => ({ unit: f.unit, value: f.value, max: f.max ?? null, indicator: f.indicator, rate: f.rate ?? null, per: f.per ?? null, year: f.year });

const cases = nationalSentences.flatMap((entry) => entry.facts.map((fact) => ({ entry, fact })));

describe.each(cases.map((c) => [`${c.entry.file} ${c.fact.indicator} ${c.fact.value}`, c] as const))("%s", (_name, { entry, fact }) => {
  test(fact.miss ? `is read otherwise: ${fact.miss}` : "reads as the facts say", () => {
    const target = figureOf(read(entry), fact);
    if (fact.miss) expect(reading(target)).not.toEqual(expected(fact));
    else expect(reading(target)).toEqual(expected(fact));
  });
});

test("at least nine facts in ten read right; every figure is read with its unit, rate and base", () => {
  let right = 0;
  let figures = 0;
  let comparators = 0;
  for (const { entry, fact } of cases) {
    const target = figureOf(read(entry), fact);
    if (!target) continue;
    figures += Number(target.rate === (fact.rate ?? null) && target.per === (fact.per ?? null));
    right += Number(JSON.stringify(reading(target)) === JSON.stringify(expected(fact)));
    comparators += Number(target.comparator === fact.comparator);
  }
  expect(figures).toBe(cases.length);
  expect(right / cases.length).toBeGreaterThanOrEqual(0.9);
  // 03's annex states its ranks as "≤ N" and a few shares as "≥": prose says "nhóm N", "đạt"
  expect(comparators / cases.length).toBeGreaterThanOrEqual(0.8);
});

// the fixture holds every national target of the facts files, as they state it
const shared = fileURLToPath(new URL("../../shared/national/", import.meta.url));
describe.skipIf(!existsSync(shared))("the fixture and ../shared/national", () => {
  test.each(["57-targets.json", "03-targets.json"] as const)("%s: every fact, once for each of its rankings", (file) => {
    const facts = (JSON.parse(readFileSync(`${shared}${file}`, "utf8")) as { targets: Array<Record<string, unknown>> }).targets;
    const key = (f: Record<string, unknown>) =>
      JSON.stringify([f.indicator, f.year, f.value, f.max ?? null, f.unit, f.comparator, f.rate ?? null, f.per ?? null, f.ranking ?? null]);
    const ours = nationalSentences.filter((e) => e.file === file).flatMap((e) => e.facts.map((f) => key(f as unknown as Record<string, unknown>)));
    expect(ours.sort()).toEqual(facts.map(key).sort());
  });
});
