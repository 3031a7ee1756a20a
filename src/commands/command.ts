/** A CLI command: parses its own arguments, writes to the given streams, returns an exit code. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  cwd: string;
}

export interface Command {
  name: string;
  summary: string;
  /** one line: the command and its arguments */
  usage: string;
  /** every option as written in the usage, with a line of explanation */
  options: ReadonlyArray<readonly [flag: string, explanation: string]>;
  /** lines after the exit-code rule (an exit code of its own) */
  notes?: string[];
  run(args: string[], io: Io): Promise<number>;
}

/** Exit codes, documented in the README; one rule for every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const EXIT_RULE = "exit codes: 0 clean or warnings only; 1 a file had an error (or a warning, with --strict); 2 bad usage, including a missing --corpus or --docs folder";

export class UsageError extends Error {}

/** `nghiquyet CMD --help`: usage, what it does, every option, the exit codes */
export function commandHelp(command: Command): string {
  const options: Array<readonly [string, string]> = [...command.options, ["-h, --help", "print this help and exit"]];
  const width = Math.max(...options.map(([flag]) => flag.length));
  return [
    `usage: ${command.usage}`,
    "",
    command.summary,
    "",
    "options:",
    ...options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    "",
    EXIT_RULE,
    ...(command.notes ?? []),
    "",
  ].join("\n");
}

/** "1 error", "2 errors"; `plural` when adding an s does not make it */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The known names nearest to `wanted` first (edit distance, then name): what a typo meant. */
export function nearest(wanted: string, known: readonly string[]): string[] {
  const distance = new Map(known.map((k) => [k, editDistance(wanted, k)]));
  return [...known].sort((a, b) => distance.get(a)! - distance.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** An unknown slug or id as a usage error naming the known ones, nearest first. */
export function unknownName(option: string, wanted: string, known: readonly string[]): UsageError {
  const sorted = nearest(wanted, known);
  // a long list is cut to what a typo likely meant; the list commands give the rest
  const shown = sorted.length > 12 ? [...sorted.slice(0, 8), `… (${sorted.length - 8} more)`] : sorted;
  return new UsageError(`unknown ${option} '${wanted}'; known${sorted.length > 12 ? ", nearest first" : ""}: ${shown.join(", ")}`);
}
