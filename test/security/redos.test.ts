// Every grammar pattern, every indicator cue and the whole pipeline run in linear time:
// on single lines built to make backtracking explode, eight times the line takes well
// under 64 times as long (test/support/growth.ts: under ×22.6), on any machine.
import { describe, expect, test } from "vitest";
import { rules } from "../../src/grammar/catalog.js";
import { classify } from "../../src/stages/extract/indicator.js";
import { extract } from "../../src/pipeline.js";
import { indicators } from "../../grammars/indicators.js";
import { growth } from "../support/growth.js";
import { foldTone } from "../../src/text/fold.js";
import { derived, fill, HOSTILE, KB, type Line } from "./inputs.js";

/**
 * Line lengths: both above every cap of the pipeline (sentence, numbers, parsed markup), so
 * both take the same paths. An eightfold step leaves room for a machine whose caches hold
 * the smaller line and not the larger (a linear ×8 seen as up to ×16), below quadratic's ×64.
 */
const SIZES = [64 * KB, 512 * KB] as const;

test("the catalog holds the rules of every grammar file", () => {
  const names = rules.map((r) => r.name);
  for (const name of ["quantity", "deadline", "issuer", "issue-date", "copy-header-line", "roman-heading", "comparator-before", "scope-level", "body-head"])
    expect(names).toContain(name);
  expect(new Set(names).size).toBe(names.length);
});

/**
 * The search all() makes, its matches dropped: on a line of tens of thousands of matches,
 * keeping a match object for each is the garbage collector's time, not the regex's, and
 * it changes regime between sizes (young objects, then old), by up to ten times.
 */
function search(regex: RegExp, folded: string): number {
  let n = 0;
  regex.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = regex.exec(folded)); n++) if (m[0].length === 0) regex.lastIndex++;
  return n;
}

describe.each(rules.map((r) => [r.name, r] as const))("rule %s", (_name, rule) => {
  const inputs = Object.entries({ ...HOSTILE, ...derived(rule) });
  test(`first() and the search of all() on ${inputs.length} hostile lines`, () => {
    const slow: string[] = [];
    for (const [name, line] of inputs) {
      const make = (size: number) => {
        const text = line(size);
        return { text, folded: foldTone(text) };
      };
      const g = growth(make, ({ text, folded }) => [rule.first(text, 0, folded), search(rule.regex, folded)], SIZES);
      if (!g.linear) slow.push(`${name}: ${g.summary}`);
    }
    expect(slow).toEqual([]);
  }, 120_000);
});

/**
 * `copies` versions of a line, each a space longer: classify keeps what it found in the
 * last clauses it read, by their text, and a run on a clause it remembers would time the
 * memo, not the search
 */
const versions = (line: Line, copies = 8) => (size: number) => Array.from({ length: copies }, (_, k) => line(size) + " ".repeat(k));

/**
 * classify's lines are longer: at 64 KB, runs of the same few strings come back in a tenth of
 * the time their length says (work V8 reuses between runs), so the small time is too small
 * and the ratio reads as superlinear; from 256 KB up it does not
 */
const CLASSIFY_SIZES = [256 * KB, 2048 * KB] as const;

describe("indicator cues (classify)", () => {
  const cues = indicators.reduce((n, i) => n + i.cues.length + (i.topics?.length ?? 0), 0);
  test.each(Object.entries(HOSTILE))(`every one of the ${cues} cue and topic rules on "%s"`, (_name, line) => {
    for (const unit of ["percent", "count"] as const) {
      let k = 0;
      const g = growth(versions(line), (clauses) => {
        const clause = clauses[k++ % clauses.length];
        const mid = clause.length >> 1;
        return classify({ clause, start: mid, end: mid + 1, before: 0, after: clause.length }, unit);
      }, CLASSIFY_SIZES);
      expect(g.linear, `${unit}: ${g.summary}`).toBe(true);
    }
  }, 60_000);
});

describe("the whole pipeline (extract)", () => {
  test.each(Object.entries(HOSTILE))('"%s" on one line', (_name, line) => {
    const g = growth((size) => Buffer.from(line(size), "utf8"), (bytes) => extract(bytes, { path: "hostile.txt" }), SIZES);
    expect(g.linear, g.summary).toBe(true);
    const bytes = Buffer.from(line(SIZES[0]), "utf8");
    expect(extract(bytes, { path: "hostile.txt" }).document.source.bytes).toBe(bytes.length);
  }, 60_000);

  const numbers = (size: number) => Buffer.from("NGHỊ QUYẾT\nvề chuyển đổi số tỉnh Nghệ An đến năm 2025\nI. MỤC TIÊU\n" + fill("đạt 1% ", "", "", size) + "\n");

  test("numbers past the cap under an objectives heading are not read: a warning, and time linear in the text", () => {
    const { document } = extract(numbers(SIZES[0]), { path: "numbers.txt" });
    const cut = document.messages.find((m) => m.ruleId === "targets-truncated");
    expect(cut).toMatchObject({ severity: "warning", reason: "more than 5000 numbers: the text from here on is not read for targets" });
    expect(cut!.place!.start.line).toBe(4);
    expect(document.targets.length).toBeGreaterThan(1000);
    expect(document.targets.length).toBeLessThanOrEqual(5000);
    const g = growth(numbers, (bytes) => extract(bytes, { path: "numbers.txt" }), SIZES);
    expect(g.linear, g.summary).toBe(true);
  }, 60_000);

  test("a text dense with cues and numbers, in one clause: time linear in its length (clauses are cut to MAX_SENTENCE)", () => {
    // each number's reading looks at every cue of its clause: superlinear in the clause, which the cut bounds
    const dense = (size: number) =>
      Buffer.from("I. MỤC TIÊU\n" + fill("100% dịch vụ công trực tuyến toàn trình, ", "", "", size) + "\n");
    const g = growth(dense, (bytes) => extract(bytes), [4 * KB, 32 * KB]);
    expect(g.linear, g.summary).toBe(true);
  }, 60_000);

  test("time grows linearly with the size of a document made of many hostile lines", () => {
    const doc = (n: number) =>
      Buffer.from("I. MỤC TIÊU\n" + Array.from({ length: n }, (_, i) => `${i % 9}. Đạt ${i % 100}% xã “a” **b** ${"a\u0301".repeat(20)} - 1.1.1, , , ${"1 ".repeat(30)}`).join("\n"));
    const g = growth(doc, (bytes) => extract(bytes), [750, 6000]);
    expect(g.linear, g.summary).toBe(true);
  }, 60_000);
});
