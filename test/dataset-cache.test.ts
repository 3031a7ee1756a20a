// The build's cache (src/dataset/cache.ts): a build from the cache writes what a clean
// build writes, byte for byte, after files are added, changed or removed; a file is read
// again when its content, its duplicates or the code (tool version, schema version, a
// grammar) changed; a build in which nothing changed writes nothing.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildDataset, type BuildSummary } from "../src/dataset/build.js";
import { codeFingerprint } from "../src/dataset/cache.js";
import { writeBuildComparison } from "../src/commands/outputs.js";
import { readSeeds, variant, type Seed } from "../bench/corpus.js";

const root = join(import.meta.dirname, "..");
let dir = "";
let corpus = "";
let seeds: Seed[] = [];

/** every file under `folder` but the cache, relative path → bytes */
function snapshot(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === ".cache") continue;
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else files.set(prefix + e.name, readFileSync(join(d, e.name)));
    }
  };
  walk(folder, "");
  return files;
}

function expectSameTree(actual: string, expected: string): void {
  const a = snapshot(actual);
  const b = snapshot(expected);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [name, bytes] of b) expect(a.get(name)!.equals(bytes), name).toBe(true);
}

let builds = 0;
/** a build of the corpus as it is now, in-process, with the comparison outputs */
function build(out: string, cache?: string | { dir: string; fingerprint?: string }): Promise<BuildSummary[]> {
  builds++;
  return buildDataset({ corpus, out, workers: 0, keepDocuments: false, cache, sourcePages: true, extraOutputs: (documents, to, pages) => writeBuildComparison(documents, to, { corpus, pages }) });
}

/** a clean build (no cache) of the corpus as it is now, in a folder of its own */
async function clean(): Promise<string> {
  const out = join(dir, `clean-${builds}`);
  await build(out);
  return out;
}

const fromPipeline = (results: BuildSummary[]) => results.filter((r) => !r.cached).map((r) => r.path);

