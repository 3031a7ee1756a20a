import { parseArgs } from "node:util";
import { join, resolve } from "node:path";
import { buildDataset } from "../dataset/build.js";
import { EXIT, type Command } from "./command.js";
import { formatMessage } from "./format.js";
import { comparisonOutputs } from "./outputs.js";

export const build: Command = {
  name: "build",
  summary: "regenerate the dataset: every corpus file to output/ (documents, schema, CSV, comparison)",
  usage: "nghiquyet build [--corpus DIR] [--out DIR] [--strict] [--verbose]",
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        corpus: { type: "string", default: "corpus" },
        out: { type: "string", default: "output" },
        strict: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    const corpus = resolve(io.cwd, values.corpus!);
    const out = resolve(io.cwd, values.out!);
    let errors = 0;
    let warnings = 0;
    const results = await buildDataset({
      corpus,
      out,
      extraOutputs: comparisonOutputs,
      onDocument: (r) => {
        for (const m of r.messages) {
          if (m.severity === "error") errors++;
          if (m.severity === "warning") warnings++;
          if (m.severity !== "info" || values.verbose) io.stderr.write(formatMessage(join(values.corpus!, r.path), m) + "\n");
        }
      },
    });
    const targets = results.reduce((n, r) => n + r.document.targets.length, 0);
    io.stderr.write(
      `${results.length} documents, ${targets} targets → ${values.out} (${errors} errors, ${warnings} warnings)\n`,
    );
    return errors > 0 || (values.strict && warnings > 0) ? EXIT.failed : EXIT.ok;
  },
};
