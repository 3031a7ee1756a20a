import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { EXIT, UsageError, type Command } from "./command.js";
import { fsReason } from "../dataset/files.js";
import { fileStart, formatProblem } from "../messages.js";

export const extractCommand: Command = {
  name: "extract",
  summary: "print one document's JSON (targets, bodies, metadata, positions)",
  usage: "nghiquyet extract FILE [--strict]",
  options: [
    ["FILE", "the resolution to read (text in any encoding the build reads, PDF, a scan, DOCX, an HTML page); its document JSON goes to stdout"],
    ["--strict", "warnings count as errors (exit 1)"],
  ],
  notes: ["a FILE that cannot be read is bad usage (exit 2)"],
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { strict: { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 1) throw new UsageError("expected one FILE");
    const path = positionals[0];
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(io.cwd, path));
    } catch (error) {
      io.stderr.write(formatProblem(path, { ruleId: "read-failed", severity: "error", reason: `cannot read file: ${fsReason(error)}`, place: fileStart() }) + "\n");
      return EXIT.usage;
    }
    const strict = values.strict!;
    // loaded here: the CLI starts without compiling the grammars for other commands
    const { extractFile } = await import("../pipeline.js");
    // a PDF, a scan, a Word document or a web page is read first; its positions index the text read
    const { document } = await extractFile(bytes, { path: basename(path) });
    for (const m of document.messages) if (m.severity !== "info") io.stderr.write(formatProblem(path, m, { strict }) + "\n");
    io.stdout.write(JSON.stringify(document, null, 2) + "\n");
    const errors = document.messages.some((m) => m.severity === "error");
    const warnings = document.messages.some((m) => m.severity === "warning");
    return errors || (strict && warnings) ? EXIT.failed : EXIT.ok;
  },
};
