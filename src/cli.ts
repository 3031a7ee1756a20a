/** Commands → library calls; no extraction logic of its own. */
import { commands } from "./commands/index.js";
import { commandHelp, editDistance, EXIT, EXIT_RULE, UsageError, nearest, type Command, type Io } from "./commands/command.js";
import { printable } from "./messages.js";

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    // no command is bad usage: the help goes where errors go
    io.stderr.write(help());
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h") {
    io.stdout.write(help());
    return EXIT.ok;
  }
  if (name === "help") {
    if (rest.length === 0 || rest[0] === "--help" || rest[0] === "-h") {
      io.stdout.write(help());
      return EXIT.ok;
    }
    const command = find(rest[0]);
    if (!command || rest.length > 1) return unknownCommand(rest.join(" "), io);
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v" || name === "-V") {
    const { TOOL_VERSION } = await import("./version.js");
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const command = find(name);
  if (!command) return unknownCommand(name, io);
  // --help anywhere before a "--" wins over the other arguments, as in most tools
  const end = rest.indexOf("--");
  if ((end === -1 ? rest : rest.slice(0, end)).some((a) => a === "--help" || a === "-h")) {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      // a usage error quotes the arguments: escaped, as every printed problem is
      io.stderr.write(
        `nghiquyet ${command.name}: ${printable((error as Error).message)}\nusage: ${command.usage}\n(nghiquyet help ${command.name} lists the options)\n`,
      );
      return EXIT.usage;
    }
    throw error;
  }
}

function find(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}

function unknownCommand(name: string, io: Io): number {
  const guess = nearest(name, commands.map((c) => c.name))[0];
  const hint = editDistance(name, guess) <= 2 ? ` (did you mean '${guess}'?)` : "";
  io.stderr.write(`nghiquyet: unknown command '${printable(name)}'${hint}\n\n${help()}`);
  return EXIT.usage;
}

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "nghiquyet: Vietnamese provincial resolutions to a cited, comparable dataset",
    "",
    "usage: nghiquyet COMMAND [OPTIONS]   (nghiquyet help COMMAND, or COMMAND --help, lists its options)",
    "       nghiquyet --version",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    EXIT_RULE,
    "",
  ].join("\n");
}

function defaultIo(): Io {
  // a reader that stops early (`| head -1`) closes the pipe: the output is no longer
  // wanted, which is not a failure; end quietly, as Unix tools do
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(EXIT.ok);
      throw error;
    });
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}
