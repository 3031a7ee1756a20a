/** `nghiquyet diff A B`: what one province sets that the other does not, and who aims higher where both do. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DOCS, SHARED_OPTIONS, parseFormat, parseYear, terminalWidth } from "./compare.js";
import { EXIT, UsageError, type Command } from "./command.js";
import { formatProblem } from "../messages.js";

export const diffCommand: Command = {
  name: "diff",
  summary: "two provinces: targets only one sets, and who is more ambitious where both do",
  usage: "nghiquyet diff A B [--docs DIR] [--indicator ID]... [--year YYYY]... [--format text|json]",
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: SHARED_OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length !== 2) throw new UsageError(`expects two province slugs, got ${positionals.length}`);
    const [a, b] = positionals;
    const { diff, provinceSlug, readDocuments } = await import("../compare/index.js");
    const { renderDiffJson, renderDiffText } = await import("../report/index.js");
    const format = parseFormat(values.format, ["text", "json"] as const, "text");
    const width = terminalWidth(values.width, io.stdout.columns);

    const { docs, problems } = await readDocuments(resolve(io.cwd, values.docs ?? DEFAULT_DOCS));
    const result = diff(docs, a, b, { indicators: values.indicator, years: values.year?.map(parseYear) });
    for (const p of [...problems, ...result.problems]) if (p.severity !== "info") io.stderr.write(`${formatProblem(p.file, p)}\n`);
    if (docs.length === 0) return EXIT.failed;
    if (!result.a || !result.b) {
      const known = [...new Set(docs.map(provinceSlug))].sort().join(", ");
      io.stderr.write(`nghiquyet diff: known provinces: ${known}\n`);
      return EXIT.usage;
    }
    io.stdout.write(format === "json" ? renderDiffJson(result) : renderDiffText(result, { width }));
    return problems.some((p) => p.severity === "error") ? EXIT.failed : EXIT.ok;
  },
};
