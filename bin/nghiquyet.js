#!/usr/bin/env node
// Runs the compiled CLI (npm ci compiles src/ to dist/ through the "prepare" script).
import { setV8Flags } from "../dist/src/runtime/v8-flags.js";
import { main } from "../dist/src/cli.js";

// the process's V8 flags, before a command starts any worker (src/runtime/v8-flags.ts)
setV8Flags();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // a bug, not a user error: say so briefly, keep the stack for a report
    console.error(`nghiquyet: internal error: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 3;
  },
);
