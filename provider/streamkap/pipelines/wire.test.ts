import { expandTransforms, foldTransforms, pipelineBody, pipelineState, stripSourcePrefix } from "./wire";

const SOURCE = "a".repeat(24);

test("a transform is sent once per topic, each paired with the topic id the transform knows", async () => {
  const lookup = async (id: string) =>
    id === "t1" ? { name: "mask", start_time: "2026-01-01T00:00:00Z", topics: ["public.orders"], topic_ids: ["tid-orders"] } : undefined;
  const entries = await expandTransforms(
    [
      { id: "t1", topics: ["public.orders", "public.items"] },
      { id: "t2", topics: ["x.y"] },
    ],
    SOURCE,
    lookup,
  );
  expect(entries).toEqual([
    { id: "t1", name: "mask", start_time: "2026-01-01T00:00:00Z", topic_id: "tid-orders", topic: "public.orders" },
    { id: "t1", name: "mask", start_time: "2026-01-01T00:00:00Z", topic_id: `source_${SOURCE}.public.items`, topic: "public.items" },
    { id: "t2", name: "", start_time: null, topic_id: `source_${SOURCE}.x.y`, topic: "x.y" },
  ]);
});

test("entries fold back by consecutive id; entries without a topic are skipped", () => {
  expect(
    foldTransforms([
      { id: "t1", topic: "a" },
      { id: "t1", topic: "b" },
      { id: "t2", topic: "" },
      { id: "t2", topic: "c" },
      { id: "t1", topic: "d" },
    ]),
  ).toEqual([
    { id: "t1", topics: ["a", "b"] },
    { id: "t2", topics: ["c"] },
    { id: "t1", topics: ["d"] },
  ]);
  expect(foldTransforms(null)).toEqual([]);
});

test("only this source's own prefix is stripped from a topic", () => {
  expect(stripSourcePrefix(`source_${SOURCE}.public.orders`, SOURCE)).toBe("public.orders");
  expect(stripSourcePrefix("default.MyTable", SOURCE)).toBe("default.MyTable");
  expect(stripSourcePrefix(`source_${"b".repeat(24)}.public.orders`, SOURCE)).toBe(`source_${"b".repeat(24)}.public.orders`);
});

test("the body carries every field, tags null when not known, and reads back to the same values", async () => {
  const planned = {
    name: "orders-to-warehouse",
    snapshot_new_tables: false,
    source: { id: SOURCE, name: "orders", connector: "postgresql", topics: ["public.orders"] },
    destination: { id: "d".repeat(24), name: "warehouse", connector: "snowflake" },
    transforms: [],
    topic_auto_discovery_transforms: [{ transform_id: "t9", regex: "public\\..*" }],
    tags: ["670e5ca40afe1d3983ce0c22"],
  };
  const body = await pipelineBody(planned, async () => undefined);
  expect(body).toEqual({ ...planned, source: { ...planned.source }, transforms: [] });
  const state = pipelineState({ id: "p".repeat(24), ...body, source: { ...body.source, topics: [`source_${SOURCE}.public.orders`] }, status: "Active" });
  expect(state).toEqual({ id: "p".repeat(24), ...planned, status: "Active" });
});
