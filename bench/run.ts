/**
 * npm run bench: 1,000 documents made from the seeds in corpus/, built with the real
 * build (bin/nghiquyet.js, compiled dist/), against a floor measured in the same run:
 * node reading every file and scanning it once with one regex for numbers. The same
 * documents are measured in each shape of `shapes` (bench/corpus.ts): a build's speed
 * must not depend on how a corpus is laid out.
 *
 *   npm run bench [-- --documents N] [--runs N] [--shapes plain,comment,table,wrapped] [--keep]
 *
 * Prints, per shape, documents/s, MB/s, peak RSS and the ratio build/floor; then the machine.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { cpus, freemem, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus, shapes, type Shape } from "./corpus.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    jobs: { type: "string" },
    shapes: { type: "string", default: Object.keys(shapes).join(",") },
    keep: { type: "boolean", default: false },
  },
});
const count = Number(values.documents);
const runs = Math.max(1, Number(values.runs));
const shapeNames = values.shapes!.split(",").map((s) => s.trim()) as Shape[];
for (const name of shapeNames) if (!(name in shapes)) throw new Error(`unknown shape '${name}' (shapes: ${Object.keys(shapes).join(", ")})`);
const work = mkdtempSync(join(tmpdir(), "nghiquyet-bench-"));
const corpus = join(work, "corpus");
const out = join(work, "output");

interface Run {
  ms: number;
  rssMb: number;
  /** user and system CPU time of the process, all its threads: less moved than wall time by other load */
  cpuMs: number;
}

function floor(): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(root, "bench", "floor.mjs"), corpus], { encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`floor failed: ${r.stderr}`);
  return { ms, rssMb: 0, cpuMs: 0 };
}

function build(): Run {
  rmSync(out, { recursive: true, force: true });
  const usage = join(work, "usage.json");
  const args = ["--import", join(root, "bench", "rss.mjs"), join(root, "bin", "nghiquyet.js"), "build", "--corpus", corpus, "--out", out];
  if (values.jobs !== undefined) args.push("--jobs", values.jobs);
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, BENCH_USAGE: usage } });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  const written = readdirSync(join(out, "documents")).length;
  if (written !== count) throw new Error(`build wrote ${written} documents, not ${count}`);
  const used = JSON.parse(readFileSync(usage, "utf8"));
  return { ms, rssMb: used.maxRSS / 1024, cpuMs: (used.userCPUTime + used.systemCPUTime) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const line = (label: string, value: string) => console.log(`${label.padEnd(22)}${value}`);

try {
  for (const shape of shapeNames) {
    const generated = await generateCorpus(join(root, "corpus"), corpus, count, shape);
    const mb = generated.bytes / 1e6;
    floor(); // warm the file cache
    const floors: Run[] = [];
    const builds: Run[] = [];
    for (let i = 0; i < runs; i++) {
      floors.push(floor());
      builds.push(build());
    }
    const f = median(floors.map((r) => r.ms));
    const b = median(builds.map((r) => r.ms));
    const rss = Math.max(...builds.map((r) => r.rssMb));
    line("shape", shape);
    line("corpus", `${count} documents, ${mb.toFixed(1)} MB (from ${readdirSync(join(root, "corpus")).filter((n) => n.endsWith(".txt")).length} seeds)`);
    line("floor", `${(f / 1000).toFixed(2)} s (read + one regex scan; median of ${runs})`);
    line("build", `${(b / 1000).toFixed(2)} s (median of ${runs}: ${builds.map((r) => (r.ms / 1000).toFixed(2)).join(", ")})`);
    line("build CPU", `${(median(builds.map((r) => r.cpuMs)) / 1000).toFixed(2)} s (user + system, all threads; median of ${runs})`);
    line("documents/s", (count / (b / 1000)).toFixed(0));
    line("MB/s", (mb / (b / 1000)).toFixed(2));
    line("peak RSS", `${rss.toFixed(0)} MB`);
    line("ratio build/floor", `${(b / f).toFixed(1)}`);
    console.log("");
  }
  line("machine", `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), node ${process.version}`);
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
