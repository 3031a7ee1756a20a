// Every rule of grammars/ finds in each of its examples the span it states and reads it to
// the values it gives, in the window the stages run it on, and matches none of its
// counterexamples; every indicator reads its example clauses as itself.
import { describe, expect, test } from "vitest";
import { rules } from "../src/grammar/catalog.js";
import type { Counterexample, Example, Rule } from "../src/grammar/rule.js";
import { indicators, type IndicatorSpec } from "../grammars/indicators.js";
import { classify } from "../src/stages/extract/indicator.js";
import { quantity } from "../grammars/numbers.js";
import { objectivesHeading } from "../grammars/sections.js";

/** the text the rule is run on, and where it starts in the example's text */
function windowOf(e: Exclude<Counterexample, string> | Example): { text: string; from: number } {
  if (e.before !== undefined) {
    const at = e.text.indexOf(e.before);
    if (at < 0) throw new Error(`${JSON.stringify(e.before)} is not in ${JSON.stringify(e.text)}`);
    return { text: e.text.slice(0, at), from: 0 };
  }
  if (e.after !== undefined) {
    const at = e.text.indexOf(e.after);
    if (at < 0) throw new Error(`${JSON.stringify(e.after)} is not in ${JSON.stringify(e.text)}`);
    return { text: e.text.slice(at + e.after.length), from: at + e.after.length };
  }
  return { text: e.text, from: 0 };
}

/** a rule reads when it says how or has named groups (a pure cue has neither) */
const reads = (rule: Rule) => rule.read !== undefined || /\(\?<[\p{L}\w$]+>/u.test(rule.pattern);

describe.each(rules.map((r) => [r.name, r] as const))("rule %s", (_name, rule) => {
  test("has examples and counterexamples", () => {
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.counterexamples.length).toBeGreaterThan(0);
  });
  test.each(rule.examples.map((e) => [e.text, e] as const))("in %j", (_text, example) => {
    const { text, from } = windowOf(example);
    const match = rule.first(text);
    expect(match, `no match in ${JSON.stringify(text)}`).not.toBeNull();
    expect(match!.text).toBe(example.match);
    // the span is the first of its kind at or after the window's start
    expect(from + match!.start).toBe(example.text.indexOf(example.match, from));
    if (reads(rule)) {
      expect(example.reads, "a rule with a reading states what each example reads").toBeDefined();
      expect(Object.keys(example.reads!).length).toBeGreaterThan(0);
      expect(match!.reading).toMatchObject(example.reads as Record<string, unknown>);
    } else expect(example.reads).toBeUndefined();
  });
  test.each(rule.counterexamples.map((c) => [typeof c === "string" ? c : c.text, c] as const))("not in %j", (_text, c) => {
    const match = rule.first(typeof c === "string" ? c : windowOf(c).text);
    expect(match, `matched ${JSON.stringify(match?.text)}`).toBeNull();
  });
});

describe.each(indicators.map((i) => [i.id, i] as const))("indicator %s", (id, spec) => {
  // an indicator without cues (labelled, not yet read) cannot read an example as itself
  test(spec.cues.length ? "has examples" : "has neither cues nor examples", () => {
    expect(spec.examples.length > 0).toBe(spec.cues.length > 0);
  });
  test.each(spec.examples.map((e) => [e] as const))("reads %j", (clause) => {
    expect(firstReading(clause, spec.units)).toBe(id);
  });
  test.each((spec.counterexamples ?? []).map((e) => [e] as const))("does not read %j", (clause) => {
    expect(firstReading(clause, spec.units)).not.toBe(id);
  });
});

/** the indicator the first number of a clause (not a year) is read as */
function firstReading(clause: string, units: IndicatorSpec["units"]): string {
  const all = quantity.all(clause);
  const q = all.find((m) => !(m.reading.value as number >= 1900 && (m.reading.value as number) <= 2100));
  expect(q, "example has a number").toBeTruthy();
  const unit = q!.reading.percent ? "percent" : /nhóm\s*$/u.test(clause.slice(0, q!.start)) ? "rank" : units?.[0] ?? "count";
  const k = all.indexOf(q!);
  return classify(
    {
      clause,
      start: q!.start,
      end: q!.end,
      before: k > 0 ? all[k - 1].end : 0,
      after: k + 1 < all.length ? all[k + 1].start : clause.length,
    },
    unit,
  ).id;
}

describe("objectivesHeading", () => {
  test.each([
    ["Mục tiêu cụ thể đến năm 2025", true],
    ["Về các chỉ tiêu phấn đấu", true],
    ["Mục tiêu tổng quát", false],
    ["Mục tiêu chung đến năm 2030", false],
    ["Quan điểm chỉ đạo", false],
    // a sentence that opens so, not a heading
    ["Mục tiêu phấn đấu đến năm 2025 là đưa tỉnh vào nhóm các tỉnh dẫn đầu cả nước về chuyển đổi số", false],
  ] as const)("%j → %s", (title, expected) => {
    expect(objectivesHeading(title)).toBe(expected);
  });
});
