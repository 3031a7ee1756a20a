// The offset maps every text-changing stage builds on (TextBuilder, compose, toSource),
// line/column lookup over any line ends (LineIndex), and the length-preserving folds.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compose, identity, TextBuilder, toSource, type MappedText } from "../../src/text/mapped-text.js";
import { LineIndex } from "../../src/text/location.js";
import { foldTone, slugify, stripDiacritics } from "../../src/text/fold.js";

const maps = (m: MappedText) => ({ text: m.text, from: [...m.from], to: [...m.to] });

/**
 * one step over a text: each character is kept (op 0), dropped (1), doubled ("x" → "xx"
 * mapping to x; 2), or kept after an insertion with no source of its own (3, which as the
 * first op also appends one at the end)
 */
function step(text: string, ops: number[]): MappedText {
  const b = new TextBuilder(text);
  for (let i = 0; i < text.length; i++) {
    const op = ops[i % ops.length];
    if (op === 0) b.keep(i, i + 1);
    else if (op === 1) b.replace(i, i + 1, "");
    else if (op === 2) b.replace(i, i + 1, text[i] + text[i]);
    else b.replace(i, i, "+").keep(i, i + 1);
  }
  if (ops[0] === 3) b.replace(text.length, text.length, ".");
  return b.finish();
}

describe("identity", () => {
  test("maps every character to itself", () => {
    expect(maps(identity("Số"))).toEqual({ text: "Số", from: [0, 1], to: [1, 2] });
  });
});

describe("TextBuilder", () => {
  test("keeps runs, replaces spans and drops spans, mapping each output character to its source", () => {
    const base = "a\r\nb\u200Bc";
    const m = new TextBuilder(base).keep(0, 1).replace(1, 3, "\n").keep(3, 4).keep(5, 6).finish();
    expect(maps(m)).toEqual({ text: "a\nbc", from: [0, 1, 3, 5], to: [1, 3, 4, 6] });
  });

  test("an empty replacement is a deletion and an empty keep adds nothing", () => {
    const b = new TextBuilder("**90%**").replace(0, 2, "").keep(2, 5).keep(5, 5).replace(5, 7, "");
    expect(maps(b.finish())).toEqual({ text: "90%", from: [2, 3, 4], to: [3, 4, 5] });
  });

  test("a multi-character replacement maps every character to the whole replaced span", () => {
    const m = new TextBuilder("x\u00BDy").keep(0, 1).replace(1, 2, "1/2").keep(2, 3).finish();
    expect(maps(m)).toEqual({ text: "x1/2y", from: [0, 1, 1, 1, 2], to: [1, 2, 2, 2, 3] });
  });
});

describe("toSource", () => {
  const base = "Trên  90%";
  // the double space folded to one: "Trên 90%"
  const m = new TextBuilder(base).keep(0, 5).keep(6, 9).finish();

  test("maps a span to the source span it came from", () => {
    expect(m.text).toBe("Trên 90%");
    expect(toSource(m, 5, 8)).toEqual([6, 9]);
    expect(base.slice(...toSource(m, 5, 8))).toBe("90%");
  });

  test("a span across a deletion covers what was deleted", () => {
    expect(toSource(m, 3, 6)).toEqual([3, 7]);
  });

  test("an empty span maps to the one character at its start; out-of-range spans are clamped", () => {
    expect(toSource(m, 5, 5)).toEqual([6, 7]);
    expect(toSource(m, -4, 2)).toEqual([0, 2]);
    expect(toSource(m, 7, 99)).toEqual([8, 9]);
    expect(toSource(identity(""), 0, 3)).toEqual([0, 0]);
  });
});

