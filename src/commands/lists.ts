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
  summary:
    "list the provinces the pipeline knows (grammars/provinces.ts) with the slugs documents and --province use: the 63 before 1 July 2025 and the 34 after (Nghị quyết 202/2025/QH15), each with the province it is part of today",
  usage: "nghiquyet provinces [--format table|csv|json]",
  options: [["--format F", "table (default), csv or json"]],
  run: (args, io) =>
    runList(args, io, async () => {
      const { provinces } = await import("../../grammars/provinces.js");
      const { slugify } = await import("../text/fold.js");
      const { merger, successorOf } = await import("../reference/provinces.js");
      const today = new Set(merger.after.map((p) => p.name));
      const before = new Set(merger.before.map((p) => p.name));
      return [...provinces]
        .map((name) => {
          const successor = successorOf(name);
          // until: the last day of a name that is no province today (the eve of the merger, or of a renaming)
          const former = merger.formerNames.find((f) => f.name === name);
          const until = today.has(name) ? "" : former ? dayBefore(former.date) : before.has(name) ? dayBefore(merger.source.effective) : "";
          return { slug: slugify(name), name, today: today.has(name) ? "yes" : "no", until, successor: successor?.name ?? "", successor_slug: successor?.slug ?? "" };
        })
        .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
    }),
};

/** "2025-06-30" for "2025-07-01" */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
