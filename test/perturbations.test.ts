// The same document in any encoding, line-end convention, normalization form or typing
// habit gives the same targets, bodies and metadata, on the same lines, and every
// position still slices its number out of the file as it is on disk.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extract } from "../src/pipeline.js";
import { decode } from "../src/stages/decode/index.js";
import { FORMS } from "./support/perturb.js";
import type { Document } from "../src/schema/document.js";

const corpus = join(import.meta.dirname, "..", "corpus");
const files = readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort();

const facts = (doc: Document) => ({
  province: doc.province,
  // the title is verbatim text, so it keeps the tone placement the file uses
  meta: { ...doc.meta, title: undefined },
  sections: doc.sections.map((s) => [s.numeral, s.title, s.position.start.line]),
  targets: doc.targets.map((t) => [t.position.start.line, t.value, t.max, t.unit, t.comparator, t.year, t.scope, t.indicator, t.section]),
  bodies: doc.bodies.map((b) => [b.position.start.line, b.canonical, b.role]),
});

describe.each(files)("%s", (name) => {
  const original = readFileSync(join(corpus, name));
  const expected = facts(extract(original, { path: name }).document);

  test("has targets to compare", () => {
    expect(expected.targets.length).toBeGreaterThan(20);
  });

  test.each(FORMS.map((f) => [f.name, f] as const))("as %s", (_form, form) => {
    const bytes = form.perturb(original.toString("utf8"));
    const { document } = extract(bytes, { path: name });
    expect(document.source.encoding).toBe(form.encoding);
    expect(document.messages.filter((m) => m.severity !== "info")).toEqual([]);
    expect(facts(document)).toEqual(expected);
    // positions index the decoded text of the file as it is on disk
    const raw = decode(bytes).text;
    for (const t of document.targets) {
      const digits = raw.slice(t.position.start.offset, t.position.end.offset).replace(/[^0-9]/g, "");
      expect(digits).toBe(t.literal.replace(/[^0-9]/g, ""));
    }
  });
});
