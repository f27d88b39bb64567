import type { ApiConnector, ConnectorApi } from "./connectors";
import { CONNECTOR_STATUS, describeStatus, waitForStatus, waitUntilGone } from "./status-wait";

/** A ConnectorApi whose get answers from a script, one entry per poll, on a fake clock. */
function scripted(answers: (Partial<ApiConnector> | undefined)[]) {
  let clock = 0;
  const polls: boolean[] = [];
  const api = {
    async get(_id: string, opts?: { fresh?: boolean }) {
      polls.push(Boolean(opts?.fresh));
      const next = answers.length > 1 ? answers.shift() : answers[0];
      return next && ({ id: "a".repeat(24), name: "s", connector: "postgresql", ...next } as ApiConnector);
    },
  } as unknown as ConnectorApi;
  const opts = (deadline: number) => ({ deadline, now: () => clock, sleep: async (ms: number) => void (clock += ms), firstDelayMs: 100, maxDelayMs: 400 });
  return { api, polls, opts, elapsed: () => clock };
}

const initial = { id: "a".repeat(24), name: "s", connector: "postgresql", connector_status: "Starting" } as ApiConnector;

test("polls, bypassing any read cache, until the desired status", async () => {
  const s = scripted([{ connector_status: "Starting" }, { connector_status: "Starting" }, { connector_status: "Paused" }]);
  const outcome = await waitForStatus(s.api, initial, "Paused", s.opts(60_000), CONNECTOR_STATUS);
  expect(outcome).toMatchObject({ ok: true, latest: { connector_status: "Paused" } });
  expect(s.polls).toEqual([true, true, true]);
  // Pauses grow: 100, 150, 225.
  expect(s.elapsed()).toBe(475);
});

test("a Broken connector fails at once, quoting its status and task states", async () => {
  const s = scripted([{ connector_status: "Broken", task_statuses: { "0": { state: "FAILED", trace: "ConnectException: bad host\n\tat x" } } }]);
  const outcome = await waitForStatus(s.api, initial, "Active", s.opts(60_000), CONNECTOR_STATUS);
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.problem).toBe("it ended Broken (task 0: FAILED — ConnectException: bad host) instead of Active");
  expect(s.polls).toHaveLength(1);
});

test("the time allowed ends the wait with the last status seen", async () => {
  const s = scripted([{ connector_status: "Starting" }]);
  const outcome = await waitForStatus(s.api, initial, "Active", s.opts(1000), CONNECTOR_STATUS);
  expect(outcome.ok).toBe(false);
  expect(!outcome.ok && outcome.problem).toMatch(/still Starting after the time allowed/);
  expect(s.elapsed()).toBe(1000);
});

test("a source deleted during the wait is reported", async () => {
  const s = scripted([undefined]);
  const outcome = await waitForStatus(s.api, initial, "Active", s.opts(1000), CONNECTOR_STATUS);
  expect(!outcome.ok && outcome.problem).toMatch(/deleted/);
});

test("waitUntilGone returns once the source is not found, or says it still exists", async () => {
  const gone = scripted([{ connector_status: "Active" }, undefined]);
  expect((await waitUntilGone(gone.api, initial.id, gone.opts(60_000), CONNECTOR_STATUS)).ok).toBe(true);
  const stuck = scripted([{ connector_status: "Active" }]);
  const outcome = await waitUntilGone(stuck.api, initial.id, stuck.opts(500), CONNECTOR_STATUS);
  expect(!outcome.ok && outcome.problem).toMatch(/still exists/);
});

test("describeStatus never quotes a secret", () => {
  const source = { ...initial, connector_status: "Broken", task_statuses: { "0": { state: "FAILED", trace: "auth failed for pw-123" } } };
  expect(describeStatus(source, ["pw-123"])).toBe("Broken (task 0: FAILED — auth failed for ***)");
});
