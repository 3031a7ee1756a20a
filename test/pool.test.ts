// The worker pool: a worker that dies fails only the file it was on; the job it held next
// goes to another worker, and no job is lost or answered twice.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { availableParallelism } from "node:os";
import { createExtractor, defaultWorkers } from "../src/dataset/pool.js";
import type { Job } from "../src/dataset/outcome.js";

const job = (path: string): Job => ({
  path,
  bytes: readFileSync("corpus/quang-ngai.txt"),
  sha256: "0".repeat(64),
  tempPath: `/tmp/nghiquyet-pool-test-${process.pid}-${path}.tmp`,
  problems: [],
  keepDocument: false,
});

describe("worker pool", () => {
  test("workers that die (here: out of memory at once) fail each file alone, and every job is answered once", async () => {
    const pool = await createExtractor(2, { maxOldGenerationSizeMb: 1 });
    try {
      const paths = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
      const done = await Promise.all(paths.map((p) => pool.run(job(p))));
      expect(done.map((d) => d.path)).toEqual(paths);
      for (const d of done) {
        expect(d.written).toBeNull();
        expect(d.messages.map((m) => m.ruleId)).toEqual(["internal-error"]);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  test("live workers answer every job with its own document", async () => {
    const pool = await createExtractor(2);
    try {
      const paths = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
      const done = await Promise.all(paths.map((p) => pool.run(job(p))));
      expect(done.map((d) => d.path)).toEqual(paths);
      for (const d of done) {
        expect(d.summary.targets).toBeGreaterThan(0);
        expect(d.written).toBe(job(d.path).tempPath);
      }
    } finally {
      await pool.close();
      for (const p of ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]) rmSync(job(p).tempPath, { force: true });
    }
  }, 60_000);

  test("in-process, a job runs after a turn of the event loop, and one not begun when the extractor closes writes nothing", async () => {
    const pool = await createExtractor(0);
    const paths = ["p.txt", "q.txt", "r.txt"];
    const pending = paths.map((p) => pool.run(job(p)));
    // a turn of the event loop has not passed: none has begun
    await pool.close();
    const done = await Promise.all(pending);
    expect(done.map((d) => [d.path, d.written, d.messages.map((m) => m.ruleId)])).toEqual(paths.map((p) => [p, null, ["build-interrupted"]]));
    for (const p of paths) expect(existsSync(job(p).tempPath)).toBe(false);

    const live = await createExtractor(0);
    try {
      const one = await live.run(job("s.txt"));
      expect(one.written).toBe(job("s.txt").tempPath);
      expect(one.summary.targets).toBeGreaterThan(0);
    } finally {
      await live.close();
      rmSync(job("s.txt").tempPath, { force: true });
    }
  });
});

describe("how many workers a build gets", () => {
  test("a few files run in-process; beside many records read from the cache, one worker; many files, one per core", () => {
    expect(defaultWorkers(0)).toBe(0);
    expect(defaultWorkers(3)).toBe(0);
    expect(defaultWorkers(3, 100)).toBe(0);
    expect(defaultWorkers(1, 1000)).toBe(1);
    expect(defaultWorkers(0, 1000)).toBe(0);
    expect(defaultWorkers(1000)).toBe(Math.min(availableParallelism(), 8));
  });
});
