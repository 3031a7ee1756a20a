import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { listCorpus } from "../dataset/build.js";
import { writeAtomic } from "../dataset/files.js";
import { EXIT, type Command } from "./command.js";
import { fileStart, formatProblem, printable } from "../messages.js";

/** corpus/manifest.json: every corpus file with its province and the sha256 of its bytes */
async function corpusManifest(corpus: string) {
  const { extract } = await import("../pipeline.js");
  const files = [];
  for (const name of await listCorpus(corpus)) {
    const bytes = await readFile(join(corpus, name));
    const { document } = extract(bytes, { path: name });
    files.push({
      file: name,
      province: document.province.name,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
    });
  }
  return { files };
}

export const manifestCommand: Command = {
  name: "manifest",
  summary: "write (or --check) corpus/manifest.json: file, province, sha256 of every corpus file",
  usage: "nghiquyet manifest [--corpus DIR] [--check]",
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { corpus: { type: "string", default: "corpus" }, check: { type: "boolean", default: false } },
    });
    const corpus = resolve(io.cwd, values.corpus!);
    const text = JSON.stringify(await corpusManifest(corpus), null, 2) + "\n";
    const path = join(corpus, "manifest.json");
    const shown = `${values.corpus}/manifest.json`;
    if (values.check) {
      const current = await readFile(path, "utf8").catch(() => "");
      if (current !== text) {
        const reason = "does not match the corpus; run nghiquyet manifest";
        io.stderr.write(formatProblem(shown, { ruleId: "manifest-stale", severity: "error", reason, place: fileStart() }) + "\n");
        return EXIT.failed;
      }
      return EXIT.ok;
    }
    await writeAtomic(path, text);
    io.stderr.write(`wrote ${printable(shown)}\n`);
    return EXIT.ok;
  },
};
