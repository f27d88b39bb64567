// The one clock every deployment status (and token lifetime) is read from, and the one rule for what a status is at
// a given time. A record being deployed holds `ready_at` (the clock's time its deployment
// ends); it is in its transition (Starting, Pending Update, ...) while `now < ready_at` and
// settled from then on. A `wait=true` answer waits on the same clock with `until(ready_at)`,
// which resolves only once `now() >= ready_at`: Node timers run on the monotonic loop clock and
// may fire a moment before Date.now() has moved by the full delay, so a single setTimeout could
// let a waited answer still say Starting. Every kind (connectors, pipelines, transforms) uses
// `inTransition` and `until`, never its own comparison or timer.
//
// Tests may inject a ManualClock, whose time moves only when the test advances it: a status is
// then a function of the steps the test took, never of how busy the machine is.

export interface Clock {
  /** Milliseconds since the epoch, as Date.now(). */
  now(): number;
  /** Resolves true once now() >= time (at once if it already is), or false when `signal` aborts first. */
  until(time: number, signal?: AbortSignal): Promise<boolean>;
}

/** Whether a record whose deployment ends at `readyAt` is still in its transition at `now`. */
export function inTransition(readyAt: number, now: number): boolean {
  return now < readyAt;
}

/** Wall-clock time, waited on with timers re-armed until the wall clock has truly passed. */
export const systemClock: Clock = {
  now: () => Date.now(),
  until(time, signal) {
    return new Promise<boolean>((resolve) => {
      if (signal?.aborted) return resolve(Date.now() >= time);
      let timer: NodeJS.Timeout | undefined;
      const end = (reached: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", aborted);
        resolve(reached);
      };
      const aborted = () => end(false);
      const check = () => {
        const left = time - Date.now();
        if (left <= 0) return end(true);
        // +1: a timer may fire up to a millisecond early against the wall clock.
        timer = setTimeout(check, left + 1);
      };
      signal?.addEventListener("abort", aborted);
      check();
    });
  },
};

/** Time that moves only when told to: `advance(ms)` wakes every wait whose time has come. With
 * `waits: "jump"`, a wait moves time forward to its end at once instead (a `wait=true` request
 * then answers as it would after the deployment, without the test stepping the clock). */
export class ManualClock implements Clock {
  private time: number;
  private readonly jump: boolean;
  private readonly waits = new Set<{ time: number; wake: (reached: boolean) => void }>();

  constructor(options: { start?: number; waits?: "block" | "jump" } = {}) {
    this.time = options.start ?? Date.now();
    this.jump = options.waits === "jump";
  }

  now(): number {
    return this.time;
  }

  until(time: number, signal?: AbortSignal): Promise<boolean> {
    if (this.jump && time > this.time) this.advance(time - this.time);
    return new Promise<boolean>((resolve) => {
      if (this.time >= time || signal?.aborted) return resolve(this.time >= time);
      const aborted = () => wait.wake(false);
      const wait = {
        time,
        wake: (reached: boolean) => {
          this.waits.delete(wait);
          signal?.removeEventListener("abort", aborted);
          resolve(reached);
        },
      };
      this.waits.add(wait);
      signal?.addEventListener("abort", aborted);
    });
  }

  advance(ms: number): void {
    this.time += ms;
    for (const wait of [...this.waits]) if (wait.time <= this.time) wait.wake(true);
  }

  /** How many waits are pending: lets a test know a `wait=true` request has reached its wait. */
  get waiting(): number {
    return this.waits.size;
  }
}
