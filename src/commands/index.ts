import type { Command } from "./command.js";
import { build } from "./build.js";
import { extractCommand } from "./extract.js";
import { compareCommand } from "./compare.js";
import { diffCommand } from "./diff.js";
import { manifestCommand } from "./manifest.js";
import { indicatorsCommand, provincesCommand } from "./lists.js";

/** Every CLI command, in the order `nghiquyet --help` lists them. */
export const commands: Command[] = [build, extractCommand, compareCommand, diffCommand, manifestCommand, indicatorsCommand, provincesCommand];
