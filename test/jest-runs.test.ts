// The flake check's bookkeeping (scripts/lib/jest-runs.ts): failures read from jest's report,
// a file that failed to run counted, a run without a report counted, and every test that failed
// in any run listed with the runs it failed in.
import { flakyTests, summarizeRun, type JestJson } from "../scripts/lib/jest-runs";

const ROOT = "/repo";
const report = (files: JestJson["testResults"]): JestJson => ({ numPassedTests: 3, numFailedTests: 1, numPendingTests: 2, testResults: files });

test("a run's failures name the file and the test, with the first line of the message, colours removed", () => {
  const run = summarizeRun(
    "unit-1",
    12,
    report([
      {
        name: "/repo/emulator/a.test.ts",
        status: "failed",
        assertionResults: [
          { fullName: "status goes Active", status: "failed", failureMessages: ["\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n  at x"] },
          { fullName: "other", status: "passed", failureMessages: [] },
        ],
      },
      { name: "/repo/emulator/b.test.ts", status: "failed", message: "\nCannot find module './gone'\n", assertionResults: [] },
    ]),
    1,
    ROOT,
  );
  expect(run).toMatchObject({ label: "unit-1", passed: 3, failed: 2, skipped: 2, seconds: 12 });
  expect(run.failures).toEqual([
    { test: "emulator/a.test.ts › status goes Active", message: "Error: expect(received).toBe(expected)" },
    { test: "emulator/b.test.ts (file failed to run)", message: "Cannot find module './gone'" },
  ]);
});

test("a run that wrote no report is a failure of the whole run", () => {
  expect(summarizeRun("unit-2", 5, undefined, 137, ROOT).failures).toEqual([{ test: "unit-2 (whole run)", message: "jest wrote no report (exit 137)" }]);
});

test("flaky tests are listed once each, most often failed first, with the runs they failed in", () => {
  const fail = (label: string, ...tests: string[]) => ({
    label,
    passed: 1,
    failed: tests.length,
    skipped: 0,
    seconds: 1,
    failures: tests.map((test) => ({ test, message: `m ${test}` })),
  });
  expect(flakyTests([fail("unit-1", "b", "a"), fail("unit-2"), fail("unit-3", "a")])).toEqual([
    { test: "a", failedRuns: ["unit-1", "unit-3"], message: "m a" },
    { test: "b", failedRuns: ["unit-1"], message: "m b" },
  ]);
});
