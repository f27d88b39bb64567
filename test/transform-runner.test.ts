// The offline runner (cdktf-streamkap/testing) and the emulator agree: the example's TypeScript
// transform, bundled by TransformCode as synth does, is created and deployed on the emulator
// through the API, and the emulator's run endpoint gives, for the same records, the records and
// errors runTransform gives on a laptop.
import { join } from "node:path";
import { runTransform } from "../constructs/testing";
import { TransformCode } from "../constructs/transform/transform-code";
import { emulatorForTests, call, postgresBody } from "../emulator/testing/test-client";
import { REPO_ROOT } from "../scripts/lib/paths";

const { api, url } = emulatorForTests({ clientId: "runner-client", secret: "runner-secret", deployMs: 0 });
const code = TransformCode.fromFile(join(REPO_ROOT, "examples", "transforms", "clean-orders.ts"));

async function runningTransform(inputPattern: string, outputPattern: string): Promise<string> {
  const created = await api("POST", "/transforms?secret_returned=true", {
    transform: "map_filter",
    config: {
      "transforms.name": "clean-orders",
      "transforms.language": "JavaScript",
      "transforms.input.topic.pattern": inputPattern,
      "transforms.output.topic.pattern": outputPattern,
    },
    created_from: "terraform",
    tags: null,
  });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  const implementation = JSON.parse(code.bind("map_filter").json!);
  expect((await api("PUT", `/transforms/${id}/implementation_details`, { transform_id: id, implementation })).status).toBe(200);
  expect((await api("PUT", `/transforms/${id}/deploy-job-preview/no-version`)).status).toBe(200);
  expect((await api("PUT", `/transforms/${id}/deploy-job-live/no-version`)).status).toBe(200);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const status = (await api("GET", `/transforms/${id}/job_status`)).json?.status;
    if (status === "RUNNING") return id;
    if (status === "FAILED" || Date.now() > deadline) throw new Error(`the transform's job is ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test("the emulator's run of the deployed bundle and runTransform give the same records, drops and errors", async () => {
  const source = await api("POST", "/sources", postgresBody("runner-orders"));
  const sourceId = source.json.id as string;
  const topic = `source_${sourceId}.public.orders`;
  const inputPattern = `source_${sourceId}\\.public\\.(orders)`;
  const id = await runningTransform(inputPattern, "clean.$1");
  const at = Date.UTC(2026, 2, 14, 23, 30);
  const records = [
    {
      topic,
      key: { order_id: 1 },
      value: { order_id: 1, customer_email: " Ada@Mail.example.org", amount: "12.34", status: "paid", created_at: at },
      timestamp: at,
    },
    { topic, key: { order_id: 2 }, value: { order_id: 2, customer_email: "b@mail.example.org", amount: "5", status: "test", created_at: at }, timestamp: at },
    { topic, key: { order_id: 3 }, value: { order_id: 3, customer_email: "c@mail.example.org", amount: "5", status: 42, created_at: at }, timestamp: at },
    { topic, key: { order_id: 4 }, value: null, timestamp: at },
  ];

  const offline = await runTransform(code, records, { inputPattern, outputPattern: "clean.$1" });
  const emulated = await call(url(), "POST", `/__emulator/transforms/${id}/run`, { records });
  expect(emulated.status).toBe(200);

  expect(offline.records).toEqual([
    {
      topic: "clean.orders",
      key: { ORDER_ID: 1 },
      value: { order_id: 1, customer_email: "ada@mail.example.org", amount_cents: 1234, status: "PAID", order_day: "2026-03-14" },
      timestamp: at,
    },
  ]);
  expect(
    emulated.json.records.map(
      ({ topic_id, ...r }: { topic_id: string }) => (expect(topic_id).toMatch(new RegExp(`^transform_${id}_\\d+\\.clean\\.orders$`)), r),
    ),
  ).toEqual(offline.records);
  expect(emulated.json.results.map((r: { dropped: boolean }) => r.dropped)).toEqual(offline.results.map((r) => r.dropped));
  expect(emulated.json.errors).toEqual(offline.errors.map((e) => e.message));
  expect(offline.errors).toHaveLength(1);
});
