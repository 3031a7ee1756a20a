import { parseArgs } from "node:util";
import { join, relative, resolve } from "node:path";
import { buildDataset, BuildInterrupted, cacheOverlap, CorpusError, outputOverlap, type BuildSummary } from "../dataset/build.js";
import { fsReason, removeTempFilesSync } from "../dataset/files.js";
import { defaultCacheDir } from "../dataset/cache.js";
import { Progress } from "../dataset/progress.js";
import { count, EXIT, UsageError, type Command } from "./command.js";
import { fileStart, formatProblem, printable } from "../messages.js";
import { prepareComparisonOutputs, writeBuildComparison } from "./outputs.js";

const INTERRUPTED = 130;

export const build: Command = {
  name: "build",
  summary: "regenerate the dataset: every corpus file to output/ (documents, schema, CSV, comparison)",
  usage: "nghiquyet build [--corpus DIR] [--out DIR] [--strict] [--verbose] [--jobs N] [--cache DIR | --no-cache]",
  options: [
    ["--corpus DIR", "the resolutions to read (default: corpus); files the build writes are never read from it"],
    ["--out DIR", "where the dataset goes (default: output); not the --corpus folder nor inside it"],
    ["--strict", "warnings count as errors (exit 1)"],
    ["--verbose", "print info messages too"],
    ["--jobs N", "worker threads for the pipeline (0: in-process; default: one per core for large corpora)"],
    ["--cache DIR", "what earlier builds made of each file, reused when the file and the code are unchanged (default: OUT/.cache)"],
    ["--no-cache", "read every file through the pipeline again, and keep no cache"],
  ],
  notes: ["exit 130: interrupted (Ctrl-C); what was written is whole"],
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        corpus: { type: "string", default: "corpus" },
        out: { type: "string", default: "output" },
        strict: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        jobs: { type: "string" },
        cache: { type: "string" },
        "no-cache": { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const workers = values.jobs === undefined ? undefined : Number(values.jobs);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
      throw new UsageError(`--jobs expects a whole number from 0 to 64, not '${values.jobs}'`);
    const corpus = resolve(io.cwd, values.corpus!);
    const out = resolve(io.cwd, values.out!);
    const strict = values.strict!;
    if (values.cache !== undefined && values["no-cache"]) throw new UsageError("--cache and --no-cache cannot go together");
    const cache = values["no-cache"] ? undefined : values.cache !== undefined ? resolve(io.cwd, values.cache) : defaultCacheDir(out);
    const overlap = outputOverlap(corpus, out);
    if (overlap) throw new UsageError(`${overlap} (--corpus '${values.corpus}', --out '${values.out}')`);
    // the default, OUT/.cache, is neither in the corpus (OUT is not) nor in OUT/documents
    const cacheProblem = values.cache !== undefined && cache ? cacheOverlap(corpus, out, cache) : null;
    if (cacheProblem) throw new UsageError(`${cacheProblem} (--cache '${values.cache}')`);
    let errors = 0;
    let warnings = 0;
    let progress: Progress | null = null;
    const print = (line: string) => (progress ? progress.print(line) : io.stderr.write(line + "\n"));

    // Ctrl-C: the document being written is finished, nothing else is started; twice: now
    const controller = new AbortController();
    const onSigint = () => {
      if (controller.signal.aborted) {
        removeTempFilesSync();
        process.exit(INTERRUPTED);
      }
      controller.abort();
    };
    process.on("SIGINT", onSigint);
    let results: BuildSummary[];
    try {
      results = await buildDataset({
        corpus,
        out,
        workers,
        keepDocuments: false,
        cache,
        signal: controller.signal,
        sourcePages: true,
        extraOutputs: (documents, to, pages) => writeBuildComparison(documents, to, { corpus, pages }),
        prepareExtraOutputs: prepareComparisonOutputs,
        onSkip: (file, reason, ruleId = "corpus-output-skipped", severity = "warning") => {
          if (severity === "info") {
            if (values.verbose) print(formatProblem(join(values.corpus!, file), { ruleId, severity, reason, place: fileStart() }));
            return;
          }
          if (strict) errors++;
          else warnings++;
          print(formatProblem(join(values.corpus!, file), { ruleId, severity, reason, place: fileStart() }, { strict }));
        },
        onStart: (total) => {
          // before anything in --out is touched: an empty folder would empty the dataset
          if (total === 0) throw new UsageError(`no corpus files in --corpus '${values.corpus}'`);
          progress = new Progress(io.stderr, total);
        },
        onDocument: (r) => {
          for (const m of r.messages) {
            if (m.severity === "error" || (strict && m.severity === "warning")) errors++;
            else if (m.severity === "warning") warnings++;
            if (m.severity !== "info" || values.verbose) print(formatProblem(join(values.corpus!, r.path), m, { strict }));
          }
          progress?.tick();
        },
      });
    } catch (error) {
      if (error instanceof CorpusError) throw new UsageError(`cannot read --corpus '${values.corpus}': ${error.message}`);
      (progress as Progress | null)?.finish();
      if (error instanceof BuildInterrupted) {
        io.stderr.write(`interrupted: ${error.written} of ${error.total} documents written, each whole; run the build again to finish ${printable(values.out!)}\n`);
        return INTERRUPTED;
      }
      const failure = error as NodeJS.ErrnoException;
      if (failure.code && failure.path) {
        // the file being written, as the user named the folder, not its temp file
        const shown = relative(io.cwd, failure.path).replace(/\.\d+-\d+\.tmp$/, "");
        io.stderr.write(formatProblem(shown, { ruleId: "write-failed", severity: "error", reason: `cannot write the dataset: ${fsReason(failure)}` }) + "\n");
        return EXIT.failed;
      }
      throw error;
    } finally {
      process.off("SIGINT", onSigint);
    }
    (progress as Progress | null)?.finish();
    const written = results.filter((r) => r.output).length;
    const targets = results.reduce((n, r) => n + (r.output ? r.summary.targets : 0), 0);
    const failed = results.length - written;
    io.stderr.write(
      `${count(written, "document")}, ${count(targets, "target")} → ${printable(values.out!)} (${count(errors, "error")}, ${count(warnings, "warning")}` +
        `${failed ? `; ${count(failed, "file")} without a document` : ""})\n`,
    );
    return errors > 0 ? EXIT.failed : EXIT.ok;
  },
};
