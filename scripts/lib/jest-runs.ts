// What repeated jest runs say about flakiness: each run's counts from jest's --json report,
// and every test that failed in at least one run (a file that failed to run counts as one
// failure of the file). Used by scripts/test-repeat.ts; apart from it so it can be tested.

/** The parts of jest's --json output read here. */
export interface JestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

export interface RunSummary {
  label: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  /** "file › test name" of each failure, with the first line of its message. */
  failures: { test: string; message: string }[];
}

export function summarizeRun(label: string, seconds: number, json: JestJson | undefined, exitCode: number | null, root: string): RunSummary {
  if (!json)
    return {
      label,
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds,
      failures: [{ test: `${label} (whole run)`, message: `jest wrote no report (exit ${exitCode})` }],
    };
  const failures: RunSummary["failures"] = [];
  for (const file of json.testResults) {
    const name = file.name.startsWith(root) ? file.name.slice(root.length + 1) : file.name;
    const failed = file.assertionResults.filter((a) => a.status === "failed");
    for (const a of failed) failures.push({ test: `${name} › ${a.fullName}`, message: firstLine(a.failureMessages.join("\n")) });
    if (file.status === "failed" && failed.length === 0) failures.push({ test: `${name} (file failed to run)`, message: firstLine(file.message ?? "") });
  }
  return { label, passed: json.numPassedTests, failed: failures.length, skipped: json.numPendingTests, seconds, failures };
}

/** Every test that failed at least once, most often first, with how often and one message. */
export function flakyTests(runs: RunSummary[]): { test: string; failedRuns: string[]; message: string }[] {
  const byTest = new Map<string, { test: string; failedRuns: string[]; message: string }>();
  for (const run of runs) {
    for (const f of run.failures) {
      const entry = byTest.get(f.test) ?? { test: f.test, failedRuns: [], message: f.message };
      entry.failedRuns.push(run.label);
      byTest.set(f.test, entry);
    }
  }
  return [...byTest.values()].sort((a, b) => b.failedRuns.length - a.failedRuns.length || a.test.localeCompare(b.test));
}

function firstLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, "");
  return (plain.split("\n").find((l) => l.trim() !== "") ?? "").trim().slice(0, 300);
}
