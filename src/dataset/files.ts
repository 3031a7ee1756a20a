/** Writing the dataset: atomically (temp file + rename), inside the output folder only. */
import { mkdir, rename, writeFile, rm } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { slugify } from "../text/fold.js";

/** Writes `data` to `path` so that readers never see a half-written file. */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** `out/<folder>/<slug>.json` for a corpus file, whatever its name holds ("../", "/", NUL) */
export function documentPath(outDir: string, sourcePath: string): string {
  const stem = sourcePath.replace(/\.[^./\\]*$/, "");
  const slug = slugify(stem) || "document";
  const target = resolve(outDir, "documents", `${slug}.json`);
  const root = resolve(outDir) + sep;
  if (!target.startsWith(root)) throw new Error(`refusing to write outside ${outDir}: ${target}`);
  return target;
}

export function relativeTo(dir: string, path: string): string {
  return relative(dir, path).split(sep).join("/");
}

export { join };
