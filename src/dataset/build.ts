/**
 * build: every file of a corpus folder to one document JSON each, plus the schema, a
 * manifest, targets.csv and the comparison outputs. Deterministic: same corpus, same
 * bytes. A file that fails leaves no document behind, not even one from an earlier run.
 */
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import pLimit from "p-limit";
import { extract } from "../pipeline.js";
import { documentJsonSchema, SCHEMA_VERSION, type Document, type Message } from "../schema/document.js";
import { TOOL_VERSION } from "../version.js";
import { documentPath, relativeTo, writeAtomic } from "./files.js";
import { targetsCsv } from "./csv.js";

export interface BuildOptions {
  corpus: string;
  out: string;
  /** concurrent file reads */
  concurrency?: number;
  /** called once per document, in corpus order */
  onDocument?: (result: BuildResult) => void;
  /** writes the comparison outputs; given by the caller so the dataset does not depend on reports */
  extraOutputs?: (documents: Document[], out: string) => Promise<string[]>;
}

export interface BuildResult {
  path: string;
  document: Document;
  output: string | null;
  messages: Message[];
}

const IGNORED = /^(?:\.|manifest\.json$|README|.*\.md$)/i;

export async function listCorpus(corpus: string): Promise<string[]> {
  const names = await readdir(corpus);
  const files: string[] = [];
  for (const name of names.sort()) {
    if (IGNORED.test(name)) continue;
    if ((await stat(join(corpus, name))).isFile()) files.push(name);
  }
  return files;
}

export async function buildDataset(options: BuildOptions): Promise<BuildResult[]> {
  const files = await listCorpus(options.corpus);
  const limit = pLimit(options.concurrency ?? 4);
  const seen = new Map<string, string>();
  const results = await Promise.all(
    files.map((name) =>
      limit(async () => {
        const bytes = await readFile(join(options.corpus, name));
        return { name, ...extract(bytes, { path: name }) };
      }),
    ),
  );
  const written: BuildResult[] = [];
  const keep = new Set<string>();
  for (const { name, document, file } of results) {
    const duplicateOf = seen.get(document.source.sha256);
    if (duplicateOf) {
      const m = file.message(`same content as ${duplicateOf}`, { ruleId: "duplicate-content", source: "nghiquyet" });
      m.fatal = false;
      document.messages.push({ reason: m.reason, ruleId: "duplicate-content", source: "nghiquyet", severity: "warning", place: null });
    } else seen.set(document.source.sha256, name);
    const failed = document.messages.some((m) => m.severity === "error");
    let output: string | null = null;
    if (!failed) {
      output = documentPath(options.out, name);
      await writeAtomic(output, JSON.stringify(document, null, 2) + "\n");
      keep.add(output);
    }
    const result = { path: name, document, output, messages: document.messages };
    written.push(result);
    options.onDocument?.(result);
  }
  await removeStale(options.out, keep);

  const documents = written.filter((r) => r.output).map((r) => r.document);
  await writeAtomic(join(options.out, "schema.json"), JSON.stringify(documentJsonSchema(), null, 2) + "\n");
  await writeAtomic(join(options.out, "targets.csv"), targetsCsv(documents));
  const extra = options.extraOutputs ? await options.extraOutputs(documents, options.out) : [];
  await writeAtomic(join(options.out, "manifest.json"), JSON.stringify(manifest(written, options.out, extra), null, 2) + "\n");
  return written;
}

async function removeStale(out: string, keep: Set<string>): Promise<void> {
  const dir = join(out, "documents");
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (name.endsWith(".json") && !keep.has(path)) await rm(path, { force: true });
    if (name.endsWith(".tmp")) await rm(path, { force: true });
  }
}

function manifest(results: BuildResult[], out: string, extra: string[]) {
  return {
    tool: "nghiquyet",
    toolVersion: TOOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    documents: results.map((r) => ({
      source: r.path,
      sha256: r.document.source.sha256,
      bytes: r.document.source.bytes,
      encoding: r.document.source.encoding,
      province: r.document.province.name,
      output: r.output ? relativeTo(out, r.output) : null,
      targets: r.document.targets.length,
      bodies: r.document.bodies.length,
      errors: r.messages.filter((m) => m.severity === "error").length,
      warnings: r.messages.filter((m) => m.severity === "warning").length,
    })),
    outputs: ["schema.json", "targets.csv", ...extra.map((p) => relativeTo(out, p))].sort(),
  };
}
