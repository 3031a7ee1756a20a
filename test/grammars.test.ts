// Every rule of grammars/ reads its examples to the values they give and matches none of
// its counterexamples; every indicator reads its example clauses as itself.
import { describe, expect, test } from "vitest";
import { rules } from "../src/grammar/catalog.js";
import { indicators } from "../grammars/indicators.js";
import { classify } from "../src/stages/extract/indicator.js";
import { quantity } from "../grammars/numbers.js";

describe.each(rules.map((r) => [r.name, r] as const))("rule %s", (_name, rule) => {
  test("has examples and counterexamples", () => {
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.counterexamples.length).toBeGreaterThan(0);
  });
  test.each(rule.examples.map(([text, reading]) => [text, reading] as const))("reads %j", (text, reading) => {
    const match = rule.first(text);
    expect(match, `no match in ${JSON.stringify(text)}`).not.toBeNull();
    expect(match!.reading).toMatchObject(reading as Record<string, unknown>);
  });
  test.each(rule.counterexamples.map((t) => [t] as const))("does not match %j", (text) => {
    const match = rule.first(text);
    // a counterexample may hold a match elsewhere only if the rule is anchored to a place
    expect(match, `matched ${JSON.stringify(match?.text)}`).toBeNull();
  });
});

describe.each(indicators.map((i) => [i.id, i] as const))("indicator %s", (id, spec) => {
  // an indicator without cues (labelled, not yet read) cannot read an example as itself
  test(spec.cues.length ? "has examples" : "has neither cues nor examples", () => {
    expect(spec.examples.length > 0).toBe(spec.cues.length > 0);
  });
  test.each(spec.examples.map((e) => [e] as const))("reads %j", (clause) => {
    const q = quantity.all(clause).find((m) => !(m.reading.value as number >= 1900 && (m.reading.value as number) <= 2100));
    expect(q, "example has a number").toBeTruthy();
    const unit = q!.reading.percent ? "percent" : /nhóm\s*$/u.test(clause.slice(0, q!.start)) ? "rank" : spec.units?.[0] ?? "count";
    const all = quantity.all(clause);
    const k = all.indexOf(q!);
    const result = classify(
      {
        clause,
        start: q!.start,
        end: q!.end,
        before: k > 0 ? all[k - 1].end : 0,
        after: k + 1 < all.length ? all[k + 1].start : clause.length,
      },
      unit,
    );
    expect(result.id).toBe(id);
  });
});
