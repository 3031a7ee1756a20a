/** Commands → library calls; no extraction logic of its own. */
import { commands } from "./commands/index.js";
import { EXIT, UsageError, type Io } from "./commands/command.js";
import { printable } from "./messages.js";

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-v") {
    const { TOOL_VERSION } = await import("./version.js");
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`nghiquyet: unknown command '${printable(name)}'\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      // a usage error quotes the arguments: escaped, as every printed problem is
      io.stderr.write(`nghiquyet ${command.name}: ${printable((error as Error).message)}\nusage: ${command.usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "nghiquyet: Vietnamese provincial resolutions to a cited, comparable dataset",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "exit codes: 0 clean or warnings only, 1 a file had an error, 2 bad usage",
    "",
  ].join("\n");
}

function defaultIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}
