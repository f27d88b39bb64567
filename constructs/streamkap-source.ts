// StreamkapSource: a Streamkap source connector from its API config keys, validated against
// the connector catalog at synth, with secret keys routed to the resource's sensitive map.
import { Annotations, Token, type ITerraformDependable, type TerraformProvider, type TerraformResourceLifecycle } from "cdktf";
import { Construct } from "constructs";
import { sourceCatalog, findField } from "../catalog";
import { findConfigProblems, type ConfigValue } from "./config-validation";
import { Source } from "./generated/providers/streamkap/source";

export type DesiredState = "Active" | "Paused" | "Stopped";

export interface StreamkapSourceTimeouts {
  /** How long a create may wait for the connector, in Terraform's duration syntax ("20m"). */
  readonly create?: string;
  readonly update?: string;
  readonly delete?: string;
}

export interface StreamkapSourceProps {
  /** The source's name, unique in the Streamkap tenant. */
  readonly name: string;
  /** The API connector id, e.g. "postgresql", "alloydb", "mysql". */
  readonly connector: string;
  /** Config keyed exactly as the Streamkap API names it ("database.hostname.user.defined").
   * Secret keys (such as "database.password") should be tokens, e.g. a sensitive TerraformVariable. */
  readonly config: Record<string, ConfigValue>;
  /** Whether the connector runs ("Active", the default), is paused or is stopped. */
  readonly desiredState?: DesiredState;
  readonly timeouts?: StreamkapSourceTimeouts;
  readonly provider?: TerraformProvider;
  readonly dependsOn?: ITerraformDependable[];
  readonly lifecycle?: TerraformResourceLifecycle;
}

export class StreamkapSource extends Construct {
  /** The underlying `streamkap_source` resource. */
  readonly resource: Source;

  constructor(scope: Construct, id: string, props: StreamkapSourceProps) {
    super(scope, id);
    const problems = findConfigProblems(props.connector, props.config);
    if (problems.length > 0) {
      const lines = problems.map((p) => `  - ${p.key}: ${p.message}`).join("\n");
      throw new Error(`StreamkapSource "${this.node.path}" (connector "${props.connector}") has an invalid config:\n${lines}`);
    }

    const connector = sourceCatalog.find(props.connector)!;
    const config: Record<string, string> = {};
    const secretConfig: Record<string, string> = {};
    for (const [key, value] of Object.entries(props.config)) {
      const field = findField(connector, key)!;
      if (field.sensitive) {
        if (!Token.isUnresolved(value)) {
          Annotations.of(this).addWarning(
            `config "${key}" is a secret given as a literal value: it will be written in plain text to cdk.tf.json. ` +
              `Pass it as a token instead, e.g. new TerraformVariable(this, "password", { type: "string", sensitive: true }).value`,
          );
        }
        secretConfig[key] = asConfigString(value);
      } else {
        config[key] = asConfigString(value);
      }
    }

    this.resource = new Source(this, "resource", {
      name: props.name,
      connector: props.connector,
      config,
      secretConfig: Object.keys(secretConfig).length > 0 ? secretConfig : undefined,
      desiredState: props.desiredState,
      timeouts: props.timeouts,
      provider: props.provider,
      dependsOn: props.dependsOn,
      lifecycle: props.lifecycle,
    });
  }

  /** The source's id (24 hexadecimal characters), known after apply. */
  get id(): string {
    return this.resource.id;
  }

  /** The connector's status as Streamkap reports it ("Active", "Paused", "Broken", ...). */
  get connectorStatus(): string {
    return this.resource.connectorStatus;
  }

  /** The Kafka topics the source writes to. */
  get topics(): string[] {
    return this.resource.topics;
  }
}

/** The API stores every config value as a string, the way Kafka Connect does. */
function asConfigString(value: ConfigValue): string {
  if (typeof value === "string") return value;
  return Token.isUnresolved(value) ? Token.asString(value) : String(value);
}
