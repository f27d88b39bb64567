// Waits that end at once when the emulator closes (latency, deployments), so close never hangs.
import { systemClock, type Clock } from "./clock";

export class Sleeper {
  private readonly closing = new AbortController();

  /** Resolves after ms of wall-clock time, or as soon as wakeAll() is called. */
  readonly sleep = async (ms: number): Promise<void> => {
    if (ms > 0) await systemClock.until(Date.now() + ms, this.closing.signal);
  };

  /** `clock`, its waits ending at wakeAll() too. */
  closable(clock: Clock): Clock {
    const signal = this.closing.signal;
    return { now: () => clock.now(), until: (time) => clock.until(time, signal) };
  }

  wakeAll(): void {
    this.closing.abort();
  }
}