function put(name: string, text: string): void {
  writeFileSync(join(corpus, name), text);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nghiquyet-cache-"));
  corpus = join(dir, "corpus");
  mkdirSync(corpus);
  seeds = await readSeeds(join(root, "corpus"));
  for (let i = 0; i < 4; i++) {
    const { name, text } = variant(seeds[i % seeds.length], i);
    put(name, text);
  }
  // a file with an error: it leaves no document, from the cache either
  put("empty.txt", "");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("an incremental build writes what a clean build writes", () => {
  const out = () => join(dir, "incremental");
  const cache = () => join(dir, "incremental", ".cache");

  test("first build: every file through the pipeline; the same bytes as without a cache", async () => {
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual(results.map((r) => r.path));
    expectSameTree(out(), await clean());
  });

  test("nothing changed: every file from the cache, and no file written", async () => {
    const before = new Map([...snapshot(out()).keys()].map((name) => [name, statSync(join(out(), name)).mtimeMs]));
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual([]);
    expect(results.find((r) => r.path === "empty.txt")?.messages.map((m) => m.ruleId)).toEqual(["decode-empty"]);
    for (const [name, mtime] of before) expect(statSync(join(out(), name)).mtimeMs, name).toBe(mtime);
    expectSameTree(out(), await clean());
  });

  test("a file added: only it is read", async () => {
    const { name, text } = variant(seeds[1], 17);
    put(name, text);
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual([name]);
    expectSameTree(out(), await clean());
  });

  test("a file changed: only it is read", async () => {
    const name = readdirSync(corpus).sort()[0];
    put(name, readFileSync(join(corpus, name), "utf8").replace(/\d+%/, "91%"));
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual([name]);
    expectSameTree(out(), await clean());
  });

  test("a file removed: its document, its rows and its column disappear", async () => {
    const name = readdirSync(corpus).sort()[1];
    const document = `documents/${name.replace(/\.txt$/, ".json")}`;
    expect(snapshot(out()).has(document)).toBe(true);
    unlinkSync(join(corpus, name));
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual([]);
    const files = snapshot(out());
    expect(files.has(document)).toBe(false);
    expect(files.get("targets.csv")!.toString()).not.toContain(name);
    expect(files.get("manifest.json")!.toString()).not.toContain(name);
    expect(files.get("comparison.json")!.toString()).not.toContain(name);
    expectSameTree(out(), await clean());
  });

  test("a file touched but not changed: from the cache, hashed again", async () => {
    const name = readdirSync(corpus).sort()[0];
    put(name, readFileSync(join(corpus, name), "utf8"));
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual([]);
    expectSameTree(out(), await clean());
  });

  test("a copy of a file: the copy is read (it is a duplicate), then the original removed: the copy is read again (it no longer is)", async () => {
    const [original] = readdirSync(corpus).sort();
    cpSync(join(corpus, original), join(corpus, "zz-copy.txt"));
    let results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual(["zz-copy.txt"]);
    expect(results.find((r) => r.path === "zz-copy.txt")!.messages.map((m) => m.ruleId)).toContain("duplicate-content");
    expectSameTree(out(), await clean());
    unlinkSync(join(corpus, original));
    results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual(["zz-copy.txt"]);
    expect(results.find((r) => r.path === "zz-copy.txt")!.messages.map((m) => m.ruleId)).not.toContain("duplicate-content");
    expectSameTree(out(), await clean());
  });

  test("a document removed or edited by hand in the output is made again", async () => {
    const [first, second] = readdirSync(join(out(), "documents")).sort();
    unlinkSync(join(out(), "documents", first));
    writeFileSync(join(out(), "documents", second), "{}\n");
    const results = await build(out(), cache());
    expect(fromPipeline(results).length).toBe(2);
    expectSameTree(out(), await clean());
  });

  test("an output edited by hand is written again, the documents coming from the cache", async () => {
    writeFileSync(join(out(), "report.html"), "edited");
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual([]);
    expectSameTree(out(), await clean());
  });

  test("a record cut short (a build killed as it wrote it) is a miss: the file is read again", async () => {
    const records = join(cache(), "records");
    const names = readdirSync(records).sort();
    const victim = join(records, names[0]);
    const bytes = readFileSync(victim);
    writeFileSync(victim, bytes.subarray(0, bytes.length - 7));
    put("zz-cut.txt", variant(seeds[1], 41).text);
    const results = await build(out(), cache());
    expect(fromPipeline(results).length).toBe(2);
    expect(fromPipeline(results)).toContain("zz-cut.txt");
    expectSameTree(out(), await clean());
  });

  test("a cache whose records are gone is a miss, not a failure", async () => {
    rmSync(join(cache(), "records"), { recursive: true, force: true });
    put("zz-new.txt", variant(seeds[0], 40).text);
    const results = await build(out(), cache());
    expect(fromPipeline(results)).toEqual(results.map((r) => r.path));
    expectSameTree(out(), await clean());
  });
});

describe("what invalidates the cache", () => {
  test("another code fingerprint: every file is read again", async () => {
    const out = join(dir, "fingerprints");
    const cache = join(dir, "fingerprints-cache");
    await build(out, { dir: cache, fingerprint: "code A" });
    expect(fromPipeline(await build(out, { dir: cache, fingerprint: "code A" }))).toEqual([]);
    const results = await build(out, { dir: cache, fingerprint: "code B" });
    expect(fromPipeline(results)).toEqual(results.map((r) => r.path));
    expectSameTree(out, await clean());
  });

  test("the fingerprint changes with the tool version, the schema version, a grammar and the code, and with nothing else", () => {
    const code = join(dir, "code");
    mkdirSync(join(code, "grammars"), { recursive: true });
    mkdirSync(join(code, "src", "stages"), { recursive: true });
    writeFileSync(join(code, "grammars", "comparators.ts"), 'export const words = ["trên"];\n');
    writeFileSync(join(code, "src", "stages", "read.js"), "export const read = 1;\n");
    writeFileSync(join(code, "README.md"), "not code\n");
    const versions = { tool: "1.0.0", schema: "1.0.0" };
    const base = codeFingerprint(code, versions);
    expect(codeFingerprint(code, versions)).toBe(base);
    expect(codeFingerprint(code, { ...versions, tool: "1.0.1" })).not.toBe(base);
    expect(codeFingerprint(code, { ...versions, schema: "1.1.0" })).not.toBe(base);
    writeFileSync(join(code, "README.md"), "still not code\n");
    writeFileSync(join(code, "src", "stages", "read.d.ts"), "export declare const read: number;\n");
    // made of the other files, which are hashed
    writeFileSync(join(code, "src", "stages", "worker.bundle.js"), "export const read = 1;\n");
    expect(codeFingerprint(code, versions)).toBe(base);
    writeFileSync(join(code, "grammars", "comparators.ts"), 'export const words = ["trên", "hơn"];\n');
    const grammar = codeFingerprint(code, versions);
    expect(grammar).not.toBe(base);
    writeFileSync(join(code, "src", "stages", "read.js"), "export const read = 2;\n");
    expect(codeFingerprint(code, versions)).not.toBe(grammar);
  });

  test("the fingerprint of the running code covers its grammars and its national reference", () => {
    const fingerprint = codeFingerprint(root, { tool: "t", schema: "s" });
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const copy = join(dir, "copy");
    cpSync(join(root, "grammars"), join(copy, "grammars"), { recursive: true });
    cpSync(join(root, "src"), join(copy, "src"), { recursive: true });
    expect(codeFingerprint(copy, { tool: "t", schema: "s" })).toBe(fingerprint);
    const reference = join(copy, "src", "reference", "749-targets.json");
    writeFileSync(reference, readFileSync(reference, "utf8").replace("}", ' }'));
    expect(codeFingerprint(copy, { tool: "t", schema: "s" })).not.toBe(fingerprint);
  });
});
