/**
 * Where the pipeline runs during a build: in worker threads (one per core, for corpora
 * large enough to pay for their start-up) or in-process. A worker that dies (a crash, its
 * memory limit) fails only the file it was on, as an `internal-error`, and is replaced.
 */
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { failed, internalError, type Done, type Job } from "./outcome.js";
import { asMessage } from "../messages.js";

export interface Extractor {
  /** worker threads in use; 0 when the pipeline runs in-process */
  readonly workers: number;
  run(job: Job): Promise<Done>;
  close(): Promise<void>;
}

/** a worker starts in about a second; below this many files per worker it does not pay */
const FILES_PER_WORKER = 8;
/** records to read from the cache that take this thread longer than a worker takes to start */
const RECORDS_FOR_A_WORKER = 500;

/**
 * how many workers a corpus of `files` files to run gets by default; with `besides` files
 * read from the build's cache meanwhile, a few files get one worker, which runs them while
 * this thread reads the records
 */
export function defaultWorkers(files: number, besides = 0): number {
  const workers = Math.max(0, Math.min(availableParallelism(), 8, Math.floor(files / FILES_PER_WORKER)));
  return workers === 0 && files > 0 && besides >= RECORDS_FOR_A_WORKER ? 1 : workers;
}

export async function createExtractor(workers: number, options: WorkerOptions = {}): Promise<Extractor> {
  return workers > 0 ? new WorkerPool(workers, options) : inProcess();
}

async function inProcess(): Promise<Extractor> {
  const { runJob } = await import("./job.js");
  // Each job after a turn of the event loop, so that a Ctrl-C is seen between two
  // documents (nothing else a build awaits between them gives one). Jobs not begun when
  // the extractor closes are not run: they write nothing, and their files fail.
  const waiting = new Map<NodeJS.Immediate, { job: Job; resolve: (done: Done) => void }>();
  const run = (job: Job) =>
    new Promise<Done>((resolve) => {
      const turn = setImmediate(() => {
        waiting.delete(turn);
        resolve(runJob(job));
      });
      waiting.set(turn, { job, resolve });
    });
  const close = async () => {
    for (const [turn, { job, resolve }] of waiting) {
      clearImmediate(turn);
      resolve(failed(job.path, asMessage({ ruleId: "build-interrupted", severity: "error", reason: "the build stopped before this file was read" }), { bytes: job.bytes.length }));
    }
    waiting.clear();
  };
  return { workers: 0, run, close };
}

export interface WorkerOptions {
  /** heap limit of each worker; a file that needs more fails alone */
  maxOldGenerationSizeMb?: number;
}

interface Pending {
  id: number;
  job: Job;
  resolve: (done: Done) => void;
}

interface Slot {
  worker: Worker;
  /** jobs sent to the worker, in the order it runs them; the first is the one it is on */
  sent: Pending[];
  dead: boolean;
}

/**
 * Jobs a worker holds at once: the one it runs and the next, already in its message
 * queue, so that it does not wait for this thread (which shares the cores) between two.
 */
const IN_FLIGHT = 2;

class WorkerPool implements Extractor {
  /** a slot whose worker died is refilled when there is work for it */
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    readonly workers: number,
    private readonly options: WorkerOptions,
  ) {
    for (let i = 0; i < workers; i++) this.slots.push(this.spawn());
  }

  run(job: Job): Promise<Done> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => (s.dead ? undefined : s.worker.terminate())));
  }

  private spawn(): Slot {
    const script = workerScript();
    const worker = new Worker(script.code, {
      eval: script.eval,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 1024 },
    });
    const slot: Slot = { worker, sent: [], dead: false };
    worker.on("message", (reply: { id: number; done: Done }) => {
      const pending = slot.sent[0];
      if (!pending || pending.id !== reply.id) return;
      slot.sent.shift();
      pending.resolve(reply.done);
      this.dispatch();
    });
    worker.on("error", (error) => this.lose(slot, error));
    worker.on("exit", (code) => this.lose(slot, new Error(`worker stopped (exit code ${code})`)));
    worker.unref();
    return slot;
  }

  /** the worker of `slot` is gone: fail the file it was on, give its next back; another starts when there is work */
  private lose(slot: Slot, error: Error): void {
    if (slot.dead) return;
    slot.dead = true;
    const [pending, ...next] = slot.sent;
    slot.sent = [];
    this.queue.unshift(...next);
    if (pending) {
      const m =
        (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
          ? asMessage({ ruleId: "internal-error", severity: "error", reason: "ran out of memory while extracting this file" })
          : internalError(error);
      pending.resolve(failed(pending.job.path, m, { bytes: pending.job.bytes.length }));
    }
    void slot.worker.terminate();
    this.dispatch();
  }

  private dispatch(): void {
    if (this.closing) return;
    // every worker gets a job before any gets a second
    for (let depth = 1; depth <= IN_FLIGHT; depth++) {
      for (let i = 0; i < this.slots.length; i++) {
        if (this.queue.length === 0) break;
        if (this.slots[i].dead) this.slots[i] = this.spawn();
        const slot = this.slots[i];
        if (slot.sent.length >= depth) continue;
        const pending = this.queue.shift()!;
        slot.sent.push(pending);
        slot.worker.ref();
        slot.worker.postMessage({ id: pending.id, job: pending.job });
      }
    }
    // an idle worker does not keep the process alive
    for (const slot of this.slots) if (slot.sent.length === 0 && !slot.dead) slot.worker.unref();
  }
}

/**
 * The worker's code: from compiled modules, the bundle of worker.js made by
 * `npm run compile` (scripts/bundle-worker.mjs; one file loads sooner than the graph of
 * modules it was made from) when it is not older than worker.js, else worker.js itself;
 * from the TypeScript sources (tests, tsx), worker.ts loaded through tsx's loader.
 */
export function workerScript(here: string = import.meta.url): { code: string | URL; eval: boolean } {
  if (here.endsWith(".js")) {
    const plain = new URL("./worker.js", here);
    const bundle = new URL("./worker.bundle.js", here);
    return { code: fresh(bundle, plain) ? bundle : plain, eval: false };
  }
  // tsx's ESM entry (require.resolve finds its CommonJS twin, which cannot register from a worker)
  const tsx = pathToFileURL(createRequire(here).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const entry = new URL("./worker.ts", here).href;
  return {
    code: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`,
    eval: true,
  };
}

/** `made` exists and is at least as new as `source` (tsc rewrites every file it emits, so a compile without the bundle step leaves the bundle older) */
function fresh(made: URL, source: URL): boolean {
  const a = statSync(made, { throwIfNoEntry: false });
  const b = statSync(source, { throwIfNoEntry: false });
  return a !== undefined && (b === undefined || a.mtimeMs >= b.mtimeMs);
}
