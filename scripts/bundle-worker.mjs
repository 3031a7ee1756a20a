// The build's worker thread as one file: dist/src/dataset/worker.bundle.js, made from the
// compiled dist/src/dataset/worker.js and what it imports (run by `npm run compile`).
// A worker loads an ESM graph of some 170 small files in about 0.2 s, one file in half of
// that, and a build starts one per core (docs/bench.md). src/dataset/pool.ts uses the
// bundle when it is not older than worker.js, so a `tsc` run alone never leaves a worker
// on stale code.
import { build } from "esbuild";

await build({
  entryPoints: ["dist/src/dataset/worker.js"],
  outfile: "dist/src/dataset/worker.bundle.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // CommonJS dependencies (iconv-lite) call require, which an ES module does not have
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
});
