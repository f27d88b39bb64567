// TF_LOG=trace with secrets built to break a log, through the real terraform and our built
// provider: a handful of adversarial values as client secrets and as source passwords, each
// pair against its own emulator (one provider alias each, so one terraform run covers them
// all). Create, refresh, update, import and delete must all succeed, and no secret may show in
// terraform's stdout, stderr or log file, nor any token the emulators issued.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../emulator";
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { StreamkapApi } from "../scripts/lib/streamkap-api";
import { textLeaksOf } from "./support/adversarial-secrets";
import { hclHeader, WorkspaceFactory, type RecordingWorkspace } from "./support/provider-workspace";

jest.setTimeout(600_000);

const CLIENT_ID = "trace-client";
/** [client secret, source password]: one letter, JSON's literals and punctuation, an escape, a
 * key name of the request body, unicode, very long. */
const PAIRS: Array<[string, string]> = [
  ["s", "true"],
  ['"', "{"],
  ["\\", "name"],
  ["🔑", "null"],
  ["x".repeat(5000), "päss wörd"],
];

let dir: string;
const emulators: RunningEmulator[] = [];
const workspaces = new WorkspaceFactory({ address: PROVIDER_ADDRESS, env: () => ({ TF_LOG: "trace" }) });
let ws: RecordingWorkspace;
let logFile: string;

const variables = PAIRS.flatMap((_, i) => [`client_secret_${i}`, `password_${i}`]);
const secretVars = Object.fromEntries(
  PAIRS.flatMap(([secret, password], i) => [
    [`TF_VAR_client_secret_${i}`, secret],
    [`TF_VAR_password_${i}`, password],
  ]),
);

function config(options: { port: number; importIds?: string[] }): string {
  const blocks = PAIRS.map(
    (_, i) => `
provider "streamkap" {
  alias     = "p${i}"
  host      = "${emulators[i].url}"
  client_id = "${CLIENT_ID}"
  secret    = var.client_secret_${i}
}

resource "streamkap_source_postgresql" "s${i}" {
  provider            = streamkap.p${i}
  name                = "trace-${i}"
  database_hostname   = "db.internal"
  database_port       = ${options.port}
  database_user       = "cdc"
  database_password   = var.password_${i}
  database_dbname     = "shop"
  schema_include_list = "public"
  table_include_list  = "public.orders"
}
${options.importIds ? `import {\n  provider = streamkap.p${i}\n  to       = streamkap_source_postgresql.s${i}\n  id       = "${options.importIds[i]}"\n}\n` : ""}`,
  );
  return hclHeader(PROVIDER_SOURCE, variables) + blocks.join("");
}

/** Each emulator's sources, secrets included. */
async function held(): Promise<Array<Array<{ id: string; name: string; port: unknown; password: unknown }>>> {
  return Promise.all(
    emulators.map(async (emulator, i) => {
      const api = new StreamkapApi(emulator.url, CLIENT_ID, PAIRS[i][0]);
      const sources = await api.listSources();
      return Promise.all(
        sources.map(async (s) => {
          const full = (await api.getSource(s.id, true))!;
          return { id: s.id, name: s.name, port: Number(full.config["database.port.user.defined"]), password: full.config["database.password"] };
        }),
      );
    }),
  );
}

const expected = (port: number, ids?: string[]) =>
  PAIRS.map(([, password], i) => [{ id: ids ? ids[i] : expect.any(String), name: `trace-${i}`, port, password }]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "trace-secrets-"));
  logFile = join(dir, "terraform.log");
  for (const [i, [secret]] of PAIRS.entries()) {
    emulators.push(await startEmulator({ clientId: CLIENT_ID, secret, deployMs: 0, issuedTokensFile: join(dir, `tokens-${i}`) }));
  }
});

afterAll(async () => {
  for (const emulator of emulators) await emulator.close();
  workspaces.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`at TF_LOG=trace, ${PAIRS.length} adversarial (client secret, password) pairs`, () => {
  let ids: string[];

  test("create: every source is made with its password", async () => {
    ws = await workspaces.create(config({ port: 5432 }), secretVars);
    await ws.apply();
    const sources = await held();
    expect(sources).toEqual(expected(5432));
    ids = sources.map(([s]) => s.id);
  });

  test("refresh: the next plan reads every source and is clean", async () => {
    const plan = await ws.plan();
    expect(plan.code === 0 ? "no changes" : plan.stdout + plan.stderr).toBe("no changes");
  });

  test("update in place, logging to TF_LOG_PATH", async () => {
    ws.writeConfig(config({ port: 6543 }));
    await ws.apply([], { env: { TF_LOG_PATH: logFile } });
    expect(await held()).toEqual(expected(6543, ids));
    expect(readFileSync(logFile, "utf8")).toContain("@module=provider.streamkap");
  });

  test("import into an empty state, password included: the next plan is clean", async () => {
    await ws.run(["state", "rm", ...PAIRS.map((_, i) => `streamkap_source_postgresql.s${i}`)], { check: true });
    ws.writeConfig(config({ port: 6543, importIds: ids }));
    const imported = await ws.apply();
    expect(imported.stdout).toMatch(new RegExp(`Apply complete! Resources: ${PAIRS.length} imported, 0 added, 0 changed, 0 destroyed`));
    ws.writeConfig(config({ port: 6543 }));
    const plan = await ws.plan();
    expect(plan.code === 0 ? "no changes" : plan.stdout + plan.stderr).toBe("no changes");
  });

  test("destroy leaves no source", async () => {
    await ws.destroy([], { env: { TF_LOG_PATH: logFile } });
    expect(await held()).toEqual(PAIRS.map(() => []));
  });

  test("no client secret, password or token in terraform's stdout, stderr or log file", () => {
    const text = workspaces.log.text() + "\n" + readFileSync(logFile, "utf8");
    // The provider's own lines are there, request bodies included: the search is not vacuous.
    expect(text).toMatch(/request POST \/sources: .*body=/);
    expect(text).toMatch(/request POST \/auth\/access-token: .*secret:\*\*\*/);
    const tokens = emulators.flatMap((_, i) =>
      readFileSync(join(dir, `tokens-${i}`), "utf8")
        .split("\n")
        .filter(Boolean),
    );
    expect(tokens.length).toBeGreaterThanOrEqual(PAIRS.length);
    const leaks = PAIRS.flatMap(([secret, password]) => [
      ...textLeaksOf(secret, text, ["secret", "client_secret"]),
      ...textLeaksOf(password, text, ["database.password", "database_password"]),
    ]);
    const tokenLeaks = tokens.flatMap((token) => textLeaksOf(token, text, []));
    expect([...leaks, ...tokenLeaks].map((line) => line.slice(0, 300))).toEqual([]);
  });
});
