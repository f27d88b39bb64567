import { Diagnostics, DiagnosticsError } from "../../framework/diagnostics";
import { fakeStreamkapApi } from "../testdata/fake-api";
import { SOURCES } from "../sources";
import { connectorDataSource, plainConfig } from "./data-source";

describe("streamkap_source data source", () => {
  const ds = connectorDataSource(SOURCES);
  const ctx = (api: ReturnType<typeof fakeStreamkapApi>) => ({ client: api, diagnostics: new Diagnostics(), signal: new AbortController().signal });

  test("returns the source with its non-secret config as strings", async () => {
    const api = fakeStreamkapApi();
    const created = await api.sources.create({
      name: "orders",
      connector: "postgresql",
      config: { "database.port.user.defined": 5432, "database.password": "pw" },
    });
    const state = await ds.read({ config: { id: created.id } }, ctx(api));
    expect(state).toEqual({
      id: created.id,
      name: "orders",
      connector: "postgresql",
      connector_status: "Active",
      topics: created.topics,
      tags: [],
      config: { "database.port.user.defined": "5432" },
    });
  });

  test("finds a source by exact name among partial matches, or says none has it", async () => {
    const api = fakeStreamkapApi();
    await api.sources.create({ name: "orders-cdc-old", connector: "postgresql", config: {} });
    const wanted = await api.sources.create({ name: "orders-cdc", connector: "postgresql", config: {} });
    expect((await ds.read({ config: { id: null, name: "orders-cdc" } }, ctx(api))).id).toBe(wanted.id);
    const err = await ds.read({ config: { id: null, name: "Orders-CDC" } }, ctx(api)).catch((e) => e);
    expect((err as DiagnosticsError).diagnostics[0].path).toEqual([{ attribute: "name" }]);
  });

  test("exactly one of id and name must be set", () => {
    const both = new Diagnostics();
    ds.validate!({ id: "x", name: "y" }, both);
    expect(both.items.map((d) => d.summary)).toEqual(["Conflicting lookup"]);
    const neither = new Diagnostics();
    ds.validate!({ id: null, name: null }, neither);
    expect(neither.items.map((d) => d.summary)).toEqual(["Missing lookup"]);
  });

  test("an unknown id is an error on id", async () => {
    const err = await ds.read({ config: { id: "nope" } }, ctx(fakeStreamkapApi())).catch((e) => e);
    expect(err).toBeInstanceOf(DiagnosticsError);
    expect((err as DiagnosticsError).diagnostics[0].path).toEqual([{ attribute: "id" }]);
  });

  test("secret keys are dropped even if the API returns them", () => {
    expect(plainConfig({ "database.password": "pw", "ssh.enabled": true, "x.secret": "s" })).toEqual({
      "ssh.enabled": "true",
    });
  });
});
