/** `nghiquyet compare`: provinces side by side, from the document JSONs of a folder. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Format } from "../report/index.js";
import { formatProblem } from "../messages.js";
import { EXIT, UsageError, unknownName, type Command } from "./command.js";
import type { Document } from "../schema/document.js";
import type { Problem } from "../compare/types.js";

export const DEFAULT_DOCS = "output/documents";

/** "2025" → 2025; "yearly" / "none" → null (targets without deadline). */
export function parseYear(text: string): number | null {
  if (text === "yearly" || text === "none") return null;
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--year expects YYYY or 'yearly', got '${text}'`);
  return Number(text);
}

export function parseFormat<T extends string>(text: string | undefined, formats: readonly T[], fallback: T): T {
  if (text === undefined) return fallback;
  if (!(formats as readonly string[]).includes(text)) throw new UsageError(`--format expects one of ${formats.join(", ")}, got '${text}'`);
  return text as T;
}

/** the options `compare` and `diff` share: where the documents are, what to keep, how to print */
export const SHARED_OPTIONS = {
  docs: { type: "string" },
  indicator: { type: "string", multiple: true },
  year: { type: "string", multiple: true },
  format: { type: "string" },
  width: { type: "string" },
} as const;

export function terminalWidth(text: string | undefined, columns: number | undefined): number {
  if (text === undefined) return columns ?? 100;
  const width = Number(text);
  if (!Number.isInteger(width) || width < 40) throw new UsageError(`--width expects a whole number of at least 40, got '${text}'`);
  return width;
}

/** the --docs folder read, or a usage error when there is none to read (missing, empty) */
export async function loadDocuments(cwd: string, docs: string | undefined): Promise<{ docs: Document[]; problems: Problem[] }> {
  const { readDocuments } = await import("../compare/index.js");
  const shown = docs ?? DEFAULT_DOCS;
  const result = await readDocuments(resolve(cwd, shown));
  const fatal = result.problems.find((p) => p.ruleId === "documents-unreadable" || p.ruleId === "documents-empty");
  if (fatal) throw new UsageError(`cannot read --docs '${shown}': ${fatal.reason}`);
  return result;
}

/**
 * --as-of YYYY-MM-DD, or --current (the provinces of today: as of the last change the
 * merger data knows, not of the clock, so that the output stays the same); null for neither
 */
export async function parseAsOf(asOf: string | undefined, current: boolean | undefined): Promise<string | null> {
  if (asOf !== undefined && current) throw new UsageError("--as-of and --current say the same thing twice; give one");
  const { MERGER_DATE } = await import("../reference/provinces.js");
  if (current) return MERGER_DATE;
  if (asOf === undefined) return null;
  const [y, m, d] = asOf.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d)
    throw new UsageError(`--as-of expects a day as YYYY-MM-DD (e.g. ${MERGER_DATE}), got '${asOf}'`);
  return asOf;
}

/** --province and --indicator name what exists: a typo is bad usage, not an empty table */
export async function checkNames(docs: Document[], options: { provinces?: string[]; indicators?: string[]; asOf?: string | null }): Promise<void> {
  const { notComparable } = await import("../compare/index.js");
  const { indicators } = await import("../../grammars/indicators.js");
  const { columnOf, groupingDay } = await import("../compare/provinces.js");
  const day = groupingDay(options.asOf ?? null);
  const comparable = docs.filter((d) => notComparable(d) === null);
  const provinces = [...new Set(comparable.map((d) => columnOf(d, day).slug))].sort();
  for (const slug of options.provinces ?? []) {
    if (provinces.includes(slug)) continue;
    // grouped, a province of the documents is a part of a column: say which
    const merged = comparable.find((d) => d.province?.slug === slug);
    if (day && merged) throw new UsageError(`--province '${slug}' is part of '${columnOf(merged, day).slug}' as of ${day}; give --province ${columnOf(merged, day).slug}`);
    throw unknownName("--province", slug, provinces);
  }
  const ids = [...new Set([...indicators.map((i) => i.id), ...docs.flatMap((d) => d.targets.map((t) => t.indicator))])].sort();
  for (const id of options.indicators ?? []) if (!ids.includes(id)) throw unknownName("--indicator", id, ids);
}

export const compareCommand: Command = {
  name: "compare",
  summary: "compare provinces side by side, each document with the national reference of its generation (QĐ 749/QĐ-TTg; NQ 57-NQ/TW and 03/NQ-CP)",
  usage:
    "nghiquyet compare [--docs DIR] [--province SLUG]... [--indicator ID]... [--year YYYY]... [--as-of YYYY-MM-DD | --current] [--format table|md|csv|json|html] [--width N]",
  options: [
    ["--docs DIR", `the document JSONs to compare (default: ${DEFAULT_DOCS}, what nghiquyet build writes)`],
    ["--province SLUG", "keep this province's column (repeatable; nghiquyet provinces lists the slugs)"],
    ["--indicator ID", "keep this indicator's rows (repeatable; nghiquyet indicators lists the ids)"],
    ["--year YYYY", "keep the rows with this deadline year, or 'yearly' for none (repeatable)"],
    ["--as-of YYYY-MM-DD", "columns are the provinces of that day: from 2025-07-01 on (Nghị quyết 202/2025/QH15) a merged province's documents are cells of the province it became part of, each figure naming whose document it is from"],
    ["--current", "the provinces of today: --as-of the last change known (2025-07-01)"],
    ["--format F", "table (default), md, csv (long: one line per cited target), json or html (the report's overview page; build writes the whole report)"],
    ["--width N", "the table's width in columns (default: the terminal's, else 100)"],
  ],
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { ...SHARED_OPTIONS, province: { type: "string", multiple: true }, "as-of": { type: "string" }, current: { type: "boolean" } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    // loaded here, not with the CLI: a build does not wait for the comparison's modules
    const { compare } = await import("../compare/index.js");
    const { FORMATS, render } = await import("../report/index.js");
    const format: Format = parseFormat(values.format, FORMATS, "table");
    const years = values.year?.map(parseYear);
    const width = terminalWidth(values.width, io.stdout.columns);
    const asOf = await parseAsOf(values["as-of"], values.current);

    const { docs, problems } = await loadDocuments(io.cwd, values.docs);
    await checkNames(docs, { provinces: values.province, indicators: values.indicator, asOf });
    const comparison = compare(docs, { provinces: values.province, indicators: values.indicator, years, asOf });
    const all = [...problems, ...comparison.problems];
    for (const p of all) if (p.severity !== "info") io.stderr.write(`${formatProblem(p.file, p)}\n`);
    if (docs.length > 0) io.stdout.write(render(comparison, format, { width }));
    return all.some((p) => p.severity === "error") ? EXIT.failed : EXIT.ok;
  },
};
