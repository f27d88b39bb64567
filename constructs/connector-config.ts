// What StreamkapSource and StreamkapDestination do alike with a config in the API's own keys:
// check it against the catalog at synth (every problem listed, typos with a suggestion), and
// split it into plain settings and secrets, warning when a secret is written as a literal.
import { Annotations, Token, type ITerraformDependable, type TerraformProvider, type TerraformResourceLifecycle } from "cdktf";
import type { Construct } from "constructs";
import { catalogFor, findField, type ConnectorKind } from "../catalog";
import { findConfigProblems, type ConfigValue } from "./config-validation";
import { tagIdsFor, type StreamkapTag } from "./streamkap-tag";

export type DesiredState = "Active" | "Paused" | "Stopped";

export interface StreamkapConnectorTimeouts {
  /** How long a create may wait for the connector, in Terraform's duration syntax ("20m"). */
  readonly create?: string;
  readonly update?: string;
  readonly delete?: string;
}

/** What StreamkapSource and StreamkapDestination take besides the connector and its config. */
export interface StreamkapConnectorOptions {
  /** The name, unique among the tenant's connectors of the same kind. */
  readonly name: string;
  /** Whether the connector runs ("Active", the default), is paused or is stopped. */
  readonly desiredState?: DesiredState;
  /** Tags (StreamkapTag constructs or tag ids). Left out, the tags Streamkap has are kept. */
  readonly tags?: (StreamkapTag | string)[];
  readonly timeouts?: StreamkapConnectorTimeouts;
  readonly provider?: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
  readonly lifecycle?: TerraformResourceLifecycle;
}

/** What StreamkapSource and StreamkapDestination take, untyped: any connector id and any keys,
 * all checked at synth. In TypeScript the constructs take StreamkapSourceProps and
 * StreamkapDestinationProps, where `connector` narrows `config` to that connector's keys. */
export interface StreamkapConnectorProps extends StreamkapConnectorOptions {
  /** The API connector id, e.g. "postgresql", "snowflake". */
  readonly connector: string;
  /** Config keyed exactly as the Streamkap API names it ("database.hostname.user.defined").
   * Secret keys (such as "database.password") should be tokens, e.g. a sensitive TerraformVariable. */
  readonly config: Record<string, ConfigValue>;
}

/** Props whose `config` is the connector's own (connector-configs.generated.ts): one member per
 * connector id, so that `connector: "postgresql"` narrows `config` to PostgreSQL's keys. */
export type TypedConnectorProps<Configs> = {
  [C in keyof Configs]: StreamkapConnectorOptions & {
    /** The API connector id, e.g. "postgresql", "snowflake". */
    readonly connector: C;
    /** Config keyed exactly as the Streamkap API names it ("database.hostname.user.defined"),
     * each value of its field's type. Secret keys (such as "database.password") should be
     * tokens, e.g. a sensitive TerraformVariable's value. */
    readonly config: Configs[C];
  };
}[keyof Configs];

/** The props passed through unchanged to the underlying resource. */
export function resourceOptions(owner: Construct, kind: ConnectorKind, props: StreamkapConnectorOptions) {
  const { desiredState, timeouts, provider, dependsOn, lifecycle } = props;
  const tags = tagIdsFor(owner, kind === "source" ? "sources" : "destinations", props.tags);
  return { desiredState, tags, timeouts, provider, dependsOn, lifecycle };
}

export interface SplitConfig {
  /** Plain settings, as the API stores them: strings. */
  config: Record<string, string>;
  /** Secret settings, for the resource's sensitive `secret_config`; undefined when none. */
  secretConfig?: Record<string, string>;
}

/** Validates `config` for the connector and splits it; throws with every problem listed. */
export function splitConnectorConfig(scope: Construct, kind: ConnectorKind, connectorId: string, config: object): SplitConfig {
  const problems = findConfigProblems(connectorId, config as Record<string, ConfigValue>, kind);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  - ${p.key}: ${p.message}`).join("\n");
    throw new Error(`${scope.constructor.name} "${scope.node.path}" (connector "${connectorId}") has an invalid config:\n${lines}`);
  }
  const connector = catalogFor(kind).get(connectorId);
  const plain: Record<string, string> = {};
  const secret: Record<string, string> = {};
  for (const [key, value] of Object.entries(config as Record<string, ConfigValue>)) {
    if (!findField(connector, key)!.sensitive) {
      plain[key] = asConfigString(value);
      continue;
    }
    if (!Token.isUnresolved(value)) {
      Annotations.of(scope).addWarning(
        `config "${key}" is a secret given as a literal value: it will be written in plain text to cdk.tf.json. ` +
          `Pass it as a token instead, e.g. new TerraformVariable(this, "password", { type: "string", sensitive: true }).value`,
      );
    }
    secret[key] = asConfigString(value);
  }
  return { config: plain, secretConfig: Object.keys(secret).length > 0 ? secret : undefined };
}

/** The API stores every config value as a string, the way Kafka Connect does. */
function asConfigString(value: ConfigValue): string {
  if (typeof value === "string") return value;
  return Token.isUnresolved(value) ? Token.asString(value) : String(value);
}
