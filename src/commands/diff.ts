/** `nghiquyet diff A B`: what one province sets that the other does not, and who aims higher where both do. */
import { parseArgs } from "node:util";
import { checkNames, DEFAULT_DOCS, loadDocuments, SHARED_OPTIONS, parseFormat, parseYear, terminalWidth } from "./compare.js";
import { EXIT, UsageError, type Command } from "./command.js";
import { formatProblem } from "../messages.js";

export const diffCommand: Command = {
  name: "diff",
  summary: "two provinces: targets only one sets, and who is more ambitious where both do",
  usage: "nghiquyet diff A B [--docs DIR] [--indicator ID]... [--year YYYY]... [--format text|json] [--width N]",
  options: [
    ["A B", "the two province slugs (nghiquyet provinces lists them)"],
    ["--docs DIR", `the document JSONs (default: ${DEFAULT_DOCS})`],
    ["--indicator ID", "only this indicator (repeatable)"],
    ["--year YYYY", "only this deadline year, or 'yearly' (repeatable)"],
    ["--format F", "text (default) or json"],
    ["--width N", "the text's width in columns (default: the terminal's, else 100)"],
  ],
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: SHARED_OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 2) throw new UsageError(`expects two province slugs, got ${positionals.length}`);
    const [a, b] = positionals;
    const { diff } = await import("../compare/index.js");
    const { renderDiffJson, renderDiffText } = await import("../report/index.js");
    const format = parseFormat(values.format, ["text", "json"] as const, "text");
    const width = terminalWidth(values.width, io.stdout.columns);

    const { docs, problems } = await loadDocuments(io.cwd, values.docs);
    await checkNames(docs, { provinces: [a, b], indicators: values.indicator });
    const result = diff(docs, a, b, { indicators: values.indicator, years: values.year?.map(parseYear) });
    for (const p of [...problems, ...result.problems]) if (p.severity !== "info") io.stderr.write(`${formatProblem(p.file, p)}\n`);
    if (!result.a || !result.b) throw new UsageError(`no document for '${result.a ? b : a}'`);
    io.stdout.write(format === "json" ? renderDiffJson(result) : renderDiffText(result, { width }));
    return problems.some((p) => p.severity === "error") ? EXIT.failed : EXIT.ok;
  },
};
