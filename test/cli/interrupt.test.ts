// Ctrl-C during a build: the document being written is finished, nothing is left half
// written, no temp file stays, and the exit code says so (130).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { buildDataset, BuildInterrupted } from "../../src/dataset/build.js";
import { resolution, seed, tree, workspace } from "./helpers.js";

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** `n` distinct documents: the seeds with a line that numbers the copy */
function corpus(n: number) {
  const seeds = ["nghe-an.txt", "thanh-hoa.txt", "tuyen-quang.txt", "quang-ngai.txt"].map((name) => seed(name).toString("utf8"));
  const w = workspace({});
  cleanups.push(w.cleanup);
  for (let i = 0; i < n; i++) writeFileSync(join(w.corpus, `${String(i).padStart(3, "0")}.txt`), `${seeds[i % 4]}\nBản số ${i}.\n`);
  return w;
}

function expectWholeOutput(out: string): string[] {
  const files = tree(out);
  expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  const documents = files.filter((f) => f.startsWith("documents/"));
  for (const f of documents) expect(() => JSON.parse(readFileSync(join(out, f), "utf8")), f).not.toThrow();
  return documents;
}

describe("an interrupted build", () => {
  test("stops between documents on its signal: whole documents, no manifest, BuildInterrupted", async () => {
    const w = corpus(6);
    const controller = new AbortController();
    let seen = 0;
    const run = buildDataset({
      corpus: w.corpus,
      out: w.out,
      workers: 0,
      // the source pages made beside the documents leave no temp file either
      sourcePages: true,
      signal: controller.signal,
      onDocument: () => {
        if (++seen === 2) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(BuildInterrupted);
    await run.catch((error: BuildInterrupted) => expect([error.written, error.total]).toEqual([2, 6]));
    expect(expectWholeOutput(w.out)).toEqual(["documents/000.json", "documents/001.json"]);
    expect(existsSync(join(w.out, "manifest.json"))).toBe(false);
  });

  test.each([["0"], ["2"]])("Ctrl-C (SIGINT) with --jobs %s: exit 130, whole documents, a line that says so", async (jobs) => {
    const w = corpus(60);
    const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "run-cli.ts"), "build", "--corpus", w.corpus, "--out", w.out, "--jobs", jobs], {
      cwd: join(import.meta.dirname, "..", ".."), // where --import finds tsx
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const documents = join(w.out, "documents");
    // signal once the first document is on disk
    for (let i = 0; i < 600 && !(existsSync(documents) && readdirSync(documents).some((n) => n.endsWith(".json"))); i++)
      await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGINT");
    expect(await exit).toBe(130);
    const written = expectWholeOutput(w.out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(60);
    expect(stderr).toMatch(new RegExp(`^interrupted: ${written.length} of 60 documents written, each whole; run the build again to finish `, "m"));
    expect(existsSync(join(w.out, "manifest.json"))).toBe(false);
  }, 60_000);
});

describe("worker threads", () => {
  test("give the same bytes as the in-process pipeline", async () => {
    const w = corpus(5);
    writeFileSync(join(w.corpus, "short.txt"), resolution({ objectives: false }));
    writeFileSync(join(w.corpus, "empty.txt"), "");
    const inline = await buildDataset({ corpus: w.corpus, out: join(w.dir, "inline"), workers: 0, keepDocuments: false });
    const threaded = await buildDataset({ corpus: w.corpus, out: join(w.dir, "threads"), workers: 2, keepDocuments: false });
    expect(threaded).toEqual(inline.map((r) => ({ ...r, output: r.output && r.output.replace(join(w.dir, "inline"), join(w.dir, "threads")) })));
    const files = tree(join(w.dir, "inline"));
    expect(files).toContain("documents/short.json");
    expect(files).not.toContain("documents/empty.json");
    expect(tree(join(w.dir, "threads"))).toEqual(files);
    for (const f of files) expect(readFileSync(join(w.dir, "threads", f)).equals(readFileSync(join(w.dir, "inline", f))), f).toBe(true);
  }, 60_000);

  test("a worker that cannot run fails the files it had, as internal errors, and the build ends", async () => {
    const w = corpus(2);
    const results = await buildDataset({ corpus: w.corpus, out: w.out, workers: 1, workerOptions: { maxOldGenerationSizeMb: 1 }, keepDocuments: false });
    expect(results.map((r) => [r.path, r.output, r.messages.map((m) => `${m.severity} ${m.ruleId}`)])).toEqual([
      ["000.txt", null, ["error internal-error"]],
      ["001.txt", null, ["error internal-error"]],
    ]);
    expect(results[0].messages[0].reason).toMatch(/^(?:ran out of memory while extracting this file|internal error while extracting \(a bug; please report it\): .+)$/);
  }, 60_000);
});
