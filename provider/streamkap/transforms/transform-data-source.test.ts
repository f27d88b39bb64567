import { Diagnostics, DiagnosticsError } from "../../framework/diagnostics";
import type { ApiTransform, TransformApi } from "../api/collections/transforms";
import { FakeTransformApi } from "./testdata/fake-transform-api";
import { transformDataSource } from "./transform-data-source";

const id = "d".repeat(24);

function api(stored: ApiTransform[]): TransformApi {
  const fake = new FakeTransformApi();
  for (const t of stored) fake.stored.set(t.id, t);
  return fake;
}

const ctx = (transforms: TransformApi) => ({ client: { transforms }, diagnostics: new Diagnostics(), signal: new AbortController().signal });

describe("streamkap_transform data source", () => {
  test("reads the transform's name, type, status, topics, start time and tag ids", async () => {
    const transform: ApiTransform = {
      id,
      name: "mask-emails",
      transform_type: "map_filter",
      status: "RUNNING",
      topics: ["public.users"],
      topic_ids: ["source_abc.public.users"],
      start_time: "2025-01-01T00:00:00Z",
      tags: [{ id: "670e5ca40afe1d3983ce0c22", name: "Development" }],
      implementation: { language: "javascript" },
    };
    expect(await transformDataSource().read({ config: { id } }, ctx(api([transform])))).toEqual({
      id,
      name: "mask-emails",
      transform_type: "map_filter",
      status: "RUNNING",
      topics: ["public.users"],
      topic_ids: ["source_abc.public.users"],
      topic_map: [{ id: "source_abc.public.users", name: "public.users" }],
      start_time: "2025-01-01T00:00:00Z",
      tags: ["670e5ca40afe1d3983ce0c22"],
    });
  });

  test("an unknown id is an error on id", async () => {
    const err = await transformDataSource()
      .read({ config: { id } }, ctx(api([])))
      .catch((e) => e);
    expect(err).toBeInstanceOf(DiagnosticsError);
    expect((err as DiagnosticsError).diagnostics[0]).toMatchObject({ summary: "Transform not found", path: [{ attribute: "id" }] });
  });
});
