import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { buildDataset, BuildInterrupted, CorpusError, type BuildSummary } from "../dataset/build.js";
import { removeTempFilesSync } from "../dataset/files.js";
import { Progress } from "../dataset/progress.js";
import { EXIT, UsageError, type Command } from "./command.js";
import { formatProblem, printable } from "../messages.js";
import { comparisonOutputs, prepareComparisonOutputs } from "./outputs.js";

const INTERRUPTED = 130;

export const build: Command = {
  name: "build",
  summary: "regenerate the dataset: every corpus file to output/ (documents, schema, CSV, comparison)",
  usage: [
    "nghiquyet build [--corpus DIR] [--out DIR] [--strict] [--verbose] [--jobs N]",
    "  --strict   warnings count as errors",
    "  --verbose  print info messages too",
    "  --jobs N   worker threads for the pipeline (0: in-process; default: one per core for large corpora)",
    "exit codes: 0 clean or warnings only; 1 a file had an error (with --strict, or a warning);",
    "            2 bad usage, including a missing or unreadable --corpus folder; 130 interrupted (Ctrl-C)",
  ].join("\n"),
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        corpus: { type: "string", default: "corpus" },
        out: { type: "string", default: "output" },
        strict: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        jobs: { type: "string" },
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
        signal: controller.signal,
        extraOutputs: comparisonOutputs,
        prepareExtraOutputs: prepareComparisonOutputs,
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
        io.stderr.write(formatProblem(failure.path, { ruleId: "write-failed", severity: "error", reason: `cannot write the dataset: ${failure.code}` }) + "\n");
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
      `${written} documents, ${targets} targets → ${printable(values.out!)} (${errors} errors, ${warnings} warnings` +
        `${failed ? `; ${failed} ${failed === 1 ? "file" : "files"} without a document` : ""})\n`,
    );
    return errors > 0 ? EXIT.failed : EXIT.ok;
  },
};
