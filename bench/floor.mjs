// The floor: what any tool must at least do with the corpus. Reads every file (16 reads
// in flight) and scans it once with one regex for numbers. Prints one JSON line.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pLimit from "p-limit";

const dir = process.argv[2];
const start = performance.now();
const names = (await readdir(dir)).sort();
const limit = pLimit(16);
let numbers = 0;
let bytes = 0;
await Promise.all(
  names.map((name) =>
    limit(async () => {
      const text = await readFile(join(dir, name), "utf8");
      bytes += Buffer.byteLength(text);
      const re = /\d+(?:[.,]\d+)*\s?%?/g;
      while (re.exec(text)) numbers++;
    }),
  ),
);
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ files: names.length, bytes, numbers, ms }) + "\n");
