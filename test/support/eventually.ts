// Waiting for a condition in a test: poll until it holds or a deadline passes, then fail
// saying what was awaited and what was last seen. Tests use this instead of sleeping a fixed
// time and hoping the condition holds by then (on a busy machine it may not, on an idle one
// the sleep is wasted). The deadline is generous: it bounds a failure, not a success.

export interface EventuallyOptions {
  /** Give up after this long (default 30 s). */
  timeoutMs?: number;
  /** Between probes (default 25 ms). */
  intervalMs?: number;
}

/** Probes until `accept` holds for the probe's value, and returns that value. A probe that
 * throws counts as not yet (its error is reported if the deadline passes). */
export async function eventually<T>(
  what: string,
  probe: () => T | Promise<T>,
  accept: (value: T) => boolean = Boolean,
  options: EventuallyOptions = {},
): Promise<T> {
  const { timeoutMs = 30_000, intervalMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  let last: { value: T } | { error: unknown } | undefined;
  for (;;) {
    try {
      const value = await probe();
      if (accept(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const seen = !last
    ? "nothing"
    : "error" in last
      ? `an error: ${last.error instanceof Error ? last.error.message : String(last.error)}`
      : JSON.stringify(last.value)?.slice(0, 500);
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
}
