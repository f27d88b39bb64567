// The runtime's contract: the API's function semantics per transform type, and a sandbox that
// refuses Node's powers and survives whatever the code does (loops, huge answers, memory,
// promises that never settle) with an error naming the function and the record.
import { runTransform, loadTransform, TransformError, topicPatterns, type InputRecord } from ".";

const js = (value_transform: string, extra: Record<string, string> = {}) => ({ language: "JAVASCRIPT", value_transform, ...extra });
const record = (value: unknown, topic = "source_1.public.orders"): InputRecord => ({ topic, value, key: { id: 1 }, timestamp: 1700000000000 });

describe("map_filter", () => {
  it("maps values, drops a record on null, passes key/topic/timestamp as the API does", async () => {
    const run = await runTransform(
      "map_filter",
      js(`function _streamkap_transform(value, key, topic, timestamp) {
            if (value.status === "test") return null;
            return { ...value, total: value.qty * value.price, from: topic, at: timestamp, keyId: key.id };
          }`),
      [record({ qty: 2, price: 3, status: "paid" }), record({ status: "test" })],
    );
    expect(run.errors).toEqual([]);
    expect(run.results.map((r) => r.dropped)).toEqual([false, true]);
    expect(run.records).toEqual([
      {
        topic: "source_1.public.orders",
        key: { id: 1 },
        value: { qty: 2, price: 3, status: "paid", total: 6, from: "source_1.public.orders", at: 1700000000000, keyId: 1 },
        timestamp: 1700000000000,
      },
    ]);
  });

  it("applies the key function and sends unrouted records to the output pattern's topic", async () => {
    const patterns = topicPatterns("source_1\\.public\\.(.*)", "clean.$1");
    const run = await runTransform(
      "map_filter",
      js("function _streamkap_transform(v) { return v; }", { key_transform: "function _streamkap_transform_key(v, k) { return { orderId: v.id }; }" }),
      [record({ id: 7 })],
      { outputTopic: patterns.outputTopic },
    );
    expect(run.records).toEqual([{ topic: "clean.orders", key: { orderId: 7 }, value: { id: 7 }, timestamp: 1700000000000 }]);
  });

  it("keeps module state from one record to the next and captures console output", async () => {
    const run = await runTransform("map_filter", js("let n = 0; function _streamkap_transform(v) { n += 1; console.log('record', n, v); return { n }; }"), [
      record(1),
      record(2),
    ]);
    expect(run.records.map((r) => r.value)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(run.results[1].logs).toEqual(["record 2 2"]);
  });

  it("lets common_transform's definitions serve the functions", async () => {
    const impl = js("function _streamkap_transform(v) { return helper(v); }", { common_transform: "function helper(v) { return { wrapped: v }; }" });
    const run = await runTransform("map_filter", impl, [record(3)]);
    expect(run.records[0].value).toEqual({ wrapped: 3 });
  });
});

describe("fan_out, enrich_async and topic_router", () => {
  it("fans a record out to every topic the topic function returns", async () => {
    const run = await runTransform(
      "fan_out",
      js("function _streamkap_transform(v) { return v; }", {
        topic_transform: "function _streamkap_transform_topic(v, k, topic) { return v.regions.map((r) => 'orders_' + r); }",
      }),
      [record({ regions: ["eu", "us"] }), record({ regions: [] })],
    );
    expect(run.records.map((r) => r.topic)).toEqual(["orders_eu", "orders_us"]);
    expect(run.results[1].dropped).toBe(true);
  });

  it("awaits async functions", async () => {
    const run = await runTransform(
      "enrich_async",
      js("async function _streamkap_transform(v) { await null; const x = await Promise.resolve(2); return { v, x }; }"),
      [record(1)],
    );
    expect(run.records[0].value).toEqual({ v: 1, x: 2 });
  });

  it("routes a topic_router's records by its patterns alone", async () => {
    const patterns = topicPatterns("source_1\\.public\\.(orders|items)", "merged.$1");
    const run = await runTransform("topic_router", null, [record({ a: 1 }), record({ b: 2 }, "source_1.public.items")], { outputTopic: patterns.outputTopic });
    expect(run.records.map((r) => [r.topic, r.value])).toEqual([
      ["merged.orders", { a: 1 }],
      ["merged.items", { b: 2 }],
    ]);
    expect(patterns.accepts("source_1.public.users")).toBe(false);
  });

  it("names the topic function and the record when its answer is not a topic", async () => {
    const run = await runTransform(
      "fan_out",
      js("function _streamkap_transform(v) { return v; }", { topic_transform: "function _streamkap_transform_topic() { return 42; }" }),
      [record(1)],
    );
    expect(run.errors[0].message).toBe(
      'topic_transform: _streamkap_transform_topic failed on record #0 (topic "source_1.public.orders"): returned 42; it must return a topic name or an array of topic names',
    );
  });
});

describe("an implementation that cannot load", () => {
  const loadError = async (type: string, impl: unknown) => {
    const error = await runTransform(type, impl, [record(1)], { timeoutMs: 300 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TransformError);
    return (error as Error).message;
  };

  it("lists what the type needs, by the catalog's rule, and refuses Python and SQL", async () => {
    expect(await loadError("fan_out", { language: "JAVASCRIPT", key_transform: 3 })).toBe(
      "the fan_out implementation cannot run: value_transform is required for a fan_out transform: source code defining _streamkap_transform(valueObject, keyObject, topic, timestamp, commonObject); key_transform must be a string of source code; topic_transform is required for a fan_out transform: source code defining _streamkap_transform_topic(valueObject, keyObject, topic, timestamp, commonObject, valueSchema, keySchema)",
    );
    expect(await loadError("map_filter", { language: "PYTHON", value_transform: "def _streamkap_transform(v, k, t, ts):\n  return v" })).toBe(
      'the map_filter implementation cannot run: language "PYTHON" does not run here; only JAVASCRIPT implementations do',
    );
    expect(await loadError("rollup", { rollupSQL: "SELECT 1" })).toBe(
      "the rollup implementation cannot run: rollup transforms are SQL; only map_filter, enrich_async, fan_out, topic_router transforms run here",
    );
  });

  it("names the field whose code lacks its function, throws or loops at its top level", async () => {
    expect(await loadError("map_filter", js("function transform(v) { return v; }"))).toMatch(/value_transform must define the function _streamkap_transform\(/);
    expect(await loadError("map_filter", js("var _streamkap_transform = 5;"))).toBe(
      "value_transform (_streamkap_transform) does not load: does not define a function _streamkap_transform (found number)",
    );
    expect(
      await loadError(
        "map_filter",
        js("function _streamkap_transform(v) { return v; }", { key_transform: "throw new Error('no config'); function _streamkap_transform_key() {}" }),
      ),
    ).toMatch(/^key_transform \(_streamkap_transform_key\) does not load: Error: no config\n\s+at key_transform\.js:1/);
    expect(await loadError("map_filter", js("while (true) {} function _streamkap_transform() {}"))).toMatch(
      /^value_transform \(_streamkap_transform\) does not load: Script execution timed out after 300ms/,
    );
    expect(await loadError("map_filter", js("function _streamkap_transform( {"))).toMatch(/does not load: .*SyntaxError/s);
  });
});

describe("the sandbox", () => {
  const failing = async (body: string, options = {}) => {
    const run = await runTransform("map_filter", js(`function _streamkap_transform(value) { ${body} }`), [record({ n: 1 }), record({ n: 2 })], {
      timeoutMs: 300,
      ...options,
    });
    return run;
  };

  it("has no require, process, timers, fetch or Buffer", async () => {
    for (const name of ["require('fs')", "process.env", "setTimeout(() => 0)", "fetch('http://127.0.0.1')", "Buffer.from('x')"]) {
      const run = await failing(`return ${name};`);
      expect(run.errors[0].message).toMatch(
        /^value_transform: _streamkap_transform failed on record #0 \(topic "source_1.public.orders"\): ReferenceError: \w+ is not defined/,
      );
    }
  });

  it("gives no way out through the objects it is handed", async () => {
    const run = await failing(
      "const g = value.constructor.constructor('return this')(); return [typeof g.process, typeof g.require, typeof globalThis.process];",
    );
    expect(run.records[0].value).toEqual(["undefined", "undefined", "undefined"]);
  });

  it("stops an infinite loop, sync or after an await, and goes on with the next record", async () => {
    const run = await failing("if (value.n === 1) while (true) {} return value;");
    expect(run.errors.map((e) => e.message)).toEqual([
      'value_transform: _streamkap_transform failed on record #0 (topic "source_1.public.orders"): Script execution timed out after 300ms',
    ]);
    expect(run.records.map((r) => r.value)).toEqual([{ n: 2 }]);
    const asyncRun = await runTransform("map_filter", js("async function _streamkap_transform(v) { await null; while (true) {} }"), [record(1)], {
      timeoutMs: 300,
    });
    expect(asyncRun.errors[0].message).toMatch(/failed on record #0 .*timed out after 300ms/);
  });

  it("refuses an answer larger than the limit and values that are not JSON", async () => {
    const huge = await failing("return 'x'.repeat(2000);", { maxOutputChars: 1000 });
    expect(huge.errors[0].message).toMatch(/failed on record #0 .*: RangeError: returned 2002 characters of JSON, more than the limit of 1000/);
    const cyclic = await failing("const a = {}; a.a = a; return a;");
    expect(cyclic.errors[0].message).toMatch(/failed on record #0 .*returned a value that is not JSON/);
  });

  it("reports a promise that never settles instead of waiting for it", async () => {
    const run = await failing("return new Promise(() => {});");
    expect(run.errors[0].message).toMatch(/failed on record #0 .*did not settle/);
  });

  it("survives code that exhausts its memory, and says which records did not run", async () => {
    const run = await runTransform(
      "map_filter",
      js("const kept = []; function _streamkap_transform() { for (;;) kept.push(new Array(100000).fill(1)); }"),
      [record(1), record(2)],
      {
        timeoutMs: 60_000,
        memoryMb: 32,
      },
    );
    expect(run.errors.map((e) => e.message)).toEqual([
      'value_transform: _streamkap_transform failed on record #0 (topic "source_1.public.orders"): ran out of memory (the sandbox\'s limit is 32 MB); no later record runs',
      'record #1 (topic "source_1.public.orders") did not run: the sandbox stopped on an earlier record',
    ]);
  });

  it("runs later batches on a loaded transform until closed", async () => {
    const transform = await loadTransform("map_filter", js("let seen = 0; function _streamkap_transform(v) { return ++seen; }"));
    await transform.run([record(1)]);
    const second = await transform.run([record(1)]);
    expect(second.records[0].value).toBe(2);
    await transform.close();
    const closed = await transform.run([record(1)]);
    expect(closed.errors[0].message).toMatch(/did not run|was closed/);
  });
});
