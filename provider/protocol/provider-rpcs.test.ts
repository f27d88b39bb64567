import { DiagnosticsError } from "../framework/diagnostics";
import type { ConfigureProviderRequest, PlanResourceChangeRequest, ProviderServer } from "../framework/provider-server";
import { Unknown, UNKNOWN } from "../framework/values";
import { decodeMsgpack, encodeMsgpack } from "./dynamic-value";
import { decodeMessage, encodeMessage, unaryMethod } from "./grpc-services";
import { answerRpc, PROVIDER_RPCS } from "./provider-rpcs";

/** Sends a response through protobuf encoding, as Terraform would receive it. */
const overTheWire = (method: string, response: object) =>
  decodeMessage<any>(`tfplugin6.${method}.Response`, encodeMessage(`tfplugin6.${method}.Response`, response));

function fakeServer(overrides: Partial<ProviderServer>): () => ProviderServer {
  const server = { ...overrides } as ProviderServer;
  return () => server;
}

describe("provider RPC translations", () => {
  test("GetProviderSchema announces plan_destroy", async () => {
    const schema = { version: 0, description: "", attributes: {} };
    const res = await answerRpc(
      fakeServer({ getProviderSchema: () => ({ provider: schema, resourceSchemas: { x_a: schema }, dataSourceSchemas: {}, diagnostics: [] }) }),
      "GetProviderSchema",
      {},
    );
    const wire = overTheWire("GetProviderSchema", res);
    expect(wire.server_capabilities.plan_destroy).toBe(true);
    expect(Object.keys(wire.resource_schemas)).toEqual(["x_a"]);
  });

  test("PlanResourceChange decodes states, keeps refined unknowns and encodes requires_replace paths", async () => {
    const refined = new Unknown(Uint8Array.of(0x81, 0x01, 0xc3));
    let seen: PlanResourceChangeRequest | undefined;
    const server = fakeServer({
      planResourceChange: async (req) => {
        seen = req;
        return {
          plannedState: { ...req.proposedNewState!, id: UNKNOWN },
          requiresReplace: [
            [{ attribute: "config" }, { key: "k" }],
            [{ attribute: "l" }, { index: 2 }],
          ],
          diagnostics: [],
        };
      },
    });
    const req = decodeMessage(
      "tfplugin6.PlanResourceChange.Request",
      encodeMessage("tfplugin6.PlanResourceChange.Request", {
        type_name: "x_a",
        prior_state: { msgpack: encodeMsgpack(null) },
        proposed_new_state: { msgpack: encodeMsgpack({ id: null, name: refined }) },
        config: { msgpack: encodeMsgpack({ id: null, name: refined }) },
      }),
    );
    const wire = overTheWire("PlanResourceChange", await answerRpc(server, "PlanResourceChange", req));
    expect(seen!.typeName).toBe("x_a");
    expect(seen!.priorState).toBeNull();
    expect(seen!.priorPrivate).toBeUndefined();
    const planned = decodeMsgpack(wire.planned_state.msgpack) as Record<string, Unknown>;
    expect(planned.id).toBeInstanceOf(Unknown);
    expect(Buffer.from(planned.name.refinement!).toString("hex")).toBe("8101c3");
    expect(wire.requires_replace).toEqual([
      { steps: [{ attribute_name: "config" }, { element_key_string: "k" }] },
      { steps: [{ attribute_name: "l" }, { element_key_int: 2 }] },
    ]);
    expect(wire.diagnostics).toBeUndefined();
  });

  test("UpgradeResourceState passes the stored JSON through", async () => {
    let raw = "";
    const server = fakeServer({
      upgradeResourceState: ({ rawStateJson }) => {
        raw = rawStateJson;
        return { upgradedState: JSON.parse(rawStateJson), diagnostics: [] };
      },
    });
    const wire = overTheWire(
      "UpgradeResourceState",
      await answerRpc(server, "UpgradeResourceState", { type_name: "x_a", version: 0, raw_state: { json: Buffer.from('{"id":"1"}') } }),
    );
    expect(raw).toBe('{"id":"1"}');
    expect(decodeMsgpack(wire.upgraded_state.msgpack)).toEqual({ id: "1" });
  });

  test("a thrown error becomes an error diagnostic", async () => {
    const server = fakeServer({
      readResource: async () => {
        throw new Error("boom");
      },
    });
    const logged: string[] = [];
    const res = await answerRpc(server, "ReadResource", { type_name: "x_a", current_state: { msgpack: encodeMsgpack({ id: "1" }) } }, (m) => logged.push(m));
    const wire = overTheWire("ReadResource", res);
    expect(wire.diagnostics).toEqual([{ severity: "ERROR", summary: "Internal error in the provider", detail: "boom" }]);
    expect(logged).toEqual(["ReadResource"]);
  });

  test("DiagnosticsError keeps its diagnostics and attribute paths", async () => {
    const server = fakeServer({
      validateResourceConfig: () => {
        throw DiagnosticsError.single("Bad port", "must be a number", [{ attribute: "config" }, { key: "port" }]);
      },
    });
    const wire = overTheWire(
      "ValidateResourceConfig",
      await answerRpc(server, "ValidateResourceConfig", { type_name: "x_a", config: { msgpack: encodeMsgpack({}) } }),
    );
    expect(wire.diagnostics).toEqual([
      {
        severity: "ERROR",
        summary: "Bad port",
        detail: "must be a number",
        attribute: { steps: [{ attribute_name: "config" }, { element_key_string: "port" }] },
      },
    ]);
  });

  test("warnings and errors from ProviderServer results keep their severity", async () => {
    const server = fakeServer({
      validateProviderConfig: () => ({
        diagnostics: [
          { severity: "warning", summary: "deprecated host" },
          { severity: "error", summary: "no secret", path: [{ attribute: "secret" }] },
        ],
      }),
    });
    const wire = overTheWire(
      "ValidateProviderConfig",
      await answerRpc(server, "ValidateProviderConfig", { config: { msgpack: encodeMsgpack({ host: null }) } }),
    );
    expect(wire.diagnostics.map((d: any) => d.severity)).toEqual(["WARNING", "ERROR"]);
    expect(wire.diagnostics[1].attribute).toEqual({ steps: [{ attribute_name: "secret" }] });
  });

  test("a failing ProviderServer factory is reported, not thrown", async () => {
    const res = await answerRpc(
      () => {
        throw new Error("no catalog");
      },
      "GetProviderSchema",
      {},
    );
    expect(overTheWire("GetProviderSchema", res).diagnostics[0].detail).toBe("no catalog");
  });

  test("StopProvider forwards to the server and reports its error text", async () => {
    let stopped = 0;
    const ok = fakeServer({
      stopProvider: async () => {
        stopped++;
        return {};
      },
    });
    expect(overTheWire("StopProvider", await answerRpc(ok, "StopProvider", {}))).toEqual({});
    expect(stopped).toBe(1);
    const failing = fakeServer({ stopProvider: async () => ({ error: "still busy" }) });
    expect(overTheWire("StopProvider", await answerRpc(failing, "StopProvider", {}))).toEqual({ Error: "still busy" });
  });

  test("ApplyResourceChange with a null planned state (delete) returns a null new state", async () => {
    const server = fakeServer({ applyResourceChange: async ({ plannedState }) => ({ newState: plannedState, diagnostics: [] }) });
    const wire = overTheWire(
      "ApplyResourceChange",
      await answerRpc(server, "ApplyResourceChange", {
        type_name: "x_a",
        prior_state: { msgpack: encodeMsgpack({ id: "1" }) },
        planned_state: { msgpack: encodeMsgpack(null) },
        config: { msgpack: encodeMsgpack(null) },
      }),
    );
    expect(Buffer.from(wire.new_state.msgpack).toString("hex")).toBe("c0");
  });

  test("ImportResourceState and ReadDataSource encode their states", async () => {
    const server = fakeServer({
      importResourceState: async ({ typeName, id }) => ({ imported: [{ typeName, state: { id, name: null } }], diagnostics: [] }),
      readDataSource: async ({ config }) => ({ state: { ...config, id: "d" }, diagnostics: [] }),
    });
    const imported = overTheWire("ImportResourceState", await answerRpc(server, "ImportResourceState", { type_name: "x_a", id: "42" }));
    expect(imported.imported_resources[0].type_name).toBe("x_a");
    expect(decodeMsgpack(imported.imported_resources[0].state.msgpack)).toEqual({ id: "42", name: null });
    const data = overTheWire(
      "ReadDataSource",
      await answerRpc(server, "ReadDataSource", { type_name: "x_d", config: { msgpack: encodeMsgpack({ id: null, q: "n" }) } }),
    );
    expect(decodeMsgpack(data.state.msgpack)).toEqual({ id: "d", q: "n" });
  });
});

