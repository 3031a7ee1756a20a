// `build --cache DIR` / `--no-cache`: where the cache goes, what is refused, and that a
// second build of an unchanged corpus says the same and leaves the dataset as it was.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { cli, seed, tree, workspace } from "./helpers.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function ws(files: Record<string, string | Uint8Array>) {
  const w = workspace(files);
  cleanups.push(w.cleanup);
  return w;
}

describe("build's cache", () => {
  test("by default in OUT/.cache; a second build says the same and rewrites nothing", async () => {
    const w = ws({ "thanh-hoa.txt": seed("thanh-hoa.txt") });
    const first = await cli(w.dir, "build");
    expect(first.code).toBe(0);
    expect(existsSync(join(w.out, ".cache", "state.json"))).toBe(true);
    const files = tree(w.out);
    const times = files.map((f) => statSync(join(w.out, f)).mtimeMs);
    const second = await cli(w.dir, "build");
    expect(second).toEqual(first);
    expect(tree(w.out)).toEqual(files);
    expect(files.map((f) => statSync(join(w.out, f)).mtimeMs)).toEqual(times);
  });

  test("--cache DIR puts it there; --no-cache keeps none; the dataset is the same", async () => {
    const w = ws({ "thanh-hoa.txt": seed("thanh-hoa.txt") });
    expect((await cli(w.dir, "build", "--cache", "kept")).code).toBe(0);
    expect(existsSync(join(w.dir, "kept", "state.json"))).toBe(true);
    expect(existsSync(join(w.out, ".cache"))).toBe(false);
    const cached = tree(w.out).map((f) => [f, readFileSync(join(w.out, f), "utf8")]);
    expect((await cli(w.dir, "build", "--no-cache", "--out", "plain")).code).toBe(0);
    expect(existsSync(join(w.dir, "plain", ".cache"))).toBe(false);
    expect(tree(join(w.dir, "plain")).map((f) => [f, readFileSync(join(w.dir, "plain", f), "utf8")])).toEqual(cached);
  });

  test.each([
    [["--cache", "c", "--no-cache"], /--cache and --no-cache cannot go together/],
    [["--cache", "corpus"], /--cache is the --corpus folder or inside it/],
    [["--cache", "corpus/cache"], /--cache is the --corpus folder or inside it/],
    [["--cache", "output/documents/x"], /--cache is inside --out's documents folder/],
  ])("%j: exit 2, nothing written", async (args, message) => {
    const w = ws({ "thanh-hoa.txt": seed("thanh-hoa.txt") });
    const { code, stderr } = await cli(w.dir, "build", ...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(w.out)).toBe(false);
  });
});
