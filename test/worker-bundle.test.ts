// The compiled build runs its workers from one bundled file (scripts/bundle-worker.mjs):
// the pool takes it only when it is not older than the modules it was made from, and a
// build through it writes the very documents the committed dataset holds.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { workerScript } from "../src/dataset/pool.js";

const ROOT = join(import.meta.dirname, "..");
const BUNDLE = join(ROOT, "dist", "src", "dataset", "worker.bundle.js");

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), "nghiquyet-bundle-"));
  dirs.push(dir);
  return dir;
}

describe("which worker script the compiled pool starts", () => {
  /** a compiled dataset folder with worker.js and, when given, a bundle of the given age */
  function compiled(bundleAge: "none" | "older" | "newer" | "same"): string {
    const dir = temp();
    const plain = join(dir, "worker.js");
    writeFileSync(plain, "");
    const t = new Date("2026-01-02T00:00:00Z");
    utimesSync(plain, t, t);
    if (bundleAge !== "none") {
      const bundle = join(dir, "worker.bundle.js");
      writeFileSync(bundle, "");
      const offset = { older: -1000, newer: 1000, same: 0 }[bundleAge];
      const b = new Date(t.getTime() + offset);
      utimesSync(bundle, b, b);
    }
    return pathToFileURL(join(dir, "pool.js")).href;
  }
  const chosen = (here: string) => String(workerScript(here).code).split("/").pop();

  test("the bundle when it is as new as worker.js or newer", () => {
    expect(chosen(compiled("newer"))).toBe("worker.bundle.js");
    expect(chosen(compiled("same"))).toBe("worker.bundle.js");
  });

  test("worker.js when there is no bundle, or when tsc ran after the bundle was made", () => {
    expect(chosen(compiled("none"))).toBe("worker.js");
    expect(chosen(compiled("older"))).toBe("worker.js");
  });

  test("the TypeScript sources run worker.ts through tsx", () => {
    const script = workerScript(pathToFileURL(join(ROOT, "src", "dataset", "pool.ts")).href);
    expect(script.eval).toBe(true);
    expect(String(script.code)).toContain("worker.ts");
  });
});

describe("a build through the bundled worker", () => {
  // dist/ is compiled by `npm ci` (the prepare script), so CI always has it; a checkout
  // that has not compiled has nothing to run here
  const built = existsSync(BUNDLE);
  test("writes the committed documents byte for byte, with two workers", () => {
    if (!built) {
      expect(process.env.CI, "CI compiles dist/ through npm ci").toBeFalsy();
      return;
    }
    const dir = temp();
    const out = join(dir, "output");
    mkdirSync(out);
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "nghiquyet.js"), "build", "--corpus", join(ROOT, "corpus"), "--out", out, "--jobs", "2"], {
      encoding: "utf8",
    });
    expect(run.stderr).not.toContain("internal-error");
    expect(run.status).toBe(0);
    const committed = join(ROOT, "output", "documents");
    const names = readdirSync(committed).sort();
    expect(readdirSync(join(out, "documents")).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(out, "documents", name), "utf8"), `${name} (is dist/ compiled from these sources? npm run compile)`).toBe(
        readFileSync(join(committed, name), "utf8"),
      );
  }, 60_000);
});
