// The line that tells a person how to open the console: for an emulator still running, its
// URL; for one that has stopped (npm start's, whose tenant persists in a data directory), the
// command that serves that data again on the same port, then the URL.
export const EMULATOR_COMMAND = "node dist/bin/streamkap-emulator";

export function consoleHint(url: string, dataDir?: string): string {
  const base = url.replace(/\/+$/, "");
  if (dataDir === undefined) return `Console: open ${base}/ in a browser to watch the flows, their statuses and the API requests live.`;
  const port = new URL(base).port;
  const quoted = /^[\w./-]+$/.test(dataDir) ? dataDir : `'${dataDir.replace(/'/g, `'\\''`)}'`;
  return `Console: ${EMULATOR_COMMAND} --data-dir ${quoted}${port ? ` --port ${port}` : ""}, then open ${base}/ in a browser.`;
}
