/**
 * A progress bar for long builds, on stderr, only on a terminal: documents done, rate,
 * ETA. It appears once a build has run for `delayMs` (short builds never show it) and
 * is erased before any other line is printed and at the end.
 */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** show the bar only after this long (ms) */
  delayMs?: number;
  /** redraw at most this often (ms) */
  intervalMs?: number;
  now?: () => number;
}

export class Progress {
  private readonly started: number;
  private done = 0;
  private shown = false;
  private lastDraw = -Infinity;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.delayMs = options.delayMs ?? 1500;
    this.intervalMs = options.intervalMs ?? 100;
    this.started = this.now();
  }

  get enabled(): boolean {
    return Boolean(this.stream.isTTY) && this.total > 0;
  }

  /** one more document done */
  tick(n = 1): void {
    this.done += n;
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.started < this.delayMs || t - this.lastDraw < this.intervalMs) return;
    this.draw(t);
  }

  /** prints a line above the bar */
  print(line: string): void {
    if (this.shown) this.stream.write("\r\x1b[2K");
    this.stream.write(line.endsWith("\n") ? line : line + "\n");
    if (this.shown) this.draw(this.now());
  }

  /** erases the bar */
  finish(): void {
    if (this.shown) this.stream.write("\r\x1b[2K");
    this.shown = false;
  }

  private draw(t: number): void {
    this.lastDraw = t;
    this.shown = true;
    this.stream.write("\r\x1b[2K" + progressLine(this.done, this.total, t - this.started, this.stream.columns ?? 80));
  }
}

/** "[█████░░░░░] 412/1000 documents · 83/s · ETA 7s", at most `width` columns */
export function progressLine(done: number, total: number, elapsedMs: number, width: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const fields = [`${done}/${total} documents`, `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`, `ETA ${eta === null ? "?" : duration(eta)}`];
  const text = " " + fields.join(" · ");
  const barWidth = Math.max(0, Math.min(30, width - 1 - text.length - 2));
  if (barWidth < 5) {
    // too narrow for a bar: as many whole fields as fit
    while (fields.length > 1 && fields.join(" · ").length > width - 1) fields.pop();
    return fields.join(" · ");
  }
  const filled = total > 0 ? Math.round((barWidth * Math.min(done, total)) / total) : 0;
  return `[${"█".repeat(filled)}${"░".repeat(barWidth - filled)}]${text}`;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(seconds % 60).padStart(2, "0")}s`;
}
