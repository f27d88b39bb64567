import { DiagnosticsError } from "../framework/diagnostics";
import type { ProviderServer } from "../framework/provider-server";
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
    let seen: unknown[] = [];
    const server = fakeServer({
      planResourceChange: async (type, prior, proposed, config, priv) => {
        seen = [type, prior, proposed, config, priv];
        return { plannedState: { ...proposed!, id: UNKNOWN }, requiresReplace: [[{ attribute: "config" }, { key: "k" }], [{ attribute: "l" }, { index: 2 }]], diagnostics: [] };
      },
    });
    const req = decodeMessage("tfplugin6.PlanResourceChange.Request", encodeMessage("tfplugin6.PlanResourceChange.Request", {
      type_name: "x_a",
      prior_state: { msgpack: encodeMsgpack(null) },
      proposed_new_state: { msgpack: encodeMsgpack({ id: null, name: refined }) },
      config: { msgpack: encodeMsgpack({ id: null, name: refined }) },
    }));
    const wire = overTheWire("PlanResourceChange", await answerRpc(server, "PlanResourceChange", req));
    expect(seen[0]).toBe("x_a");
    expect(seen[1]).toBeNull();
    expect(seen[4]).toBeUndefined();
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
      upgradeResourceState: (_t, _v, json) => {
        raw = json;
        return { upgradedState: JSON.parse(json), diagnostics: [] };
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
    const server = fakeServer({ readResource: async () => { throw new Error("boom"); } });
    const logged: string[] = [];
    const res = await answerRpc(server, "ReadResource", { type_name: "x_a", current_state: { msgpack: encodeMsgpack({ id: "1" }) } }, (m) => logged.push(m));
    const wire = overTheWire("ReadResource", res);
    expect(wire.diagnostics).toEqual([{ severity: "ERROR", summary: "Internal error in the provider", detail: "boom" }]);
    expect(logged).toEqual(["ReadResource"]);
  });

  test("DiagnosticsError keeps its diagnostics and attribute paths", async () => {
    const server = fakeServer({
      validateResourceConfig: () => { throw DiagnosticsError.single("Bad port", "must be a number", [{ attribute: "config" }, { key: "port" }]); },
    });
    const wire = overTheWire("ValidateResourceConfig", await answerRpc(server, "ValidateResourceConfig", { type_name: "x_a", config: { msgpack: encodeMsgpack({}) } }));
    expect(wire.diagnostics).toEqual([
      { severity: "ERROR", summary: "Bad port", detail: "must be a number", attribute: { steps: [{ attribute_name: "config" }, { element_key_string: "port" }] } },
    ]);
  });

  test("warnings and errors from ProviderServer results keep their severity", async () => {
    const server = fakeServer({
      validateProviderConfig: () => ({ diagnostics: [{ severity: "warning", summary: "deprecated host" }, { severity: "error", summary: "no secret", path: [{ attribute: "secret" }] }] }),
    });
    const wire = overTheWire("ValidateProviderConfig", await answerRpc(server, "ValidateProviderConfig", { config: { msgpack: encodeMsgpack({ host: null }) } }));
    expect(wire.diagnostics.map((d: any) => d.severity)).toEqual(["WARNING", "ERROR"]);
    expect(wire.diagnostics[1].attribute).toEqual({ steps: [{ attribute_name: "secret" }] });
  });

  test("a failing ProviderServer factory is reported, not thrown", async () => {
    const res = await answerRpc(() => { throw new Error("no catalog"); }, "GetProviderSchema", {});
    expect(overTheWire("GetProviderSchema", res).diagnostics[0].detail).toBe("no catalog");
  });

  test("StopProvider forwards to the server and reports its error text", async () => {
    let stopped = 0;
    const ok = fakeServer({ stopProvider: async () => { stopped++; return undefined; } });
    expect(overTheWire("StopProvider", await answerRpc(ok, "StopProvider", {}))).toEqual({});
    expect(stopped).toBe(1);
    const failing = fakeServer({ stopProvider: async () => "still busy" });
    expect(overTheWire("StopProvider", await answerRpc(failing, "StopProvider", {}))).toEqual({ Error: "still busy" });
  });

  test("ApplyResourceChange with a null planned state (delete) returns a null new state", async () => {
    const server = fakeServer({ applyResourceChange: async (_t, _p, planned) => ({ newState: planned, diagnostics: [] }) });
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
      importResourceState: async (typeName, id) => ({ imported: [{ typeName, state: { id, name: null } }], diagnostics: [] }),
      readDataSource: async (_t, config) => ({ state: { ...config, id: "d" }, diagnostics: [] }),
    });
    const imported = overTheWire("ImportResourceState", await answerRpc(server, "ImportResourceState", { type_name: "x_a", id: "42" }));
    expect(imported.imported_resources[0].type_name).toBe("x_a");
    expect(decodeMsgpack(imported.imported_resources[0].state.msgpack)).toEqual({ id: "42", name: null });
    const data = overTheWire("ReadDataSource", await answerRpc(server, "ReadDataSource", { type_name: "x_d", config: { msgpack: encodeMsgpack({ id: null, q: "n" }) } }));
    expect(decodeMsgpack(data.state.msgpack)).toEqual({ id: "d", q: "n" });
  });
});

test("every translated RPC is a method of tfplugin6.Provider in the descriptor", () => {
  for (const name of Object.keys(PROVIDER_RPCS)) {
    expect(unaryMethod("tfplugin6.Provider", name).path).toBe(`/tfplugin6.Provider/${name}`);
  }
  expect(() => unaryMethod("tfplugin6.Provider", "NoSuchMethod")).toThrow(/has no method NoSuchMethod/);
});
