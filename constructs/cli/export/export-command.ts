// `cdktf-streamkap export`: a live tenant becomes code that adopts it. Checks the options and
// the target folder before a single request, reads the tenant (STREAMKAP_HOST, or the local
// emulator's data as `npm start` leaves it), plans what to write (estate.ts), writes it as a
// cdktf TypeScript project or as Terraform files, all at once or not at all, and says what it
// did, what it pulled in and what to do next.
import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { packageInfo } from "../package-info";
import { OFFICIAL_PROVIDER_SOURCE, PROVIDER_SOURCE } from "../provider-address";
import { ApiSession, type ApiEndpoint } from "./api-session";
import { globToRegExp, planEstate, type ExportFilters } from "./estate";
import { hclProject } from "./hcl-writer";
import { startLocalEmulator, type LocalEmulator } from "./local-emulator";
import { checkOutDir, writeProject } from "./output-dir";
import { estateCounts } from "./project-files";
import { COLLECTIONS, readTenant, readTopics, type Collection } from "./tenant-reader";
import { typescriptProject } from "./typescript-writer";
import { wordsOf } from "./identifiers";

export interface ExportCommandOptions {
  out?: string;
  stackName?: string;
  split?: boolean;
  hcl?: boolean;
  force?: boolean;
  /** Comma lists, as given on the command line. */
  kinds?: string[];
  names?: string[];
  tags?: string[];
  providerSource?: string;
  providerVersion?: string;
  /** The emulator's data folder used when STREAMKAP_HOST is not set. */
  emulatorData?: string;
  env: NodeJS.ProcessEnv;
  /** A progress line to redraw (on a terminal), or undefined. */
  progress?: (line: string) => void;
}

export const DEFAULT_EMULATOR_DATA = join(".streamkap", "emulator");

export interface ExportResult {
  lines: string[];
  /** Requests sent to the API. */
  requests: number;
  outDir: string;
}

export async function exportCommand(options: ExportCommandOptions): Promise<ExportResult> {
  if (!options.out) throw new Error("--out <dir> is required: the folder to write the project into (e.g. --out infra).");
  const filters = parseFilters(options);
  const target = resolve(options.out);
  checkOutDir(target, options.force ?? false); // refuses a non-empty folder before any request
  const stackName = options.stackName ?? "streamkap";
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(stackName))
    throw new Error(`--stack-name ${JSON.stringify(stackName)}: use letters, digits, "-" and "_", starting with a letter.`);

  const { endpoint, emulator } = await endpointFrom(options);
  try {
    const session = new ApiSession(endpoint);
    const progress = options.progress && ((what: string, done: number, total: number) => options.progress!(`reading ${what}: ${done} of ${total}`));
    const tenant = await readTenant(session, { collections: new Set(COLLECTIONS.filter((c) => c !== "topics")), progress });
    if (!filters.kinds || filters.kinds.has("topics")) {
      // Topics are read in detail only where the export can use them.
      const reach = filters.names || filters.tags ? planEstate(tenant, filters) : undefined;
      const connectorIds = reach && new Set(reach.flows.flatMap((f) => [...f.sources, ...f.destinations].map((c) => c.id)));
      const patterns = filters.names?.map(globToRegExp);
      tenant.topics = await readTopics(session, {
        progress,
        topicWanted: (t) => !reach || connectorIds!.has(t.entity?.entity_id ?? "") || (patterns?.some((p) => p.test(t.name)) ?? false),
      });
    }
    options.progress?.("");
    const estate = planEstate(tenant, filters);
    const info = { host: endpoint.host, packageVersion: packageInfo().version, projectName: wordsOf(basename(target)).join("-") || "streamkap-infra" };
    const official = options.providerSource === OFFICIAL_PROVIDER_SOURCE;
    const files = options.hcl
      ? hclProject(estate, {
          ...info,
          split: options.split ?? false,
          providerSource: options.providerSource ?? PROVIDER_SOURCE,
          providerVersion: options.providerVersion ?? (official ? "3.0.0-beta.24" : `~> ${info.packageVersion.split(".").slice(0, 2).join(".")}`),
        })
      : typescriptProject(estate, { ...info, stackName, split: options.split ?? false });
    const outDir = writeProject(target, files, options.force ?? false);
    const next = options.hcl
      ? [
          `  cd ${options.out}`,
          "  set -a; . ./.env; set +a        # after copying .env.example to .env and filling it in",
          "  terraform init && terraform apply   # imports everything, changes nothing",
        ]
      : [
          `  cd ${options.out} && npm install`,
          "  set -a; . ./.env; set +a        # after copying .env.example to .env and filling it in",
          "  npx cdktf-streamkap install-provider   # then run the TF_CLI_CONFIG_FILE line it prints",
          `  npx cdktf deploy ${stackName}        # imports everything, changes nothing`,
        ];
    return {
      outDir,
      requests: session.requests,
      lines: [
        `Wrote ${outDir} (${options.hcl ? "Terraform" : "cdktf TypeScript"}): ${estateCounts(estate)}, ${estate.secrets.length} secret variable${estate.secrets.length === 1 ? "" : "s"}; ${session.requests} requests to ${endpoint.host}.`,
        ...estate.warnings.map((w) => `warning: ${w}`),
        "Next:",
        ...next,
      ],
    };
  } finally {
    await emulator?.stop();
  }
}

