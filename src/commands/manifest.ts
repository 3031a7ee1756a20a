import { parseArgs } from "node:util";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CorpusError, readCorpusFolder } from "../dataset/build.js";
import { fsReason, writeAtomic } from "../dataset/files.js";
import { count, EXIT, UsageError, type Command } from "./command.js";
import { fileStart, formatProblem, printable, type Problem } from "../messages.js";

interface Entry {
  file: string;
  province: string | null;
  sha256: string;
  bytes: number;
}

/** corpus/manifest.json: every corpus file with its province and the sha256 of its bytes */
async function corpusManifest(corpus: string): Promise<{ files: Entry[] }> {
  const { extract } = await import("../pipeline.js");
  const files: Entry[] = [];
  for (const name of (await readCorpusFolder(corpus)).files) {
    const bytes = await readFile(join(corpus, name));
    const { document } = extract(bytes, { path: name });
    files.push({
      file: name,
      province: document.province?.name ?? null,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
    });
  }
  return { files };
}

/** what differs between the manifest written and the corpus as it is, one problem per file */
function differences(written: { files?: Entry[] }, current: { files: Entry[] }): Array<{ file: string; problem: Problem }> {
  const before = new Map((written.files ?? []).map((e) => [e.file, e]));
  const now = new Map(current.files.map((e) => [e.file, e]));
  const out: Array<{ file: string; problem: Problem }> = [];
  const names = [...new Set([...before.keys(), ...now.keys()])].sort();
  for (const file of names) {
    const [b, n] = [before.get(file), now.get(file)];
    let reason: string | null = null;
    let ruleId = "manifest-changed";
    if (!b) [reason, ruleId] = ["not in the manifest: a new file", "manifest-appeared"];
    else if (!n) [reason, ruleId] = ["in the manifest but no longer in the corpus", "manifest-disappeared"];
    else if (b.sha256 !== n.sha256 || b.bytes !== n.bytes) reason = `content changed (sha256 ${b.sha256.slice(0, 12)}… in the manifest, ${n.sha256.slice(0, 12)}… now)`;
    else if (b.province !== n.province) reason = `province changed ('${b.province}' in the manifest, '${n.province}' now)`;
    if (reason) out.push({ file, problem: { ruleId, severity: "error", reason, place: fileStart() } });
  }
  return out;
}

export const manifestCommand: Command = {
  name: "manifest",
  summary: "write (or --check) corpus/manifest.json: file, province, sha256 of every corpus file",
  usage: "nghiquyet manifest [--corpus DIR] [--check]",
  options: [
    ["--corpus DIR", "the corpus folder (default: corpus); the manifest is DIR/manifest.json"],
    ["--check", "write nothing; name each file that changed, appeared or disappeared since the manifest (exit 1 if any)"],
  ],
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { corpus: { type: "string", default: "corpus" }, check: { type: "boolean", default: false } },
      strict: true,
    });
    const corpus = resolve(io.cwd, values.corpus!);
    let manifest;
    try {
      manifest = await corpusManifest(corpus);
    } catch (error) {
      if (error instanceof CorpusError) throw new UsageError(`cannot read --corpus '${values.corpus}': ${error.message}`);
      throw error;
    }
    const text = JSON.stringify(manifest, null, 2) + "\n";
    const path = join(corpus, "manifest.json");
    const shown = join(values.corpus!, "manifest.json");
    if (values.check) {
      let current: string;
      try {
        current = await readFile(path, "utf8");
      } catch (error) {
        const reason = `cannot read the manifest: ${fsReason(error)}; run nghiquyet manifest`;
        io.stderr.write(formatProblem(shown, { ruleId: "manifest-missing", severity: "error", reason, place: fileStart() }) + "\n");
        return EXIT.failed;
      }
      if (current === text) return EXIT.ok;
      let written: { files?: Entry[] };
      try {
        written = JSON.parse(current);
      } catch (error) {
        const reason = `not JSON (${(error as Error).message}); run nghiquyet manifest`;
        io.stderr.write(formatProblem(shown, { ruleId: "manifest-stale", severity: "error", reason, place: fileStart() }) + "\n");
        return EXIT.failed;
      }
      const changes = differences(written, manifest);
      for (const { file, problem } of changes) io.stderr.write(formatProblem(join(values.corpus!, file), problem) + "\n");
      const reason = changes.length
        ? `does not match the corpus (${count(changes.length, "file")}); run nghiquyet manifest`
        : "does not match the corpus (same files, written differently); run nghiquyet manifest";
      io.stderr.write(formatProblem(shown, { ruleId: "manifest-stale", severity: "error", reason, place: fileStart() }) + "\n");
      return EXIT.failed;
    }
    await writeAtomic(path, text);
    io.stderr.write(`wrote ${printable(shown)}\n`);
    return EXIT.ok;
  },
};
