// The report a build writes is the report the library renders from the documents it
// wrote: the source pages its workers make (src/dataset/job.ts) and the ones an
// incremental build keeps are byte for byte the pages `comparisonOutputs` makes, the
// province pages list each document's bodies, and comparison.json counts them.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildDataset } from "../src/dataset/build.js";
import { documentText, writeBuildComparison } from "../src/commands/outputs.js";
import { comparisonOutputs, readDocuments } from "../src/compare/index.js";
import { readSeeds, variant } from "../bench/corpus.js";

const ROOT = join(import.meta.dirname, "..");
let dir = "";
let corpus = "";

function build(out: string, workers: number, cache?: string, holdCells?: number) {
  return buildDataset({ corpus, out, workers, keepDocuments: false, cache, sourcePages: true, extraOutputs: (documents, to, pages) => writeBuildComparison(documents, to, { corpus, pages, holdCells }) });
}

/** what the library makes of the documents a build wrote, name → text */
async function fromLibrary(out: string): Promise<Map<string, string>> {
  const { docs } = await readDocuments(join(out, "documents"));
  return new Map(comparisonOutputs(docs, { text: documentText(docs, out, corpus) }));
}

function expectSameOutputs(out: string, expected: Map<string, string>): void {
  const pages = readdirSync(join(out, "report")).map((name) => `report/${name}`);
  expect(pages.sort()).toEqual([...expected.keys()].filter((name) => name.startsWith("report/")).sort());
  for (const [name, text] of expected) expect(readFileSync(join(out, name), "utf8"), name).toBe(text);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nghiquyet-build-report-"));
  corpus = join(dir, "corpus");
  mkdirSync(corpus);
  const seeds = await readSeeds(join(ROOT, "corpus"));
  for (const seed of seeds) writeFileSync(join(corpus, seed.name), seed.text);
  // a copy: it gets no page of its own
  writeFileSync(join(corpus, `zz-copy-${seeds[0].name}`), seeds[0].text);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the build's report", () => {
  test("in-process and with two workers: the library's pages, byte for byte", async () => {
    for (const workers of [0, 2]) {
      const out = join(dir, `out-${workers}`);
      await build(out, workers);
      expectSameOutputs(out, await fromLibrary(out));
      expect(readdirSync(join(out, "documents")).filter((n) => !n.endsWith(".json"))).toEqual([]);
    }
  });

  test("its cells in files (a large corpus: from the start, or from the fourth target on): the library's files, byte for byte, and no spill left", async () => {
    for (const [workers, holdCells] of [
      [0, 0],
      [2, 3],
    ]) {
      const out = join(dir, `spilled-${workers}-${holdCells}`);
      await build(out, workers, undefined, holdCells);
      expectSameOutputs(out, await fromLibrary(out));
      expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
    }
  });

  test("province pages list the bodies of their documents, and comparison.json counts them", async () => {
    const out = join(dir, "out-0");
    const { docs } = await readDocuments(join(out, "documents"));
    const doc = docs.find((d) => d.bodies.length > 0)!;
    const page = readFileSync(join(out, "report", `province-${doc.province!.slug}.html`), "utf8");
    expect(page).toContain(`<b>${doc.bodies[0].canonical}</b>`);
    const comparison = JSON.parse(readFileSync(join(out, "comparison.json"), "utf8"));
    const ref = comparison.provinces.flatMap((p: { documents: Array<{ path: string; bodies: number }> }) => p.documents).find((d: { path: string }) => d.path === doc.source.path);
    expect(ref.bodies).toBe(doc.bodies.length);
  });

  test("an incremental build keeps the pages of unchanged documents, remakes the changed one's, and removes the page of a file removed", async () => {
    const out = join(dir, "incremental");
    const cache = join(out, ".cache");
    await build(out, 0, cache);
    const seeds = await readSeeds(join(ROOT, "corpus"));
    const pageOf = (name: string) => join(out, "report", `source-${name.replace(/\.txt$/, "")}.html`);
    const kept = statSync(pageOf(seeds[0].name));
    const changed = statSync(pageOf(seeds[1].name));
    // one changed, one added, one removed
    writeFileSync(join(corpus, seeds[1].name), variant(seeds[1], 7).text);
    writeFileSync(join(corpus, "zz-added.txt"), variant(seeds[2], 9).text);
    rmSync(join(corpus, seeds[3].name));
    const results = await build(out, 0, cache);
    expect(results.filter((r) => !r.cached).map((r) => r.path).sort()).toEqual([seeds[1].name, "zz-added.txt"].sort());
    expectSameOutputs(out, await fromLibrary(out));
    const after = readdirSync(join(out, "report"));
    expect(after.some((n) => n.includes(seeds[3].name.replace(/\.txt$/, "")))).toBe(false);
    expect(after.some((n) => n.includes("zz-added"))).toBe(true);
    // the unchanged document's page is the very file the last build wrote; the changed one's is new
    expect(statSync(pageOf(seeds[0].name)).ino).toBe(kept.ino);
    expect(statSync(pageOf(seeds[0].name)).mtimeMs).toBe(kept.mtimeMs);
    expect(statSync(pageOf(seeds[1].name)).ino).not.toBe(changed.ino);
  });

  test("a page removed or edited by hand is made again from the document written, the document itself from the cache", async () => {
    const out = join(dir, "incremental");
    const cache = join(out, ".cache");
    const pages = readdirSync(join(out, "report")).filter((n) => n.startsWith("source-"));
    rmSync(join(out, "report", pages[0]));
    writeFileSync(join(out, "report", pages[1]), "edited");
    const results = await build(out, 0, cache);
    expect(results.filter((r) => !r.cached)).toEqual([]);
    expectSameOutputs(out, await fromLibrary(out));
  });
});
