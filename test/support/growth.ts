/**
 * How the time of some work grows with its size: the same work at two sizes, timed in
 * CPU time of this process, compared as a ratio. A slower or busier machine slows both
 * sizes alike, so the ratio tells linear from quadratic on any machine; no test compares
 * a time with a number of milliseconds.
 *
 * Noise only ever adds time, so each size keeps the least of a few measurements, taken
 * in turn, small then large; the first pair under the limit ends the measuring.
 */

export interface GrowthOptions {
  /**
   * The ratio of the times above which growth is worse than linear. Default step^1.5
   * (step = large size / small size): halfway, on a log scale, between linear (step)
   * and quadratic (step²): 2.8 for a 2× step, 8 for 4×, 22.6 for 8×. A larger step leaves
   * more room on both sides (a linear ratio doubled by caches that hold only the small input).
   */
  limit?: number;
  /** measurements of each size, at most (default 5: noise only adds time, and a pass ends the measuring) */
  tries?: number;
}

export interface Growth {
  sizes: readonly [number, number];
  /** CPU milliseconds of one run at each size: the least of the measurements */
  ms: [number, number];
  /** runs per measurement of the small input (work too quick for the clock is repeated) */
  reps: number;
  tries: number;
  ratio: number;
  limit: number;
  linear: boolean;
  /** the numbers, for a failure message */
  summary: string;
}

/** CPU milliseconds this process spends on `fn` (its compiler and GC threads included) */
export function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Work is run on the small input, untimed, for at least this long first, so that the
 * compiler has optimized it; and a measurement shorter than GRAIN_MS is repeated until it
 * is not, since the clock's grain would otherwise be much of it. Neither is a limit.
 */
const WARM_MS = 3;
const GRAIN_MS = 1.5;
const MAX_REPS = 1 << 16;

/**
 * `run` on `make(small)` and on `make(large)`: how much longer the large one takes.
 * Inputs are made before any timing.
 */
export function growth<T>(
  make: (size: number) => T,
  run: (input: T) => unknown,
  sizes: readonly [number, number],
  options: GrowthOptions = {},
): Growth {
  const [smallSize, largeSize] = sizes;
  if (!(largeSize > smallSize && smallSize > 0)) throw new Error(`growth: sizes must grow, got ${smallSize} → ${largeSize}`);
  const limit = options.limit ?? (largeSize / smallSize) ** 1.5;
  const maxTries = options.tries ?? 5;
  const small = make(smallSize);
  const large = make(largeSize);
  const timed = (input: T, reps: number) =>
    cpuMs(() => {
      for (let i = 0; i < reps; i++) run(input);
    }) / reps;

  let warm = 0;
  for (let runs = 0; runs < 1 || warm < WARM_MS; runs++) warm += timed(small, 1);
  const once = timed(small, 1);
  const reps = once >= GRAIN_MS ? 1 : Math.min(MAX_REPS, Math.ceil(GRAIN_MS / Math.max(once, GRAIN_MS / MAX_REPS)));
  // the large input takes longer a run: fewer runs make a measurement as long
  const largeReps = Math.max(1, Math.round(reps / (largeSize / smallSize)));
  const ms: [number, number] = [reps === 1 ? once : timed(small, reps), Infinity];
  let tries = 0;
  while (tries < maxTries) {
    if (tries > 0) ms[0] = Math.min(ms[0], timed(small, reps));
    ms[1] = Math.min(ms[1], timed(large, largeReps));
    tries++;
    if (ratioOf(ms) <= limit) break;
  }
  const ratio = ratioOf(ms);
  const size = (n: number) => (n >= 1 << 20 && n % (1 << 18) === 0 ? `${n / (1 << 20)} MB` : n >= 1024 && n % 256 === 0 ? `${n / 1024} KB` : String(n));
  const summary =
    `${size(smallSize)}: ${ms[0].toFixed(2)} ms, ${size(largeSize)}: ${ms[1].toFixed(2)} ms of CPU ` +
    `(least of ${tries}, of ${reps} and ${largeReps} run${largeReps === 1 ? "" : "s"}): ×${ratio.toFixed(1)} for ×${(largeSize / smallSize).toFixed(1)} the size, limit ×${limit.toFixed(1)}`;
  return { sizes, ms, reps, tries, ratio, limit, linear: ratio <= limit, summary };
}

// a small time read as zero by the clock: the ratio is that of the clock's grain
const ratioOf = ([small, large]: readonly [number, number]) => large / Math.max(small, 1e-3);
