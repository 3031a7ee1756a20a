// Preloaded into the measured build (node --import): on exit, writes the process's
// resource usage (peak RSS covers its worker threads) to $BENCH_USAGE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.BENCH_USAGE) writeFileSync(process.env.BENCH_USAGE, JSON.stringify(process.resourceUsage()));
});
