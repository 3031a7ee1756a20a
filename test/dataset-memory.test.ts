// The build's memory during extraction does not grow with the corpus when it has a cache:
// the main thread keeps a summary per document and reads what the comparison needs from
// the cache at the end, where without a cache it keeps every document's entry (source,
// meta, targets with their quotes). Measured as the live heap after a full collection at
// the last document, at two corpus sizes, with and without a cache: a ratio of growths,
// no number of bytes the machine decides.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildDataset } from "../src/dataset/build.js";
import { readSeeds, variant } from "../bench/corpus.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

let dir = "";
const SMALL = 4;
const LARGE = 28;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nghiquyet-memory-"));
  const seeds = await readSeeds(join(import.meta.dirname, "..", "corpus"));
  for (const size of [SMALL, LARGE]) {
    mkdirSync(join(dir, `corpus-${size}`));
    for (let i = 0; i < size; i++) {
      const { name, text } = variant(seeds[i % seeds.length], i);
      writeFileSync(join(dir, `corpus-${size}`, name), text);
    }
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** the live heap (bytes) when the last document is in place, before the dataset-wide outputs */
async function heapAtLastDocument(size: number, cache: boolean): Promise<number> {
  const out = join(dir, `out-${size}-${cache}`);
  let heap = 0;
  let seen = 0;
  await buildDataset({
    corpus: join(dir, `corpus-${size}`),
    out,
    workers: 1,
    keepDocuments: false,
    cache: cache ? join(out, ".cache") : undefined,
    onDocument: () => {
      if (++seen < size) return;
      gc();
      gc();
      heap = process.memoryUsage().heapUsed;
    },
  });
  return heap;
}

test("with a cache, the main thread's heap hardly grows with the corpus; without, it holds every entry", async () => {
  // a first build of each, so that code loaded once (the schema, the comparison's modules) is in both measures
  await heapAtLastDocument(SMALL, true);
  const kept = (await heapAtLastDocument(LARGE, false)) - (await heapAtLastDocument(SMALL, false));
  const cached = (await heapAtLastDocument(LARGE, true)) - (await heapAtLastDocument(SMALL, true));
  console.log({ kept, cached });
  // 24 more documents' entries: about half a megabyte (their quotes and positions)
  expect(kept).toBeGreaterThan(200_000);
  expect(cached, `grew by ${cached} bytes with a cache, ${kept} without`).toBeLessThan(kept / 4);
}, 180_000);
