// Pseudo-randomness for fault injection. A seed makes a run repeatable, so a flaky
// integration test can be replayed with the same sequence of faults.
import { randomInt } from "node:crypto";

export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit generator; plenty for choosing faults. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomSeed(): number {
  return randomInt(0, 2 ** 32 - 1);
}