describe("compose", () => {
  test("two steps compose into a map straight to the first source", () => {
    const raw = "**Trên\r\n90%**";
    // step 1: CRLF → LF
    const a = new TextBuilder(raw).keep(0, 6).replace(6, 8, "\n").keep(8, raw.length).finish();
    expect(a.text).toBe("**Trên\n90%**");
    // step 2: drop the bold markers, join the line
    const b = new TextBuilder(a.text).replace(0, 2, "").keep(2, 6).replace(6, 7, " ").keep(7, 10).finish();
    expect(b.text).toBe("Trên 90%");
    const c = compose(compose(identity(raw), a), b);
    expect(raw.slice(...toSource(c, 5, 8))).toBe("90%");
    // the joining space maps to the whole CRLF
    expect(toSource(c, 4, 5)).toEqual([6, 8]);
    expect(raw.slice(...toSource(c, 0, 8))).toBe("Trên\r\n90%");
  });

  test("an insertion with no source of its own becomes a zero-width point", () => {
    const inner = identity("ab");
    const outer = new TextBuilder("ab").keep(0, 1).replace(1, 1, "-").keep(1, 2).finish();
    const c = compose(inner, outer);
    expect(maps(c)).toEqual({ text: "a-b", from: [0, 1, 1], to: [1, 1, 2] });
  });

  test("an insertion at the very end points after the last character", () => {
    const outer = new TextBuilder("ab").keep(0, 2).replace(2, 2, ".").finish();
    expect(maps(compose(identity("ab"), outer))).toEqual({ text: "ab.", from: [0, 1, 2], to: [1, 2, 2] });
  });

  test("property: after random deletions and replacements in two steps, every kept character maps back to itself", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "ư", "ở", " ", "\n", "%", "9"), minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 7 }),
        (raw, ops1, ops2) => {
          const one = step(raw, ops1);
          const two = step(one.text, ops2);
          const c = compose(compose(identity(raw), one), two);
          for (let i = 0; i < c.text.length; i++) {
            const [s, e] = toSource(c, i, i + 1);
            expect(e - s).toBe(1);
            expect(raw[s]).toBe(c.text[i]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** composition as one pass over arrays: what the lazily composed map must equal */
function eagerCompose(inner: MappedText, outer: MappedText): { from: number[]; to: number[] } {
  const last = inner.text.length;
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < outer.text.length; i++) {
    const a = outer.from[i];
    const b = outer.to[i];
    if (last === 0) {
      from.push(0);
      to.push(0);
    } else if (b > a) {
      from.push(inner.from[Math.min(a, last - 1)]);
      to.push(inner.to[Math.min(b - 1, last - 1)]);
    } else {
      const p = a < last ? inner.from[a] : inner.to[last - 1];
      from.push(p);
      to.push(p);
    }
  }
  return { from, to };
}

describe("lazy composition", () => {
  test("property: three composed steps read as composing their arrays one pass at a time", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "ư", " ", "\n", "9"), maxLength: 30 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 }), { minLength: 3, maxLength: 3 }),
        (raw, [o1, o2, o3]) => {
          const one = step(raw, o1);
          const two = step(one.text, o2);
          const three = step(two.text, o3);
          const lazy = compose(compose(compose(identity(raw), one), two), three);
          const a = eagerCompose(identity(raw), one);
          const ab = eagerCompose({ text: one.text, from: Int32Array.from(a.from), to: Int32Array.from(a.to) }, two);
          const abc = eagerCompose({ text: two.text, from: Int32Array.from(ab.from), to: Int32Array.from(ab.to) }, three);
          expect([...lazy.from]).toEqual(abc.from);
          expect([...lazy.to]).toEqual(abc.to);
          for (let s = 0; s < lazy.text.length; s++)
            expect(toSource(lazy, s, s + 2)).toEqual([abc.from[s], Math.max(abc.to[Math.min(s + 1, lazy.text.length - 1)], abc.from[s])]);
        },
      ),
      { numRuns: 300, seed: 20261129 },
    );
  });
});

describe("LineIndex", () => {
  const lf = "Nghị quyết\nvề chuyển đổi số\n\n90%";
  const crlf = lf.replace(/\n/g, "\r\n");
  const cr = lf.replace(/\n/g, "\r");

  test.each([
    ["\\n", lf],
    ["\\r\\n", crlf],
    ["\\r", cr],
  ])("with %s line ends the same lines and columns", (_name, text) => {
    const index = new LineIndex(text);
    expect(index.point(text.length).line).toBe(4);
    const at = text.indexOf("90%");
    expect(index.point(at)).toEqual({ line: 4, column: 1, offset: at });
    const so = text.indexOf("số");
    expect(index.point(so)).toMatchObject({ line: 2, column: 15 });
    expect(index.position(so, so + 2)).toEqual({ start: index.point(so), end: index.point(so + 2) });
  });

  test("a line end belongs to its line; the next line starts after the whole CRLF", () => {
    const index = new LineIndex("ab\r\ncd");
    expect(index.point(2)).toMatchObject({ line: 1, column: 3 });
    expect(index.point(3)).toMatchObject({ line: 1, column: 4 });
    expect(index.point(4)).toMatchObject({ line: 2, column: 1 });
  });

  test("offsets are clamped to the text; an empty text has one line", () => {
    const index = new LineIndex("ab\ncd");
    expect(index.point(-3)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(99)).toEqual({ line: 2, column: 3, offset: 5 });
    expect(new LineIndex("").point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(new LineIndex("a\n").point(2)).toEqual({ line: 2, column: 1, offset: 2 });
  });

  test("agrees with a naive split on random texts", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", "\r\n", "ê"), maxLength: 30 }), (text) => {
        const index = new LineIndex(text);
        const lines = text.split(/\r\n|\r|\n/);
        const last = index.point(text.length);
        expect(last.line).toBe(lines.length);
        expect(last.column).toBe(lines[lines.length - 1].length + 1);
      }),
    );
  });
});

describe("fold", () => {
  test("foldTone moves new-style tones to the old-style vowel and keeps the length", () => {
    expect(foldTone("Thanh Hoá")).toBe("Thanh Hóa");
    expect(foldTone("Khánh Hoà")).toBe("Khánh Hòa");
    expect(foldTone("khoẻ, thuỷ sản")).toBe("khỏe, thủy sản");
    expect(foldTone("HOÀ")).toBe("HÒA");
    for (const s of ["Thanh Hoá", "hoà bình", "thuỷ"]) expect(foldTone(s).length).toBe(s.length);
  });

  test("foldTone leaves old-style spellings, 'qu' and syllables that go on alone", () => {
    expect(foldTone("Thanh Hóa")).toBe("Thanh Hóa");
    expect(foldTone("quả")).toBe("quả");
    expect(foldTone("quý")).toBe("quý");
    expect(foldTone("hoàn thành")).toBe("hoàn thành");
    expect(foldTone("tuyến")).toBe("tuyến");
  });

  test("stripDiacritics and slugify", () => {
    expect(stripDiacritics("Quảng Ngãi")).toBe("Quang Ngai");
    expect(stripDiacritics("Đắk Lắk")).toBe("Dak Lak");
    expect(slugify("Thanh Hóa")).toBe("thanh-hoa");
    expect(slugify("Bà Rịa - Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slugify("../Tuyên Quang/")).toBe("tuyen-quang");
  });
});
