/** A worker thread of the build: runs jobs one at a time, answers each with its id. */
import { parentPort } from "node:worker_threads";
import { runJob } from "./job.js";
import { failed, internalError, type Job } from "./outcome.js";

const port = parentPort;
if (!port) throw new Error("worker.ts runs as a worker thread");

port.on("message", ({ id, job }: { id: number; job: Job }) => {
  let done;
  try {
    done = runJob(job);
  } catch (error) {
    done = failed(job.path, internalError(error));
  }
  port.postMessage({ id, done });
});
