import { Testing, TerraformStack, TerraformVariable } from "cdktf";
import { StreamkapDestination, type StreamkapDestinationProps } from "./streamkap-destination";
import { Destination } from "./generated/providers/streamkap/destination";
import type { StreamkapConnectorProps } from "./connector-config";

/** Props as JavaScript may pass them, past the types: what the synth checks are for. */
const untyped = (props: StreamkapConnectorProps) => props as unknown as StreamkapDestinationProps;

const snowflake = {
  "snowflake.url.name": "acme.snowflakecomputing.com",
  "snowflake.user.name": "STREAMKAP",
  "snowflake.database.name": "ANALYTICS",
  "snowflake.schema.name": "CDC",
  "ingestion.mode": "upsert",
  "consumer.override.max.poll.records": 500,
} as const;

function synth(build: (stack: TerraformStack) => StreamkapDestinationProps) {
  const stack = new TerraformStack(Testing.app(), "test");
  const destination = new StreamkapDestination(stack, "warehouse", build(stack));
  return { stack, destination, json: JSON.parse(Testing.synth(stack)) };
}

function withKey(stack: TerraformStack): StreamkapDestinationProps {
  const key = new TerraformVariable(stack, "snowflake_key", { type: "string", sensitive: true });
  return { name: "warehouse", connector: "snowflake", config: { ...snowflake, "snowflake.private.key": key.value } };
}

describe("StreamkapDestination", () => {
  test("synthesizes a streamkap_destination with string values and the key in secret_config", () => {
    const { json, destination } = synth(withKey);
    const [resource] = Object.values<Record<string, any>>(json.resource[Destination.tfResourceType]);
    expect(resource).toMatchObject({ name: "warehouse", connector: "snowflake" });
    expect(resource.config).toEqual({ ...snowflake, "consumer.override.max.poll.records": "500" });
    expect(resource.secret_config).toEqual({ "snowflake.private.key": "${var.snowflake_key}" });
    expect(destination.connector).toBe("snowflake");
    expect(destination.id).toMatch(/\$\{TfToken/);
  });

  test.each([
    ["a source-only connector", { connector: "alloydb" }, /connector: unknown destination connector "alloydb"; use one of: azblob, .*snowflake/],
    [
      "a key of the source connector of the same id",
      { connector: "postgresql", config: { "database.hostname.user.defined": "h", "database.dbname": "d" } },
      /database\.dbname: is not a PostgreSQL destination config key/,
    ],
    [
      "a typo, with a suggestion",
      { config: { ...snowflake, "snowflake.url": "x" } },
      /snowflake\.url: is not a Snowflake destination config key; did you mean "snowflake\.url\.name"\?/,
    ],
    [
      "a value outside the allowed ones",
      { config: { ...snowflake, "ingestion.mode": "merge" } },
      /ingestion\.mode: must be one of "upsert", "append", got "merge"/,
    ],
    [
      "a number under the minimum",
      { config: { ...snowflake, "consumer.override.max.poll.records": 0 } },
      /consumer\.override\.max\.poll\.records: must be at least 1/,
    ],
    ["a missing required key", { config: { "snowflake.url.name": "x" } }, /snowflake\.user\.name: is required for Snowflake destinations/],
  ])("fails at synth on %s, naming the key", (_what, override, message) => {
    expect(() => synth((stack) => untyped({ ...withKey(stack), ...override }))).toThrow(message);
  });

  test("warns when a secret is a literal, without failing", () => {
    const { destination } = synth(() => ({ name: "w", connector: "snowflake", config: { ...snowflake, "snowflake.private.key": "-----BEGIN-literal" } }));
    const warnings = destination.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
    expect(warnings).toEqual([expect.stringContaining('"snowflake.private.key" is a secret given as a literal value')]);
    expect(warnings[0]).not.toContain("-----BEGIN-literal");
  });
});
