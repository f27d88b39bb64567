// The host's side of the sandbox: one worker thread per loaded transform, with a memory limit,
// asked one thing at a time and killed when it does not answer in time or dies. Whatever the
// transform's code does, the caller gets an answer or a SandboxStopped error, never a hang or a
// crash of its own process. What runs inside the worker: sandbox-worker.ts.
import { Worker } from "node:worker_threads";
import { sandboxWorkerSource, type WorkerAnswer, type WorkerRequest } from "./sandbox-worker";

export interface SandboxLimits {
  /** Longest time one function may take on one record (and the code's top level on load). */
  timeoutMs: number;
  /** Longest JSON text one function may return. */
  maxOutputChars: number;
  /** The worker's JavaScript heap. */
  memoryMb: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { timeoutMs: 1000, maxOutputChars: 1_000_000, memoryMb: 128 };

// How long past its own time limit the worker may take to answer before it is killed: the
// vm timeout stops runaway code inside; this only catches a worker that cannot answer at all
// (and a slow start on a busy machine).
const WATCHDOG_GRACE_MS = 15_000;

/** The worker was stopped (out of memory, no answer, or closed): nothing more runs in it. */
export class SandboxStopped extends Error {}

export class Sandbox {
  private readonly worker: Worker;
  private pending?: { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
  private stopped?: SandboxStopped;

  constructor(readonly limits: SandboxLimits) {
    this.worker = new Worker(sandboxWorkerSource, {
      eval: true,
      env: {},
      argv: [],
      execArgv: [],
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(32, limits.memoryMb / 4) },
    });
    // A sandbox left open must not keep its process alive (a test that forgets close()).
    this.worker.unref();
    this.worker.on("message", (answer: WorkerAnswer) => this.settle(() => this.pending?.resolve(answer)));
    this.worker.on("error", (error: Error & { code?: string }) =>
      this.stop(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `ran out of memory (the sandbox's limit is ${this.limits.memoryMb} MB)`
          : `stopped the sandbox: ${error.message}`,
      ),
    );
    this.worker.on("exit", () => this.stop("stopped the sandbox"));
  }

  /** Sends one request and waits for its answer; rejects with SandboxStopped if the worker
   *  dies or does not answer within `budgetMs` plus a grace period. */
  ask(request: WorkerRequest, budgetMs: number): Promise<WorkerAnswer> {
    if (this.stopped) return Promise.reject(this.stopped);
    if (this.pending) return Promise.reject(new Error("the sandbox answers one request at a time"));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(`did not answer within ${budgetMs + WATCHDOG_GRACE_MS} ms`), budgetMs + WATCHDOG_GRACE_MS);
      this.pending = { resolve, reject, timer };
      this.worker.postMessage(request);
    });
  }

  get isStopped(): boolean {
    return this.stopped !== undefined;
  }

  async close(): Promise<void> {
    this.stop("was closed");
    await this.worker.terminate();
  }

  private settle(action: () => void): void {
    if (this.pending) clearTimeout(this.pending.timer);
    action();
    this.pending = undefined;
  }

  private stop(reason: string): void {
    if (this.stopped) return;
    this.stopped = new SandboxStopped(reason);
    const stopped = this.stopped;
    this.settle(() => this.pending?.reject(stopped));
    void this.worker.terminate();
  }
}
