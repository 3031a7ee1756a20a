// V8's flags are the process's: only the CLI's entry sets them, from one list.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { V8_FLAGS } from "../src/runtime/v8-flags.js";

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

test("no module but src/runtime/v8-flags.ts sets V8 flags, and bin/nghiquyet.js calls it", () => {
  const setting = files("src").filter((f) => f.endsWith(".ts") && readFileSync(f, "utf8").includes("setFlagsFromString"));
  expect(setting).toEqual([join("src", "runtime", "v8-flags.ts")]);
  expect(readFileSync("bin/nghiquyet.js", "utf8")).toMatch(/^setV8Flags\(\);$/m);
  expect(V8_FLAGS.every((f) => f.startsWith("--"))).toBe(true);
});
