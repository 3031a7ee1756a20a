// The progress bar: on a terminal only, after a delay, redrawn in place, erased before
// other lines and at the end.
import { describe, expect, test } from "vitest";
import { Progress, progressLine } from "../../src/dataset/progress.js";
import { cli, resolution, sink, workspace } from "./helpers.js";

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("progressLine", () => {
  test("documents done, rate and ETA, with a bar that fits the width", () => {
    expect(progressLine(250, 1000, 5000, 80)).toBe("[████████░░░░░░░░░░░░░░░░░░░░░░] 250/1000 documents · 50/s · ETA 15s");
    expect(progressLine(3, 400, 2000, 80)).toBe("[░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 3/400 documents · 1.5/s · ETA 4m25s");
    expect(progressLine(0, 10, 1500, 80)).toBe("[░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░] 0/10 documents · 0.0/s · ETA ?");
    expect(progressLine(250, 1000, 5000, 50)).toBe("[███░░░░░░░░] 250/1000 documents · 50/s · ETA 15s");
    expect(progressLine(250, 1000, 5000, 36)).toBe("250/1000 documents · 50/s · ETA 15s");
    expect(progressLine(250, 1000, 5000, 34)).toBe("250/1000 documents · 50/s");
    expect(progressLine(250, 1000, 5000, 20)).toBe("250/1000 documents");
  });
});

describe("Progress", () => {
  test("stays quiet when stderr is not a terminal", () => {
    const err = sink(false);
    const c = clock();
    const p = new Progress(err.stream, 10, { now: c.now });
    c.advance(5000);
    p.tick();
    p.print("a line");
    p.finish();
    expect(err.text()).toBe("a line\n");
  });

  test("on a terminal: nothing for a short build, then a bar redrawn in place", () => {
    const err = sink(true);
    const c = clock();
    const p = new Progress(err.stream, 10, { now: c.now, delayMs: 1500, intervalMs: 100 });
    c.advance(1000);
    p.tick();
    expect(err.text()).toBe("");
    c.advance(1000);
    p.tick();
    expect(err.text()).toBe("\r\x1b[2K[██████░░░░░░░░░░░░░░░░░░░░░░░░] 2/10 documents · 1.0/s · ETA 8s");
    c.advance(50);
    p.tick(); // too soon to redraw
    expect(err.text().split("\r").length).toBe(2);
    p.print("corpus/x.txt: warning: w [r]");
    expect(err.text().endsWith("\r\x1b[2Kcorpus/x.txt: warning: w [r]\n\r\x1b[2K[█████████░░░░░░░░░░░░░░░░░░░░░] 3/10 documents · 1.5/s · ETA 5s")).toBe(true);
    p.finish();
    expect(err.text().endsWith("\r\x1b[2K")).toBe(true);
  });

  test("the build command on a terminal prints the summary on a clean line", async () => {
    const w = workspace({ "a.txt": resolution() });
    try {
      const err = sink(true);
      const out = sink();
      const { main } = await import("../../src/cli.js");
      const code = await main(["build"], { stdout: out.stream, stderr: err.stream, cwd: w.dir });
      expect(code).toBe(0);
      // a build under the delay shows no bar at all; one slowed past it (a loaded machine) clears the bar first
      const summary = "1 document, 1 target → output (0 errors, 0 warnings)\n";
      const text = err.text();
      if (text !== summary) expect(text.endsWith(`\r\x1b[2K${summary}`)).toBe(true);
    } finally {
      w.cleanup();
    }
    // --help is help, not a build
    const help = await cli(process.cwd(), "build", "--help");
    expect([help.code, help.stdout.split("\n")[0]]).toEqual([0, "usage: nghiquyet build [--corpus DIR] [--out DIR] [--strict] [--verbose] [--jobs N] [--cache DIR | --no-cache]"]);
  });
});
