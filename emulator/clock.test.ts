// The deployments' clock: a wait ends only once the clock has passed its time, whatever the
// timers do, and a manual clock moves only when told to.
import { ManualClock, inTransition, systemClock } from "./clock";

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

test("the transition lasts while now < ready_at, and not a millisecond more", () => {
  expect(inTransition(1000, 999)).toBe(true);
  expect(inTransition(1000, 1000)).toBe(false);
});

test("systemClock.until resolves only once the wall clock has passed the time, even when timers fire before it has", async () => {
  jest.useFakeTimers({ doNotFake: ["Date"] });
  let wall = 1_000;
  jest.spyOn(Date, "now").mockImplementation(() => wall);
  let done = false;
  const waited = systemClock.until(1_030).then(() => (done = true));
  // The timers' clock moves 31 ms while the wall clock moves 20: a single setTimeout(30) would
  // end the wait with Date.now() still 10 ms short.
  wall = 1_020;
  jest.advanceTimersByTime(31);
  await Promise.resolve();
  expect(done).toBe(false);
  wall = 1_030;
  jest.advanceTimersByTime(20);
  await waited;
  expect(Date.now()).toBeGreaterThanOrEqual(1_030);
});

test("systemClock.until resolves at once for a past time, and early when its signal aborts", async () => {
  await systemClock.until(Date.now() - 1);
  const closing = new AbortController();
  const far = systemClock.until(Date.now() + 3_600_000, closing.signal);
  closing.abort();
  await far;
});

test("a manual clock's wait ends when the clock is advanced to its time, not before", async () => {
  const clock = new ManualClock({ start: 0 });
  let done = false;
  const waited = clock.until(100).then(() => (done = true));
  expect(clock.waiting).toBe(1);
  clock.advance(99);
  await Promise.resolve();
  expect(done).toBe(false);
  clock.advance(1);
  await waited;
  expect(clock.waiting).toBe(0);
  expect(clock.now()).toBe(100);
});

test("a jumping manual clock moves to a wait's end at once; an aborted wait ends without moving it", async () => {
  const jumping = new ManualClock({ start: 0, waits: "jump" });
  await jumping.until(250);
  expect(jumping.now()).toBe(250);
  const blocking = new ManualClock({ start: 0 });
  const closing = new AbortController();
  const wait = blocking.until(250, closing.signal);
  closing.abort();
  await wait;
  expect(blocking.now()).toBe(0);
  expect(blocking.waiting).toBe(0);
});
