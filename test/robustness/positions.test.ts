// Every position in a document slices its own text out of the decoded raw file (targets,
// baselines, bodies, sections, items) and its line/column agree with its offset: for the
// corpus in several layouts (as is, CRLF, pdfWrap, addMarkup, NFD) and generated resolutions.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Document, Item, Position } from "../../src/schema/document.js";
import { run } from "../support/resolution.js";
import { CORPUS, LAYOUTS, params, resolutions, squash } from "./pieces.js";

/**
 * Line starts of a text, worked out independently of src/text/location.ts: a break is
 * "\r\n", "\r" or "\n", and the next line starts after it.
 */
function lineStarts(raw: string): number[] {
  return [0, ...[...raw.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
}

function expectedPoint(starts: number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line: line + 1, column: offset - starts[line] + 1 };
}

/** "3.000" → 3000, "9,6" → 9.6, "06" → 6: Vietnamese notation, dots group thousands */
function vietnameseNumber(token: string): number {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(token)) return Number(token.replace(/\./g, ""));
  return Number(token.replace(/\./g, "").replace(",", "."));
}

const nfc = (s: string) => s.normalize("NFC");

/** a raw span without the markup normalize drops: footnote references, tags, `*`/`_` */
const unmark = (s: string) => s.replace(/<sup>[^<]*<\/sup>/g, "").replace(/<\/?[a-z][^>]*>/g, "").replace(/[*_]/g, "");

/** everything with a position, labelled for the failure message */
function positioned(doc: Document): Array<[string, Position]> {
  const out: Array<[string, Position]> = [];
  const items = (list: Item[]) => {
    for (const i of list) {
      out.push([`item ${i.path}`, i.position]);
      items(i.children);
    }
  };
  for (const s of doc.sections) {
    out.push([`section ${s.numeral}`, s.position]);
    items(s.children);
  }
  doc.targets.forEach((t, k) => out.push([`target ${k} ${t.literal}`, t.position]));
  doc.baselines.forEach((b, k) => out.push([`baseline ${k} ${b.literal}`, b.position]));
  doc.bodies.forEach((b, k) => out.push([`body ${k} ${b.name}`, b.position]));
  doc.meta.references.forEach((r) => out.push([`reference ${r.id}`, r.position]));
  for (const m of doc.messages) if (m.place) out.push([`message ${m.ruleId}`, m.place]);
  return out;
}

/** the whole property for one raw text */
function checkPositions(raw: string): Document {
  const doc = run(raw);
  const starts = lineStarts(raw);
  const slice = (p: Position) => raw.slice(p.start.offset, p.end.offset);

  for (const [what, p] of positioned(doc)) {
    expect(p.start.offset, what).toBeGreaterThanOrEqual(0);
    expect(p.start.offset, what).toBeLessThanOrEqual(p.end.offset);
    expect(p.end.offset, what).toBeLessThanOrEqual(raw.length);
    for (const point of [p.start, p.end]) expect({ line: point.line, column: point.column }, what).toEqual(expectedPoint(starts, point.offset));
  }

  for (const f of [...doc.targets, ...doc.baselines]) {
    const what = `${JSON.stringify(f.literal)} in ${JSON.stringify(f.text)}`;
    expect(squash(slice(f.position).replace(/[*_]/g, "")), what).toBe(f.literal);
    // "the number as written": normalize drops tags and footnote references, so must the literal
    expect(f.literal, what).not.toMatch(/[<>]/);
    // the literal is the number that was read: its first number is the value, its last the max
    const numbers: string[] = f.literal.match(/\d+(?:[.,]\d+)*/g) ?? [];
    expect(numbers.length, what).toBeGreaterThan(0);
    expect(vietnameseNumber(numbers[0]), what).toBe(f.value);
    if (f.max !== null) expect(vietnameseNumber(numbers[numbers.length - 1]), what).toBe(f.max);
    if (f.unit === "percent") expect(f.literal, what).toContain("%");
  }
  // a span is contiguous: markup inside a name ("Ban<sup>1</sup> cán sự") stays in the slice
  for (const b of doc.bodies) expect(nfc(squash(unmark(slice(b.position)))), `body ${b.name}`).toBe(nfc(b.name));
  for (const r of doc.meta.references) expect(nfc(squash(unmark(slice(r.position)))), `reference ${r.id}`).toBe(nfc(r.literal));
  for (const s of doc.sections) expect(slice(s.position).startsWith(s.numeral), `section ${s.numeral}: ${JSON.stringify(slice(s.position))}`).toBe(true);
  // an item's span opens with its marker, after the heading marks and bold of an export
  const items = (list: Item[]) => {
    for (const i of list) {
      const head = slice(i.position).replace(/^[\s#*_]+/, "");
      expect(head.startsWith(i.marker), `item ${i.path}: ${JSON.stringify(head.slice(0, 20))}`).toBe(true);
      items(i.children);
    }
  };
  for (const s of doc.sections) items(s.children);
  return doc;
}

describe("the corpus in several layouts", () => {
  const cases = CORPUS.flatMap((file) => LAYOUTS.map(([layout, f]) => [file.name, layout, f(file.text)] as const));
  test.each(cases)("%s, %s: every position slices its text, line/column agree with the offset", (_name, _layout, raw) => {
    const doc = checkPositions(raw);
    expect(doc.targets.length).toBeGreaterThan(0);
    expect(doc.sections.length).toBeGreaterThan(0);
  });
});

describe("a 2026–2030 resolution naming the national documents, in several layouts", () => {
  const text = readFileSync(new URL("../fixtures/national/tuyen-quang-2025-khcn-cds.txt", import.meta.url), "utf8");
  test.each(LAYOUTS.map(([layout, f]) => [layout, f(text)] as const))("%s: its references slice their words", (_layout, raw) => {
    const doc = checkPositions(raw);
    expect(doc.meta.references.map((r) => r.id)).toEqual(["57-NQ/TW", "03/NQ-CP", "749/QĐ-TTg"]);
  });
});

describe("generated resolutions", () => {
  test("every position slices its text, line/column agree with the offset", () => {
    fc.assert(
      fc.property(resolutions({ reflowStable: false }), ({ raw }) => {
        checkPositions(raw);
      }),
      params(600),
    );
  });
});

describe("cases this suite found, fixed", () => {
  // a footnote reference or a tag between the digits and the unit is not part of the literal
  test("a footnote reference inside a number is not part of the literal", () => {
    expect(run("Đạt 9<sup>1</sup>%.").targets.map((t) => t.literal)).toEqual(["9%"]);
  });

  // no setext headings: the dash of "chính trị\n-\nxã hội" stays, in the name as in its span
  test("a dash alone on its line, in a markdown file, stays in a body's name", () => {
    const raw = "**IV. TỔ CHỨC THỰC HIỆN**\n\n1. Mặt trận Tổ quốc và\n\ncác tổ chức chính trị\n-\nxã hội tỉnh tuyên truyền.\n";
    expect(run(raw).bodies.map((b) => squash(raw.slice(b.position.start.offset, b.position.end.offset)) === b.name)).toEqual([true, true]);
  });

  // invisible characters inside the number are not part of the literal
  test("an invisible character inside a number is not part of the literal", () => {
    expect(run("Đạt 9\ufeff0%.").targets.map((t) => t.literal)).toEqual(["90%"]);
    expect(run("Đạt 9\u200b0%.").targets.map((t) => t.literal)).toEqual(["90%"]);
  });
});
