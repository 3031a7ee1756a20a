/** `nghiquyet indicators` and `nghiquyet provinces`: the ids and slugs --indicator and --province take. */
import { parseArgs } from "node:util";
import { csvField } from "../dataset/csv.js";
import { EXIT, UsageError, type Command, type Io } from "./command.js";
import { parseFormat } from "./compare.js";
import { textWidth } from "../report/width.js";

const LIST_FORMATS = ["table", "csv", "json"] as const;
type ListFormat = (typeof LIST_FORMATS)[number];

/** a list of records in one of the three formats; the columns are the records' keys, in order */
export function renderList(records: Array<Record<string, string>>, format: ListFormat): string {
  if (format === "json") return JSON.stringify(records, null, 2) + "\n";
  const columns = Object.keys(records[0] ?? {});
  if (format === "csv") return [columns, ...records.map((r) => columns.map((c) => r[c]))].map((line) => line.map(csvField).join(",")).join("\n") + "\n";
  const widths = columns.map((c) => Math.max(textWidth(c), ...records.map((r) => textWidth(r[c]))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + " ".repeat(widths[i] - textWidth(cell))))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "─".repeat(w))), ...records.map((r) => line(columns.map((c) => r[c])))].join("\n") + "\n";
}

async function runList(args: string[], io: Io, records: () => Promise<Array<Record<string, string>>>): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: "string" } }, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const format = parseFormat(values.format, LIST_FORMATS, "table");
  io.stdout.write(renderList(await records(), format));
  return EXIT.ok;
}

export const indicatorsCommand: Command = {
  name: "indicators",
  summary: "list the indicator ids of the taxonomy (grammars/indicators.ts) with their labels in Vietnamese and English",
  usage: "nghiquyet indicators [--format table|csv|json]",
  options: [["--format F", "table (default), csv or json"]],
  run: (args, io) =>
    runList(args, io, async () => {
      const { indicators } = await import("../../grammars/indicators.js");
      return indicators.map((i) => ({ id: i.id, domain: i.domain, label_vi: i.label.vi, label_en: i.label.en }));
    }),
};

export const provincesCommand: Command = {
  name: "provinces",
  summary: "list the provinces the pipeline knows (grammars/provinces.ts) with the slugs documents and --province use",
  usage: "nghiquyet provinces [--format table|csv|json]",
  options: [["--format F", "table (default), csv or json"]],
  run: (args, io) =>
    runList(args, io, async () => {
      const { provinces } = await import("../../grammars/provinces.js");
      const { slugify } = await import("../text/fold.js");
      return [...provinces]
        .map((name) => ({ slug: slugify(name), name }))
        .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    }),
};