function parseFilters(options: ExportCommandOptions): ExportFilters {
  const split = (values?: string[]) =>
    values
      ?.flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  const kinds = split(options.kinds);
  const bad = kinds?.filter((k) => !(COLLECTIONS as readonly string[]).includes(k));
  if (bad?.length) throw new Error(`--kind ${bad.join(",")}: not a kind; use a comma list of ${COLLECTIONS.join(", ")}.`);
  if (kinds && kinds.length === 0) throw new Error(`--kind needs at least one of ${COLLECTIONS.join(", ")}.`);
  const names = split(options.names);
  const tags = split(options.tags);
  return {
    ...(kinds ? { kinds: new Set(kinds as Collection[]) } : {}),
    ...(names?.length ? { names } : {}),
    ...(tags?.length ? { tags } : {}),
  };
}

async function endpointFrom(options: ExportCommandOptions): Promise<{ endpoint: ApiEndpoint; emulator?: LocalEmulator }> {
  const env = options.env;
  if (env.STREAMKAP_HOST) {
    const missing = ["STREAMKAP_CLIENT_ID", "STREAMKAP_SECRET"].filter((name) => !env[name]);
    if (missing.length) throw new Error(`STREAMKAP_HOST is set (${env.STREAMKAP_HOST}); set ${missing.join(" and ")} too.`);
    if (!/^https?:\/\/[^\s/]+/i.test(env.STREAMKAP_HOST))
      throw new Error(`STREAMKAP_HOST must be an http or https URL such as https://api.streamkap.com, got ${JSON.stringify(env.STREAMKAP_HOST)}.`);
    return { endpoint: { host: env.STREAMKAP_HOST, clientId: env.STREAMKAP_CLIENT_ID!, secret: env.STREAMKAP_SECRET! } };
  }
  const dataDir = resolve(options.emulatorData ?? DEFAULT_EMULATOR_DATA);
  if (!existsSync(dataDir)) {
    throw new Error(
      `no Streamkap tenant to export: STREAMKAP_HOST is not set and there is no local emulator data at ${dataDir}. ` +
        "Set STREAMKAP_HOST, STREAMKAP_CLIENT_ID and STREAMKAP_SECRET for a Streamkap tenant, or run npm start (or pass --emulator-data <dir>) for the local one.",
    );
  }
  const emulator = await startLocalEmulator(dataDir);
  return { endpoint: emulator.endpoint, emulator };
}
