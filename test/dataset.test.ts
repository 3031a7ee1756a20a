// The committed dataset is what the code makes of the corpus, byte for byte, it fits the
// public schema, and it scores against the gold annotations of ../shared.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildDataset, type BuildResult } from "../src/dataset/build.js";
import { DocumentSchema } from "../src/schema/document.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, "corpus");
const committed = join(root, "output");
const shared = resolve(root, "../shared");
const scorer = join(shared, "eval", "score.mjs");
const gold = join(shared, "gold");
const hasShared = existsSync(scorer) && existsSync(gold);

let out = "";
let results: BuildResult[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "nghiquyet-dataset-"));
  results = await buildDataset({ corpus, out });
}, 60_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const read = (dir: string, name: string) => readFileSync(join(dir, name));

describe("the committed dataset is reproducible", () => {
  test("every corpus file builds without errors", () => {
    expect(results.map((r) => r.path)).toEqual(readdirSync(corpus).filter((n) => n.endsWith(".txt")).sort());
    for (const r of results) {
      expect(r.messages.filter((m) => m.severity === "error"), r.path).toEqual([]);
      expect(r.output, r.path).not.toBeNull();
    }
  });

  test("output/documents/*.json are byte-identical to a fresh build", () => {
    const fresh = readdirSync(join(out, "documents")).sort();
    expect(readdirSync(join(committed, "documents")).filter((n) => n.endsWith(".json")).sort()).toEqual(fresh);
    for (const name of fresh) {
      const path = join("documents", name);
      // compare as text first for a readable diff, then as bytes
      expect(read(out, path).toString("utf8"), path).toBe(read(committed, path).toString("utf8"));
      expect(read(out, path).equals(read(committed, path)), path).toBe(true);
    }
  });

  test.each([["targets.csv"], ["schema.json"]])("output/%s is byte-identical to a fresh build", (name) => {
    expect(read(out, name).toString("utf8")).toBe(read(committed, name).toString("utf8"));
    expect(read(out, name).equals(read(committed, name))).toBe(true);
  });

  test("every committed document validates against DocumentSchema", () => {
    for (const name of readdirSync(join(committed, "documents")).filter((n) => n.endsWith(".json"))) {
      const json = JSON.parse(read(committed, join("documents", name)).toString("utf8"));
      const parsed = DocumentSchema.safeParse(json);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), name).toEqual([]);
    }
  });

  test("every target's position slices its literal out of the raw corpus file", () => {
    for (const r of results) {
      const raw = readFileSync(join(corpus, r.path), "utf8");
      for (const t of r.document.targets) {
        const literal = raw.slice(t.position.start.offset, t.position.end.offset).replace(/[*_]/g, "").replace(/\s+/g, " ").trim();
        expect(literal, `${r.path}:${t.position.start.line}`).toBe(t.literal);
      }
    }
  });
});

interface Score {
  documents: { gold: number; found: number };
  targets: { f1: number };
  strict: { f1: number };
  alignment: { f1: number };
  sections: { f1: number };
  bodies: { f1: number };
  fields: { provenance: number };
  meta: { province: number };
  misses: unknown[];
}

describe("the dataset scores against the gold annotations", () => {
  const name = hasShared
    ? "targets F1 ≥ 0.97, strict ≥ 0.95, alignment ≥ 0.90, sections = 1, bodies ≥ 0.90, provenance = 1, province = 1"
    : `skipped: ${shared} (gold annotations and eval/score.mjs) is absent`;
  test.skipIf(!hasShared)(name, () => {
    const stdout = execFileSync(process.execPath, [scorer, "--gold", gold, "--pred", out, "--raw", corpus, "--json"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const score = JSON.parse(stdout) as Score;
    const misses = JSON.stringify(score.misses.slice(0, 20), null, 1);
    expect(score.documents.found, "every gold document has a prediction").toBe(score.documents.gold);
    expect(score.targets.f1, misses).toBeGreaterThanOrEqual(0.97);
    expect(score.strict.f1, misses).toBeGreaterThanOrEqual(0.95);
    expect(score.alignment.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.sections.f1, misses).toBe(1);
    expect(score.bodies.f1, misses).toBeGreaterThanOrEqual(0.9);
    expect(score.fields.provenance).toBe(1);
    expect(score.meta.province).toBe(1);
  });
});
