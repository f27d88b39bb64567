// The transform's own test, as a user writes it: sample order changes in, cleaned orders out,
// through the very bundle `cdktf deploy` ships, in the sandbox the local emulator runs it in.
// No server, no Terraform.
import { join } from "node:path";
import { runTransform } from "cdktf-streamkap/testing";

const CODE = join(__dirname, "clean-orders.ts");
const ORDERS = "source_64f0c0ffee0000000000beef.public.orders";
const order = (fields: Record<string, unknown>) => ({
  topic: ORDERS,
  key: { order_id: fields.order_id },
  value: { order_id: 1, customer_email: "Ada@Mail.example.org ", amount: "12.34", status: "paid", created_at: Date.UTC(2026, 2, 14, 23, 30), ...fields },
  timestamp: Date.UTC(2026, 2, 14, 23, 30),
});

test("cleans a paid order: email normalized, amount in cents, the order's UTC day, key renamed", async () => {
  const run = await runTransform(CODE, [order({ order_id: 7 })], { inputPattern: "source_.*\\.public\\.(orders)", outputPattern: "clean.$1" });
  expect(run.errors).toEqual([]);
  expect(run.records).toEqual([
    {
      topic: "clean.orders",
      key: { ORDER_ID: 7 },
      value: { order_id: 7, customer_email: "ada@mail.example.org", amount_cents: 1234, status: "PAID", order_day: "2026-03-14" },
      timestamp: Date.UTC(2026, 2, 14, 23, 30),
    },
  ]);
});

test("drops test orders, staff orders and records without a customer, keeps the rest in order", async () => {
  const deleted = { topic: ORDERS, key: { order_id: 4 }, value: null, timestamp: 0 };
  const run = await runTransform(CODE, [
    order({ order_id: 1, status: "test" }),
    order({ order_id: 2 }),
    order({ order_id: 3, customer_email: "ops@shop.example.com" }),
    deleted,
  ]);
  expect(run.results.map((r) => r.dropped)).toEqual([true, false, true, true]);
  expect(run.records.map((r) => (r.value as { order_id: number }).order_id)).toEqual([2]);
});

test("a record the code cannot handle fails alone, naming the function and the record", async () => {
  const run = await runTransform(CODE, [order({ order_id: 1, status: 42 }), order({ order_id: 2 })]);
  expect(run.errors.map((e) => e.message)).toEqual([
    expect.stringMatching(
      /^value_transform: _streamkap_transform failed on record #0 \(topic "source_.*\.public\.orders"\): TypeError: order\.status\.toUpperCase is not a function/,
    ),
  ]);
  expect(run.records).toHaveLength(1);
});
