// Waits that end at once when the emulator closes (latency, deployments), so close never hangs.
export class Sleeper {
  private readonly waiters = new Set<() => void>();

  /** Resolves after ms, or as soon as wakeAll() is called. */
  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });

  wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
