/**
 * npm run bench: 1,000 documents made from the seeds in corpus/, built with the real
 * build (bin/nghiquyet.js, compiled dist/), against a floor measured in the same run:
 * node reading every file and scanning it once with one regex for numbers. The same
 * documents are measured in each shape of `shapes` (bench/corpus.ts): a build's speed
 * must not depend on how a corpus is laid out.
 *
 *   npm run bench [-- --documents N] [--runs N] [--shapes plain,comment,table,wrapped] [--keep]
 *                 [--incremental] [--memory] [--no-scale] [--only]
 *
 * Prints, per shape, documents/s, MB/s, peak RSS and the ratio build/floor; then the machine.
 * Beside the first shape's ratio, the incremental builds (from the cache of its last build:
 * nothing changed; one document added, then removed; one changed, then changed back)
 * against its full build, with a check that the outputs are byte for byte those of the full
 * build, and the memory (4 × N documents built once, its peak RSS beside N's). `--no-scale`
 * leaves those two out; `--incremental` or `--memory` keeps only that one. `--only` skips
 * the floor and the shapes' ratios (with `--incremental` or `--memory`: one full build each).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus, readSeeds, shapes, variant, type Shape } from "./corpus.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    jobs: { type: "string" },
    shapes: { type: "string", default: Object.keys(shapes).join(",") },
    keep: { type: "boolean", default: false },
    incremental: { type: "boolean", default: false },
    memory: { type: "boolean", default: false },
    only: { type: "boolean", default: false },
    "no-scale": { type: "boolean", default: false },
  },
});
// both by default; naming one keeps only it
const withIncremental = values.incremental || (!values["no-scale"] && !values.memory);
const withMemory = values.memory || (!values["no-scale"] && !values.incremental);
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

/** a build of `from` into `to`, from scratch (`to` removed first, its cache with it) unless `incremental` */
function build(from = corpus, to = out, incremental = false, expected = count): Run {
  if (!incremental) rmSync(to, { recursive: true, force: true });
  const usage = join(work, "usage.json");
  const args = ["--import", join(root, "bench", "rss.mjs"), join(root, "bin", "nghiquyet.js"), "build", "--corpus", from, "--out", to];
  if (values.jobs !== undefined) args.push("--jobs", values.jobs);
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, BENCH_USAGE: usage } });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  const written = readdirSync(join(to, "documents")).length;
  if (written !== expected) throw new Error(`build wrote ${written} documents, not ${expected}`);
  const used = JSON.parse(readFileSync(usage, "utf8"));
  return { ms, rssMb: used.maxRSS / 1024, cpuMs: (used.userCPUTime + used.systemCPUTime) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const line = (label: string, value: string) => console.log(`${label.padEnd(22)}${value}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");

/** every file of an output folder but the cache: relative path → its SHA-256 */
function digest(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === ".cache") continue;
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else files.set(prefix + e.name, createHash("sha256").update(readFileSync(join(d, e.name))).digest("hex"));
    }
  };
  walk(dir, "");
  return files;
}

function sameFiles(a: Map<string, string>, b: Map<string, string>): string | null {
  for (const [name, hash] of a) if (b.get(name) !== hash) return name;
  for (const name of b.keys()) if (!a.has(name)) return name;
  return null;
}

/**
 * Builds from the cache the last full build of `corpus` left in `out`: nothing changed, one
 * document added then removed, one changed then changed back, `runs` times each; medians
 * against the full builds' median. The outputs at the end must be the full build's.
 */
async function incremental(full: Run[], shape: Shape): Promise<void> {
  const reference = digest(out);
  const seeds = await readSeeds(join(root, "corpus"));
  const added = variant(seeds[count % seeds.length], count);
  const changed = join(corpus, readdirSync(corpus).sort()[Math.floor(count / 2)]);
  const original = readFileSync(changed);
  const modes: Array<[string, () => Run]> = [
    ["nothing changed", () => build(corpus, out, true)],
    [
      "one added",
      () => {
        writeFileSync(join(corpus, added.name), shapes[shape](added.text));
        return build(corpus, out, true, count + 1);
      },
    ],
    [
      "one removed",
      () => {
        rmSync(join(corpus, added.name));
        return build(corpus, out, true);
      },
    ],
    [
      "one changed",
      () => {
        // a target's value changes: the document, its rows and the comparison with it
        writeFileSync(changed, original.toString("utf8").replace(/(\d+)%/, (_, n) => `${(Number(n) + 1) % 100}%`));
        return build(corpus, out, true);
      },
    ],
    [
      "changed back",
      () => {
        writeFileSync(changed, original);
        return build(corpus, out, true);
      },
    ],
  ];
  const measured = new Map<string, Run[]>(modes.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) for (const [name, run] of modes) measured.get(name)!.push(run());
  const differs = sameFiles(digest(out), reference);
  if (differs) throw new Error(`after the incremental builds, ${differs} differs from the full build's`);
  const fullMs = median(full.map((r) => r.ms));
  const fullCpu = median(full.map((r) => r.cpuMs));
  line("full build", `${seconds(fullMs)} (CPU ${seconds(fullCpu)}; median of ${full.length}, with the cache written)`);
  for (const [name, rs] of measured) {
    const ms = median(rs.map((r) => r.ms));
    const cpu = median(rs.map((r) => r.cpuMs));
    line(
      name,
      `${seconds(ms)} = ${((100 * ms) / fullMs).toFixed(1)}% of the full build (CPU ${seconds(cpu)} = ${((100 * cpu) / fullCpu).toFixed(1)}%; ${rs.map((r) => seconds(r.ms)).join(", ")}; peak RSS ${Math.max(...rs.map((r) => r.rssMb)).toFixed(0)} MB)`,
    );
  }
  line("outputs", "byte for byte the full build's after the last incremental build");
  console.log("");
}

/** peak RSS of a full build of N and of 4 × N documents */
async function memory(atN: Run[], shape: Shape): Promise<void> {
  const big = join(work, "corpus-4x");
  const bigOut = join(work, "output-4x");
  await generateCorpus(join(root, "corpus"), big, count * 4, shape);
  const run = build(big, bigOut, false, count * 4);
  rmSync(big, { recursive: true, force: true });
  rmSync(bigOut, { recursive: true, force: true });
  const small = Math.max(...atN.map((r) => r.rssMb));
  line(`peak RSS ${count}`, `${small.toFixed(0)} MB (the largest of ${atN.length})`);
  line(`peak RSS ${count * 4}`, `${run.rssMb.toFixed(0)} MB (one build: ${seconds(run.ms)}, CPU ${seconds(run.cpuMs)})`);
  line("ratio", `${(run.rssMb / small).toFixed(2)} (${count * 4} / ${count} documents)`);
  console.log("");
}

try {
  line("load average", `${load()} (1, 5, 15 minutes) at the start`);
  if (values.only) {
    const shape = shapeNames[0];
    await generateCorpus(join(root, "corpus"), corpus, count, shape);
    const builds = [build()];
    line("shape", `${shape}, ${count} documents, one full build: ${seconds(builds[0].ms)}, CPU ${seconds(builds[0].cpuMs)}, peak RSS ${builds[0].rssMb.toFixed(0)} MB`);
    if (withIncremental) await incremental(builds, shape);
    if (withMemory) await memory(builds, shape);
  }
  for (const shape of values.only ? [] : shapeNames) {
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
    if (shape === shapeNames[0] && withIncremental) await incremental(builds, shape);
    if (shape === shapeNames[0] && withMemory) await memory(builds, shape);
  }
  line("load average", `${load()} at the end`);
  line("machine", `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), node ${process.version}`);
} finally {
  if (values.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
