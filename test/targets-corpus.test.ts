// Every clause of grammars/targets.corpus.ts, set as an item of a minimal resolution and
// run through the public pipeline, gives exactly the targets it lists: each one's literal
// (and the raw span it points at) and reading, in the order of the text.
import { describe, expect, test } from "vitest";
import { extract } from "../src/pipeline.js";
import { targetCorpus, type CorpusExample } from "../grammars/targets.corpus.js";

/** a title that names the horizons (so that an earlier year is the past), the section, the heading, the clause */
function resolutionOf(example: CorpusExample): string {
  return [
    "NGHỊ QUYẾT",
    "về chuyển đổi số tỉnh Quảng Ngãi đến năm 2025, định hướng đến năm 2030",
    "",
    `I. ${example.section ?? "MỤC TIÊU"}`,
    "",
    ...(example.heading ? [example.heading, ""] : []),
    `- ${example.clause}`,
    "",
  ].join("\n");
}

describe.each(targetCorpus.map((e) => [e.clause, e] as const))("%s", (_clause, example) => {
  test("reads its targets", () => {
    // a bullet opens only before a capital or a digit: a clause that opens otherwise would join the line above
    expect(example.clause).toMatch(/^[\p{Lu}\p{N}]/u);
    const raw = resolutionOf(example);
    const { document } = extract(new Uint8Array(Buffer.from(raw, "utf8")), { path: "corpus-example.txt" });
    const read = document.targets.map((t) => ({
      text: t.literal,
      value: t.value,
      max: t.max,
      unit: t.unit,
      rate: t.rate,
      per: t.per,
      currency: t.currency,
      magnitude: t.magnitude,
      comparator: t.comparator,
      year: t.year,
      scope: t.scope,
      indicator: t.indicator,
    }));
    expect(read).toEqual(
      example.reads.map((r) => ({ ...r, max: r.max ?? null, rate: r.rate ?? null, per: r.per ?? null, currency: r.currency ?? null, magnitude: r.magnitude ?? null })),
    );
    // the span is the literal, in the clause
    const clauseAt = raw.indexOf(example.clause);
    for (const t of document.targets) {
      expect(raw.slice(t.position.start.offset, t.position.end.offset)).toBe(t.literal);
      expect(t.position.start.offset).toBeGreaterThanOrEqual(clauseAt);
      expect(t.position.end.offset).toBeLessThanOrEqual(clauseAt + example.clause.length);
    }
  });
});

test("the corpus has targets and clauses that set none", () => {
  expect(targetCorpus.filter((e) => e.reads.length > 0).length).toBeGreaterThanOrEqual(40);
  expect(targetCorpus.filter((e) => e.reads.length === 0).length).toBeGreaterThanOrEqual(10);
});
