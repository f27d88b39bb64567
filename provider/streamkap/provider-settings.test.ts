import { createServer, type AddressInfo } from "node:net";
import { closedPort } from "../../test/support/closed-port";
import { Diagnostics, formatPath } from "../framework/diagnostics";
import { UNKNOWN } from "../framework/values";
import { StreamkapClient } from "./api/client";
import { streamkapProvider } from "./provider";
import { DEFAULT_HOST, resolveSettings } from "./provider-settings";

describe("provider settings", () => {
  test("configuration wins over the environment", () => {
    const d = new Diagnostics();
    const s = resolveSettings(
      { host: "http://localhost:1", client_id: "cfg-id", secret: "cfg-secret" },
      { STREAMKAP_HOST: "http://env", STREAMKAP_CLIENT_ID: "env-id", STREAMKAP_SECRET: "env-secret" },
      d,
    );
    expect(s).toEqual({ host: "http://localhost:1", hostSource: "host", clientId: "cfg-id", secret: "cfg-secret", readSecrets: true });
  });

  test("the environment fills gaps; host has a default", () => {
    const s = resolveSettings({ host: null, client_id: null, secret: null }, { STREAMKAP_CLIENT_ID: "e", STREAMKAP_SECRET: "s" }, new Diagnostics());
    expect(s).toEqual({ host: DEFAULT_HOST, hostSource: "default", clientId: "e", secret: "s", readSecrets: true });
    expect(resolveSettings({ host: null, client_id: "a", secret: "b" }, { STREAMKAP_HOST: "http://env" }, new Diagnostics())?.hostSource).toBe(
      "STREAMKAP_HOST",
    );
  });

  test("read_secrets: the configuration, else STREAMKAP_READ_SECRETS, else true; a bad value names the variable", () => {
    const creds = { host: null, client_id: "a", secret: "b" };
    expect(resolveSettings({ ...creds, read_secrets: false }, { STREAMKAP_READ_SECRETS: "true" }, new Diagnostics())?.readSecrets).toBe(false);
    expect(resolveSettings({ ...creds, read_secrets: null }, { STREAMKAP_READ_SECRETS: "FALSE" }, new Diagnostics())?.readSecrets).toBe(false);
    expect(resolveSettings({ ...creds, read_secrets: null }, {}, new Diagnostics())?.readSecrets).toBe(true);
    const d = new Diagnostics();
    expect(resolveSettings({ ...creds, read_secrets: null }, { STREAMKAP_READ_SECRETS: "no" }, d)).toBeUndefined();
    expect(d.items.map((i) => i.summary)).toEqual(["Invalid STREAMKAP_READ_SECRETS"]);
  });

  test("missing credentials name the attribute and the variable", () => {
    const d = new Diagnostics();
    expect(resolveSettings({ host: null, client_id: null, secret: null }, {}, d)).toBeUndefined();
    expect(d.items.map((i) => formatPath(i.path))).toEqual(["client_id", "secret"]);
    expect(d.items[0].detail).toContain("STREAMKAP_CLIENT_ID");
    expect(d.items[1].detail).toContain("STREAMKAP_SECRET");
  });

  test("an unknown setting is reported without its value", () => {
    const d = new Diagnostics();
    expect(resolveSettings({ host: null, client_id: "a", secret: UNKNOWN }, {}, d)).toBeUndefined();
    expect(d.items).toHaveLength(1);
    expect(formatPath(d.items[0].path)).toBe("secret");
  });
});

describe("streamkapProvider", () => {
  const provider = streamkapProvider({});

  test("offers the resources and data sources of every kind", () => {
    expect(provider.typeName).toBe("streamkap");
    const types = provider.resources.map((r) => r.typeName);
    // 25 source and 24 destination connectors, each typed, one generic resource per connector
    // kind, the pipeline, tag and topic resources, and the seven transform types.
    expect(types).toHaveLength(25 + 24 + 2 + 3 + 7);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toEqual(
      expect.arrayContaining([
        "streamkap_source",
        "streamkap_source_postgresql",
        "streamkap_source_sqlserver",
        "streamkap_source_webhook",
        "streamkap_destination",
        "streamkap_destination_postgresql",
        "streamkap_destination_snowflake",
        "streamkap_destination_clickhouse",
        "streamkap_pipeline",
        "streamkap_tag",
        "streamkap_topic",
        "streamkap_transform_map_filter",
        "streamkap_transform_topic_router",
      ]),
    );
    expect(provider.dataSources.map((d) => d.typeName).sort()).toEqual(
      [
        "streamkap_destination",
        "streamkap_source",
        "streamkap_tag",
        "streamkap_tags",
        "streamkap_topic",
        "streamkap_topic_metrics",
        "streamkap_topics",
        "streamkap_transform",
      ].sort(),
    );
    expect(provider.schema.attributes.secret.sensitive).toBe(true);
  });

  test("configure builds a client after opening (and closing) one connection to the host, with no request sent", async () => {
    const server = createServer((socket) => {
      connections++;
      socket.on("data", () => received++);
      socket.end();
    });
    let connections = 0;
    let received = 0;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const d = new Diagnostics();
      const client = await provider.configure({ host, client_id: "a", secret: "b" }, d, "1.9.0");
      expect(d.items).toEqual([]);
      expect(client).toBeInstanceOf(StreamkapClient);
      expect((client as StreamkapClient).host).toBe(host);
      expect({ connections, received }).toEqual({ connections: 1, received: 0 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test("a host that refuses connections fails configure once, naming where the host came from and its value", async () => {
    const port = await closedPort();
    const fromEnv = new Diagnostics();
    const envHost = `http://127.0.0.1:${port}`;
    expect(await streamkapProvider({ STREAMKAP_HOST: envHost }).configure({ host: null, client_id: "a", secret: "b" }, fromEnv, "1.9.0")).toBeUndefined();
    expect(fromEnv.items).toHaveLength(1);
    expect(fromEnv.items[0].summary).toBe("Cannot reach the Streamkap API");
    expect(fromEnv.items[0].detail).toContain(`connection refused for STREAMKAP_HOST="${envHost}"`);

    const fromConfig = new Diagnostics();
    await provider.configure({ host: `http://user:pw-77c1@127.0.0.1:${port}`, client_id: "a", secret: "b" }, fromConfig, "1.9.0");
    expect(fromConfig.items[0].detail).toContain(`for the provider's host setting, "http://***@127.0.0.1:${port}"`);
    expect(fromConfig.items[0].detail).not.toContain("pw-77c1");
    expect(formatPath(fromConfig.items[0].path)).toBe("host");
  });

  test("a host name that does not resolve fails configure", async () => {
    const d = new Diagnostics();
    await streamkapProvider({ STREAMKAP_HOST: "https://streamkap-api.invalid" }).configure({ host: null, client_id: "a", secret: "b" }, d, "1.9.0");
    expect(d.items[0].detail).toMatch(/^host name not found.* for STREAMKAP_HOST="https:\/\/streamkap-api\.invalid"/);
  });
});
