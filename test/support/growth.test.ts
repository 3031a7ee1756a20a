// The growth check has teeth: deliberately quadratic work (a backtracking regex, a
// rescan from every position) fails it, and linear work passes it, whatever its
// constant cost, however quick.
import { describe, expect, test } from "vitest";
import { growth } from "./growth.js";

const spaces = (n: number) => " ".repeat(n) + "!";
const KB = 1024;

describe("growth", () => {
  test("catches a regex that backtracks quadratically (' +x' on a line of spaces)", () => {
    const g = growth(spaces, (s) => / +x/.exec(s), [1 * KB, 8 * KB]);
    expect(g.limit).toBeCloseTo(8 ** 1.5);
    expect(g.linear, g.summary).toBe(false);
    expect(g.ratio).toBeGreaterThan(g.limit);
    expect(g.tries).toBe(5);
  });

  test("catches a loop that rescans the rest of the text from every position", () => {
    const g = growth(spaces, (s) => {
      let found = 0;
      // a plain loop: indexOf's vectorized scan is so fast that on small lines the loop around it weighs as much
      for (let i = 0; i < s.length; i++) for (let j = i; j < s.length; j++) if (s.charCodeAt(j) === 0x78) found++;
      return found;
    }, [4 * KB, 16 * KB]);
    expect(g.linear, g.summary).toBe(false);
  });

  test("catches it with a 2× step too (limit ×2.8)", () => {
    const g = growth(spaces, (s) => / +x/.exec(s), [4 * KB, 8 * KB]);
    expect(g.limit).toBeCloseTo(2 ** 1.5);
    expect(g.linear, g.summary).toBe(false);
  });

  test("passes a linear regex over every match of a long line", () => {
    const g = growth((n) => "1 % ".repeat(n / 4), (s) => s.match(/\d+\s*%/g)?.length, [64 * KB, 256 * KB]);
    expect(g.linear, g.summary).toBe(true);
    expect(g.ratio).toBeGreaterThan(1.5);
  });

  test("passes n·log n work (sorting)", () => {
    const g = growth((n) => Array.from({ length: n }, (_, i) => (i * 7919) % n), (a) => [...a].sort((x, y) => x - y), [16 * KB, 64 * KB]);
    expect(g.linear, g.summary).toBe(true);
  });

  test("passes work of constant cost, however quick: it is repeated until the clock can see it", () => {
    const g = growth(spaces, (s) => /^ {3}/.exec(s), [1 * KB, 64 * KB]);
    expect(g.linear, g.summary).toBe(true);
    expect(g.reps).toBeGreaterThan(1);
  });

  test("refuses sizes that do not grow", () => {
    expect(() => growth(spaces, (s) => s.length, [8, 8])).toThrow(/sizes must grow/);
  });
});