describe("request fields carried for the framework, not acted on", () => {
  /** A request as the provider receives it: protobuf-encoded by Terraform, then decoded. */
  const fromTerraform = (method: string, request: object) =>
    decodeMessage(`tfplugin6.${method}.Request`, encodeMessage(`tfplugin6.${method}.Request`, request));
  const state = { msgpack: encodeMsgpack({ id: "1" }) };
  const meta = { msgpack: encodeMsgpack({ module_name: "orders" }) };

  test("ConfigureProvider carries the Terraform version and client capabilities", async () => {
    let seen: ConfigureProviderRequest | undefined;
    const server = fakeServer({
      configureProvider: async (req) => {
        seen = req;
        return { diagnostics: [] };
      },
    });
    const req = fromTerraform("ConfigureProvider", {
      terraform_version: "1.11.4",
      config: { msgpack: encodeMsgpack({ host: "h" }) },
      client_capabilities: { deferral_allowed: true },
    });
    await answerRpc(server, "ConfigureProvider", req);
    expect(seen).toEqual({
      terraformVersion: "1.11.4",
      config: { host: "h" },
      clientCapabilities: { deferralAllowed: true, writeOnlyAttributesAllowed: false },
    });
  });

  test("resource and data source requests carry provider_meta and client capabilities", async () => {
    const seen: Record<string, object> = {};
    const server = fakeServer({
      validateResourceConfig: (req) => {
        seen.validate = req;
        return { diagnostics: [] };
      },
      readResource: async (req) => {
        seen.read = req;
        return { newState: req.currentState, diagnostics: [] };
      },
      planResourceChange: async (req) => {
        seen.plan = req;
        return { plannedState: req.proposedNewState, requiresReplace: [], diagnostics: [] };
      },
      applyResourceChange: async (req) => {
        seen.apply = req;
        return { newState: req.plannedState, diagnostics: [] };
      },
      importResourceState: async (req) => {
        seen.import = req;
        return { imported: [], diagnostics: [] };
      },
      readDataSource: async (req) => {
        seen.data = req;
        return { state: req.config, diagnostics: [] };
      },
    });
    const caps = { deferral_allowed: true, write_only_attributes_allowed: true };
    const both = { deferralAllowed: true, writeOnlyAttributesAllowed: true };
    await answerRpc(
      server,
      "ValidateResourceConfig",
      fromTerraform("ValidateResourceConfig", { type_name: "x_a", config: state, client_capabilities: { write_only_attributes_allowed: true } }),
    );
    await answerRpc(
      server,
      "ReadResource",
      fromTerraform("ReadResource", { type_name: "x_a", current_state: state, provider_meta: meta, client_capabilities: caps }),
    );
    await answerRpc(
      server,
      "PlanResourceChange",
      fromTerraform("PlanResourceChange", {
        type_name: "x_a",
        prior_state: state,
        proposed_new_state: state,
        config: state,
        provider_meta: meta,
        client_capabilities: caps,
      }),
    );
    await answerRpc(
      server,
      "ApplyResourceChange",
      fromTerraform("ApplyResourceChange", { type_name: "x_a", prior_state: state, planned_state: state, config: state, provider_meta: meta }),
    );
    await answerRpc(server, "ImportResourceState", fromTerraform("ImportResourceState", { type_name: "x_a", id: "1", client_capabilities: caps }));
    await answerRpc(
      server,
      "ReadDataSource",
      fromTerraform("ReadDataSource", { type_name: "x_d", config: state, provider_meta: meta, client_capabilities: caps }),
    );
    expect(seen.validate).toMatchObject({ clientCapabilities: { deferralAllowed: false, writeOnlyAttributesAllowed: true } });
    expect(seen.read).toMatchObject({ providerMeta: { module_name: "orders" }, clientCapabilities: both });
    expect(seen.plan).toMatchObject({ providerMeta: { module_name: "orders" }, clientCapabilities: both });
    expect(seen.apply).toMatchObject({ providerMeta: { module_name: "orders" } });
    expect(seen.import).toMatchObject({ clientCapabilities: both });
    expect(seen.data).toMatchObject({ providerMeta: { module_name: "orders" }, clientCapabilities: both });
  });

  test("absent provider_meta is null and absent capabilities are false", async () => {
    let seen: PlanResourceChangeRequest | undefined;
    const server = fakeServer({
      planResourceChange: async (req) => {
        seen = req;
        return { plannedState: null, requiresReplace: [], diagnostics: [] };
      },
    });
    await answerRpc(server, "PlanResourceChange", fromTerraform("PlanResourceChange", { type_name: "x_a", prior_state: state, config: state }));
    expect(seen!.providerMeta).toBeNull();
    expect(seen!.clientCapabilities).toEqual({ deferralAllowed: false, writeOnlyAttributesAllowed: false });
  });
});

test("every translated RPC is a method of tfplugin6.Provider in the descriptor", () => {
  for (const name of Object.keys(PROVIDER_RPCS)) {
    expect(unaryMethod("tfplugin6.Provider", name).path).toBe(`/tfplugin6.Provider/${name}`);
  }
  expect(() => unaryMethod("tfplugin6.Provider", "NoSuchMethod")).toThrow(/has no method NoSuchMethod/);
});
