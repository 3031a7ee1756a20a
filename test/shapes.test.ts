// The bench's corpus shapes (bench/corpus.ts) must read as the plain text where they
// should: an HTML comment appended changes no target, section or body; a hard wrap at 80
// columns gives the same target readings, and every position slices its literal.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extract } from "../src/pipeline.js";
import type { Document, Target } from "../src/schema/document.js";
import { shapes } from "../bench/corpus.js";

const names = readdirSync("corpus").filter((n) => n.endsWith(".txt"));
const run = (text: string, name: string): Document => extract(new Uint8Array(Buffer.from(text, "utf8")), { path: name }).document;
const reading = (t: Target) => `${t.literal} ${t.value} ${t.max} ${t.unit} ${t.comparator} ${t.year} ${t.scope} ${t.indicator} ${t.section}`;
const onLine = (t: Target) => `L${t.position.start.line}:${t.position.start.column} ${reading(t)}`;
const squash = (s: string) => s.replace(/[*_]/g, "").replace(/\s+/g, " ").trim();

describe("corpus shapes read as the plain text", () => {
  test.each(names)("%s with an HTML comment appended: the same targets at the same places, sections and bodies", (name) => {
    const raw = readFileSync(`corpus/${name}`, "utf8");
    const plain = run(raw, name);
    const commented = run(shapes.comment(raw), name);
    expect(commented.targets.map(onLine)).toEqual(plain.targets.map(onLine));
    expect(commented.sections.map((s) => s.title)).toEqual(plain.sections.map((s) => s.title));
    expect(commented.bodies.map((b) => b.canonical)).toEqual(plain.bodies.map((b) => b.canonical));
  });

  test.each(names)("%s hard-wrapped at 80 columns: the same target readings, positions slice the literal", (name) => {
    const raw = readFileSync(`corpus/${name}`, "utf8");
    const wrapped = shapes.wrapped(raw);
    expect(Math.max(...wrapped.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
    const doc = run(wrapped, name);
    for (const t of doc.targets) expect(squash(wrapped.slice(t.position.start.offset, t.position.end.offset))).toBe(squash(t.literal));
    expect(doc.targets.map(reading).sort()).toEqual(run(raw, name).targets.map(reading).sort());
  });
});
