import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TransformCode } from "../transform/transform-code";
import { runTransform } from ".";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "run-transform-"));
  writeFileSync(join(dir, "package.json"), "{}");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("runs a fan_out module's functions on records: one output per topic returned", async () => {
  const code = TransformCode.fromInline(
    "export const valueTransform = (v: { id: number; regions: string[] }) => ({ id: v.id });\n" +
      "export const topicTransform = (v: { regions: string[] }) => v.regions.map((r) => `orders.${r}`);\n",
    { resolveDir: dir },
  );
  const run = await runTransform(code, [{ topic: "source_1.public.orders", value: { id: 1, regions: ["eu", "us"] } }], { type: "fan_out" });
  expect(run.records).toEqual([
    { topic: "orders.eu", key: null, value: { id: 1 }, timestamp: 0 },
    { topic: "orders.us", key: null, value: { id: 1 }, timestamp: 0 },
  ]);
});

test("names output topics by the transform's patterns when given", async () => {
  const code = TransformCode.fromInline("export const valueTransform = (v: unknown) => v;\n", { resolveDir: dir });
  const run = await runTransform(code, [{ topic: "source_1.public.orders", value: 1 }], {
    inputPattern: "source_1\\.(public\\.orders)",
    outputPattern: "clean.$1",
  });
  expect(run.records.map((r) => r.topic)).toEqual(["clean.public.orders"]);
});

test("rejects code synth would reject, listing every problem as synth does", async () => {
  writeFileSync(join(dir, "bad.ts"), 'import os from "os";\nexport const valueTransfrom = () => os;\n');
  await expect(runTransform(join(dir, "bad.ts"), [])).rejects.toThrow(
    /^the map_filter transform's code has problems:\n {2}- implementation: bad\.ts:1:16: imports the Node built-in "os"/,
  );
  writeFileSync(join(dir, "typo.ts"), "export const valueTransfrom = (v: unknown) => v;\n");
  await expect(runTransform(join(dir, "typo.ts"), [])).rejects.toThrow('implementation typo.ts exports "valueTransfrom": did you mean "valueTransform"?');
});
