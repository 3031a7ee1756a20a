import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { extract } from "../pipeline.js";
import { EXIT, UsageError, type Command } from "./command.js";
import { formatMessage } from "./format.js";

export const extractCommand: Command = {
  name: "extract",
  summary: "print one document's JSON (targets, bodies, metadata, positions)",
  usage: "nghiquyet extract FILE [--strict]",
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { strict: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError("expected one FILE");
    const path = positionals[0];
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(io.cwd, path));
    } catch (error) {
      io.stderr.write(`${path}: error: cannot read file: ${(error as Error).message} [read-failed]\n`);
      return EXIT.failed;
    }
    const { document } = extract(bytes, { path: basename(path) });
    for (const m of document.messages) if (m.severity !== "info") io.stderr.write(formatMessage(path, m) + "\n");
    io.stdout.write(JSON.stringify(document, null, 2) + "\n");
    const errors = document.messages.some((m) => m.severity === "error");
    const warnings = document.messages.some((m) => m.severity === "warning");
    return errors || (values.strict && warnings) ? EXIT.failed : EXIT.ok;
  },
};
