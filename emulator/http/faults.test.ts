import { FaultInjector } from "./faults";

const settings = { faultRate: 0.3, lostResponseRate: 0.1 };

function decisions(injector: FaultInjector, order: number[]) {
  const out = new Map<number, string>();
  for (const n of order) out.set(n, `${injector.beforeRequest(n)?.status ?? "-"}/${injector.afterWrite(n) ?? "-"}`);
  return out;
}

test("a seed decides each request's fate by its number, whatever the order of asking", () => {
  const ns = Array.from({ length: 200 }, (_, i) => i + 1);
  const inOrder = decisions(new FaultInjector(settings, 42), ns);
  const shuffled = decisions(new FaultInjector(settings, 42), [...ns].reverse());
  expect(shuffled).toEqual(inOrder);
  const otherSeed = decisions(new FaultInjector(settings, 43), ns);
  expect(otherSeed).not.toEqual(inOrder);
});

test("rates are honoured and every kind of fault occurs", () => {
  const injector = new FaultInjector(settings, 7);
  const n = 5000;
  const faults = Array.from({ length: n }, (_, i) => injector.beforeRequest(i + 1)).filter((f) => f !== undefined);
  const lost = Array.from({ length: n }, (_, i) => injector.afterWrite(i + 1)).filter((l) => l !== undefined);
  expect(faults.length / n).toBeGreaterThan(0.27);
  expect(faults.length / n).toBeLessThan(0.33);
  expect(lost.length / n).toBeGreaterThan(0.08);
  expect(lost.length / n).toBeLessThan(0.12);
  expect(new Set(faults.map((f) => f.status))).toEqual(new Set([429, 502, 503, 504]));
  expect(faults.some((f) => f.contentType === "text/html")).toBe(true);
  expect(faults.some((f) => f.headers["Retry-After"] !== undefined)).toBe(true);
  expect(new Set(lost)).toEqual(new Set(["bad-gateway", "destroy-socket"]));
});

test("rate 0 injects nothing", () => {
  const injector = new FaultInjector({ faultRate: 0, lostResponseRate: 0 }, 1);
  for (let i = 1; i <= 100; i++) {
    expect(injector.beforeRequest(i)).toBeUndefined();
    expect(injector.afterWrite(i)).toBeUndefined();
  }
});
