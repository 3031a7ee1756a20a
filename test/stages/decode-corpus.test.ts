/**
 * Every real document in every form the perturbation kit makes: decode must give back
 * the same document (up to what the form changes, folded by `canonical`), on the same
 * lines, and name the encoding.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/stages/decode/index.js";
import { canonical, FORMS, lineCount } from "../support/perturb.js";

const CORPUS = join(import.meta.dirname, "../../corpus");
const documents = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(CORPUS, name), "utf8") }));

const LINE_END = /\r\n|\r|\n/;

describe("decode: corpus × perturbations", () => {
  it("has documents to test", () => {
    expect(documents.length).toBeGreaterThanOrEqual(4);
  });

  for (const { name, text } of documents) {
    describe(name, () => {
      for (const form of FORMS) {
        it(form.name, () => {
          const bytes = form.perturb(text);
          const decoded = decode(bytes);
          expect(decoded.encoding).toBe(form.encoding);
          expect(decoded.problems.filter((n) => n.severity !== "info")).toEqual([]);
          expect(lineCount(decoded.text)).toBe(lineCount(text));
          // each original line on its own line number
          const lines = decoded.text.split(LINE_END).map(canonical);
          const original = text.split(LINE_END).map(canonical);
          for (let i = 0; i < original.length; i++) if (lines[i] !== original[i]) expect(lines[i], `line ${i + 1}`).toBe(original[i]);
          expect(canonical(decoded.text)).toBe(canonical(text));
        });
      }

      it("keeps UTF-8 forms exactly as on disk (no NFC, no line-end or invisible-character cleanup)", () => {
        for (const form of FORMS.filter((f) => f.encoding === "utf-8" || f.encoding === "utf-8-bom")) {
          const bytes = form.perturb(text);
          expect(decode(bytes).text, form.name).toBe(Buffer.from(bytes).toString("utf8"));
        }
      });
    });
  }
});
