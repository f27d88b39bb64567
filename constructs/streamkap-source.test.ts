import { Testing, TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { StreamkapSource, type StreamkapSourceProps } from "./streamkap-source";
import { Source } from "./generated/providers/streamkap/source";
import { StreamkapTag } from "./streamkap-tag";
import type { StreamkapConnectorProps } from "./connector-config";

/** Props as JavaScript may pass them, past the types: what the synth checks are for. */
const untyped = (props: StreamkapConnectorProps) => props as unknown as StreamkapSourceProps;

const validConfig = {
  "database.hostname.user.defined": "db.internal",
  "database.port.user.defined": 5432,
  "database.user": "cdc",
  "database.dbname": "shop",
  "schema.include.list": "public",
  "table.include.list.user.defined": "public.orders",
  "heartbeat.enabled": true,
};

function synthSource(build: (stack: TerraformStack) => StreamkapSourceProps) {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  const source = new StreamkapSource(stack, "orders", build(stack));
  return { stack, source, json: JSON.parse(Testing.synth(stack)) };
}

function withPassword(stack: TerraformStack): StreamkapSourceProps {
  const password = new TerraformVariable(stack, "db_password", { type: "string", sensitive: true });
  return { name: "orders-cdc", connector: "postgresql", config: { ...validConfig, "database.password": password.value } };
}

describe("StreamkapSource", () => {
  test("synthesizes a streamkap_source with string config values and secrets in secret_config", () => {
    const { json } = synthSource(withPassword);
    const resources = json.resource[Source.tfResourceType];
    const [resource] = Object.values<Record<string, any>>(resources);
    expect(resource.name).toBe("orders-cdc");
    expect(resource.connector).toBe("postgresql");
    expect(resource.config).toEqual({
      "database.hostname.user.defined": "db.internal",
      "database.port.user.defined": "5432",
      "database.user": "cdc",
      "database.dbname": "shop",
      "schema.include.list": "public",
      "table.include.list.user.defined": "public.orders",
      "heartbeat.enabled": "true",
    });
    expect(resource.secret_config).toEqual({ "database.password": "${var.db_password}" });
  });

  test("takes tags as StreamkapTag constructs or ids, and leaves them out when not given", () => {
    const { json } = synthSource((stack) => {
      const team = new StreamkapTag(stack, "team", { name: "team-a", type: ["sources"] });
      return { ...withPassword(stack), tags: [team, "670e5bab0d119c0d1f8cda9d"] };
    });
    const [resource] = Object.values<Record<string, any>>(json.resource[Source.tfResourceType]);
    expect(resource.tags).toEqual([expect.stringMatching(/^\$\{streamkap_tag\.team_resource_\w+\.id\}$/), "670e5bab0d119c0d1f8cda9d"]);
    const untagged = Object.values(synthSource(withPassword).json.resource[Source.tfResourceType])[0] as Record<string, unknown>;
    expect(untagged.tags).toBeUndefined();
  });

  test("accepts the port as a string as well as a number", () => {
    const { json } = synthSource((stack) => {
      const props = withPassword(stack);
      return untyped({ ...props, config: { ...props.config, "database.port.user.defined": "5432" } });
    });
    const [resource] = Object.values<Record<string, any>>(json.resource[Source.tfResourceType]);
    expect(resource.config["database.port.user.defined"]).toBe("5432");
  });

  test("exposes id, connector status and topics as references to the resource", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "outputs");
    const source = new StreamkapSource(stack, "orders", withPassword(stack));
    new TerraformOutput(stack, "id", { value: source.id });
    new TerraformOutput(stack, "status", { value: source.connectorStatus });
    new TerraformOutput(stack, "topics", { value: source.topics });
    const synthesized = JSON.parse(Testing.synth(stack));
    const [address] = Object.keys(synthesized.resource[Source.tfResourceType]);
    const outputs = synthesized.output;
    expect(outputs.id.value).toBe(`\${streamkap_source.${address}.id}`);
    expect(outputs.status.value).toBe(`\${streamkap_source.${address}.connector_status}`);
    expect(outputs.topics.value).toBe(`\${streamkap_source.${address}.topics}`);
  });

  test("passes desired state and timeouts through", () => {
    const { json } = synthSource((stack) => ({ ...withPassword(stack), desiredState: "Paused", timeouts: { create: "30m" } }));
    const [resource] = Object.values<Record<string, any>>(json.resource[Source.tfResourceType]);
    expect(resource.desired_state).toBe("Paused");
    expect(resource.timeouts).toEqual({ create: "30m" });
  });

  test("warns when a secret is given as a literal string", () => {
    const { source } = synthSource(() => ({
      name: "orders-cdc",
      connector: "postgresql",
      config: { ...validConfig, "database.password": "hunter2-literal" },
    }));
    const warnings = source.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"database.password" is a secret given as a literal value');
    expect(warnings[0]).not.toContain("hunter2-literal");
  });

  test("does not warn when secrets are tokens", () => {
    const { source } = synthSource(withPassword);
    expect(source.node.metadata.filter((m) => m.type === "@cdktf/warn")).toHaveLength(0);
  });

  const invalid: [string, Partial<StreamkapConnectorProps>, RegExp][] = [
    [
      "an unknown key, with a suggestion",
      { config: { ...validConfig, "database.hostname": "x" } },
      /database\.hostname: is not a PostgreSQL source config key; did you mean "database\.hostname\.user\.defined"\?/,
    ],
    ["a missing required key", { config: { ...validConfig, "database.dbname": undefined as never } }, /database\.dbname: is required for PostgreSQL sources/],
    [
      "a value outside the allowed set",
      { config: { ...validConfig, "database.sslmode": "verify-full" } },
      /database\.sslmode: must be one of "require", "disable", got "verify-full"/,
    ],
    [
      "a number out of range",
      { config: { ...validConfig, "streamkap.snapshot.parallelism": 11 } },
      /streamkap\.snapshot\.parallelism: must be at most 10, got 11/,
    ],
    [
      "a port that is not a number",
      { config: { ...validConfig, "database.port.user.defined": "fifty" } },
      /database\.port\.user\.defined: must be a whole number, got "fifty"/,
    ],
    ["a boolean given as a word", { config: { ...validConfig, "heartbeat.enabled": "yes" } }, /heartbeat\.enabled: must be true or false, got "yes"/],
    ["SSH on without a host", { config: { ...validConfig, "ssh.enabled": true } }, /ssh\.host: must be set when ssh\.enabled is true: the SSH tunnel needs it/],
    ["an unknown connector", { connector: "postgres" }, /unknown source connector "postgres"; use one of: alloydb, .*postgresql/],
  ];

  test.each(invalid)("rejects %s at synth, naming the key", (_what, override, message) => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const password = new TerraformVariable(stack, "db_password", { type: "string", sensitive: true });
    const config = { ...validConfig, "database.password": password.value, ...override.config };
    for (const [k, v] of Object.entries(config)) if (v === undefined) delete (config as Record<string, unknown>)[k];
    expect(() => new StreamkapSource(stack, "orders", untyped({ name: "orders-cdc", connector: "postgresql", ...override, config }))).toThrow(message);
  });

  test("a secret that does not fit is reported without its value", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    // database.password is a string field; an object is the only way to make it not fit.
    const config = { ...validConfig, "database.password": { secret: "hunter2-object" } as never };
    let message = "";
    try {
      new StreamkapSource(stack, "orders", { name: "orders-cdc", connector: "postgresql", config });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain("database.password: must be a string");
    expect(message).not.toContain("hunter2");
  });
});
