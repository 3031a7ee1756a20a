/**
 * V8's flags are the process's: the CLI's entry (bin/nghiquyet.js) sets these before it
 * runs a command, and library code sets none. They take effect for what V8 makes after
 * them: the workers' heaps, and the code compiled there. docs/bench.md has what each
 * was measured to change.
 */
import { setFlagsFromString } from "node:v8";

export const V8_FLAGS: readonly string[] = [
  // each of a few hundred patterns runs thousands of times: compiled on first use rather
  // than interpreted first, a worker reaches full speed sooner
  "--no-regexp-tier-up",
  // less inlined into the large stage functions: their optimized compilation, on cores
  // the workers share, costs less, for code as fast
  "--max-inlined-bytecode-size-cumulative=300",
];

export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
