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
  // a heap grows by at most 30% past what its last full collection kept: the end of a build
  // of a large corpus makes much short-lived text, and by V8's own factor its heap would
  // grow to twice what it holds before collecting
  "--heap-growing-percent=30",
];

export function setV8Flags(): void {
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
