// Where the provider's settings come from: the configuration first, then the environment.
import { attr, type Diagnostics } from "../framework/diagnostics";
import { isUnknown, type ObjectValue } from "../framework/values";

export const DEFAULT_HOST = "https://api.streamkap.com";

export interface ProviderSettings {
  host: string;
  /** Where host came from, as a person would look for it: the configuration, the environment
   * variable, or the default. */
  hostSource: "host" | "STREAMKAP_HOST" | "default";
  clientId: string;
  secret: string;
  /** Whether reads ask the API for secret values (secret_returned=true). */
  readSecrets: boolean;
}

const SETTINGS = [
  { attribute: "host", env: "STREAMKAP_HOST" },
  { attribute: "client_id", env: "STREAMKAP_CLIENT_ID" },
  { attribute: "secret", env: "STREAMKAP_SECRET" },
] as const;

/** The resolved settings, or undefined after reporting what is missing. */
export function resolveSettings(config: ObjectValue, env: NodeJS.ProcessEnv, diagnostics: Diagnostics): ProviderSettings | undefined {
  const values: Record<string, string | undefined> = {};
  for (const { attribute, env: envName } of SETTINGS) {
    const configured = config[attribute];
    if (isUnknown(configured)) {
      diagnostics.error(
        `Unknown provider setting ${attribute}`,
        `${attribute} depends on a value known only after apply; the provider needs it to reach Streamkap. Set it from a value known at plan time or through ${envName}.`,
        attr(attribute),
      );
      continue;
    }
    const value = typeof configured === "string" && configured !== "" ? configured : env[envName] || undefined;
    values[attribute] = value;
  }
  const host = values.host ?? DEFAULT_HOST;
  const configuredHost = config.host;
  const hostSource = typeof configuredHost === "string" && configuredHost !== "" ? "host" : values.host ? "STREAMKAP_HOST" : "default";
  if (!/^https?:\/\/[^\s/]+/i.test(host)) {
    diagnostics.error("Invalid host", `host must be an http or https URL such as ${DEFAULT_HOST}.`, attr("host"));
  }
  for (const { attribute, env: envName } of SETTINGS) {
    if (attribute !== "host" && !values[attribute] && !isUnknown(config[attribute])) {
      diagnostics.error(
        `Missing provider setting ${attribute}`,
        `Set ${attribute} in the provider configuration or the ${envName} environment variable.`,
        attr(attribute),
      );
    }
  }
  const readSecrets = readSecretsSetting(config, env, diagnostics);
  if (diagnostics.hasErrors()) return undefined;
  return { host, hostSource, clientId: values.client_id!, secret: values.secret!, readSecrets };
}

/** read_secrets, else STREAMKAP_READ_SECRETS ("true"/"false"), else true. */
function readSecretsSetting(config: ObjectValue, env: NodeJS.ProcessEnv, diagnostics: Diagnostics): boolean {
  const configured = config.read_secrets;
  if (typeof configured === "boolean") return configured;
  if (isUnknown(configured)) {
    diagnostics.error(
      "Unknown provider setting read_secrets",
      "read_secrets must be known at plan time; set it to true or false, or use STREAMKAP_READ_SECRETS.",
      attr("read_secrets"),
    );
    return true;
  }
  const fromEnv = env.STREAMKAP_READ_SECRETS?.trim().toLowerCase();
  if (fromEnv === undefined || fromEnv === "") return true;
  if (fromEnv === "true" || fromEnv === "false") return fromEnv === "true";
  diagnostics.error(
    "Invalid STREAMKAP_READ_SECRETS",
    `STREAMKAP_READ_SECRETS must be "true" or "false", got ${JSON.stringify(env.STREAMKAP_READ_SECRETS)}.`,
    attr("read_secrets"),
  );
  return true;
}

/** Where the host setting came from, with its value (any user:password in the URL masked), for
 * an error a person acts on. */
export function describeHostSetting(settings: Pick<ProviderSettings, "host" | "hostSource">): string {
  const shown = JSON.stringify(settings.host.replace(/^(https?:\/\/)[^/@\s]*@/i, "$1***@"));
  if (settings.hostSource === "STREAMKAP_HOST") return `STREAMKAP_HOST=${shown}`;
  if (settings.hostSource === "host") return `the provider's host setting, ${shown}`;
  return `the default host ${shown} (neither the provider's host setting nor STREAMKAP_HOST is set)`;
}
