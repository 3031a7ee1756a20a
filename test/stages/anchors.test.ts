// Anchors let classify skip an indicator cue on a clause that cannot match it: every
// match of a pattern must hold one of its anchors, or the shortcut would lose a cue.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { anchorsOf } from "../../src/grammar/anchors.js";
import { rule } from "../../src/grammar/rule.js";
import { foldTone } from "../../src/text/fold.js";
import { indicators } from "../../grammars/indicators.js";
import { anchorsIn, candidateCues, INDICATOR_ANCHORS, plainCandidateCues } from "../../src/stages/extract/indicator.js";

describe("anchorsOf", () => {
  test.each([
    ["hồ sơ công việc", ["hồ sơ công việc"]],
    ["hồ sơ (?:được )?xử lý", ["hồ sơ"]],
    ["(?:cán bộ|công chức)[^;%]{0,40}?đào tạo", ["cán bộ", "công chức"]],
    ["(?:khám|chữa) (?:chữa )?bệnh từ xa", ["khám", "chữa"]],
    ["big ?data", ["big"]],
    ["SSO|GRDP", ["sso", "grdp"]],
    ["điện thoại (?:di động )?thông minh", ["điện thoại"]],
  ] as const)("%s → %j", (pattern, anchors) => {
    expect(anchorsOf(pattern)).toEqual(anchors);
  });

  test.each([
    ["(?:trong )?(?:từng|mỗi|các) ngành"], // an optional group first
    ["[^;]{0,4}xã"], // a class first
    ["\\d+ xã"], // an escape first
    ["x?y"], // one letter, then optional
    ["(?:a|[bc])d"], // one alternative without an anchor
    ["a(b"], // unbalanced
  ])("%s → null (no shortcut)", (pattern) => {
    expect(anchorsOf(pattern)).toBeNull();
  });
});

describe("every match of every indicator cue holds one of its anchors", () => {
  const patterns = indicators.flatMap((i) => [...i.cues.map((c) => c.pattern), ...(i.topics ?? [])]);
  const texts = indicators.flatMap((i) => i.examples);
  const cases = patterns.map((pattern, k) => ({
    pattern,
    rule: rule({ name: `cue-${k}`, pattern: `{{WS}}(?:${pattern}){{WE}}`, examples: [], counterexamples: [] }),
    anchors: anchorsOf(foldTone(pattern)),
  }));

  test("most cues have anchors", () => {
    expect(cases.filter((c) => c.anchors !== null).length).toBeGreaterThan(cases.length * 0.9);
  });

  test("on the indicator examples, in every case and tone style", () => {
    for (const text of texts)
      for (const variant of [text, text.toUpperCase(), text.replace(/òa/g, "oà").replace(/ủy/g, "uỷ")])
        for (const c of cases)
          if (c.anchors && c.rule.all(variant).length > 0)
            expect(c.anchors.some((a) => foldTone(variant).toLowerCase().includes(a)), `${c.pattern} on ${variant}`).toBe(true);
  });

  test("on texts made of pieces of the cues", () => {
    const words = [...new Set(patterns.flatMap((p) => p.replace(/[()?:|[\]^{}\d,;%*+\\]/g, " ").split(/\s+/)).filter((w) => w.length > 1))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, "HỒ", "Sơ", ",", "%", "100"), { maxLength: 12 }), (pieces) => {
        const text = pieces.join(" ");
        for (const c of cases)
          if (c.anchors && c.rule.all(text).length > 0) expect(c.anchors.some((a) => foldTone(text).toLowerCase().includes(a))).toBe(true);
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });
});

describe("all indicator anchors in one scan", () => {
  const expected = (lower: string) => new Set(INDICATOR_ANCHORS.filter((a) => lower.includes(a)));

  test("finds the anchors that overlap, nest and repeat", () => {
    const longest = [...INDICATOR_ANCHORS].sort((a, b) => b.length - a.length)[0];
    for (const text of [longest, `${longest} ${longest}`, INDICATOR_ANCHORS.join(""), INDICATOR_ANCHORS.join(" "), ""]) expect(anchorsIn(text)).toEqual(expected(text));
  });

  test("property: the anchors a text holds, on texts made of anchors' pieces", () => {
    const piece = fc.oneof(
      fc.constantFrom(...INDICATOR_ANCHORS),
      fc.constantFrom(...INDICATOR_ANCHORS).chain((a) => fc.nat({ max: a.length }).map((n) => a.slice(n))),
      fc.constantFrom(...INDICATOR_ANCHORS).chain((a) => fc.nat({ max: a.length }).map((n) => a.slice(0, n))),
      fc.constantFrom(" ", "a", "số", ", "),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        expect(anchorsIn(text)).toEqual(expected(text));
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });
});

describe("the cues a clause may match, looked up by its anchors", () => {
  test("equal the filter of every cue, in its order, on every set of anchors tried", () => {
    expect(candidateCues(new Set())).toEqual(plainCandidateCues(new Set()));
    expect(candidateCues(new Set(INDICATOR_ANCHORS))).toEqual(plainCandidateCues(new Set(INDICATOR_ANCHORS)));
    expect(candidateCues(new Set(["hồ sơ công việc"])).length).toBeGreaterThan(candidateCues(new Set()).length);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...INDICATOR_ANCHORS, "not an anchor"), { maxLength: 12 }), (anchors) => {
        expect(candidateCues(new Set(anchors))).toEqual(plainCandidateCues(new Set(anchors)));
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  test("equal it on the anchors of the indicator examples", () => {
    for (const text of indicators.flatMap((i) => i.examples)) {
      const present = anchorsIn(foldTone(text).toLowerCase());
      expect(candidateCues(present)).toEqual(plainCandidateCues(present));
    }
  });
});
