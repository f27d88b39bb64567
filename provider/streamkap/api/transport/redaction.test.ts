// Masking on values: any structure, any secrets — the copy has the same shape, serializes, and
// holds no secret; a short or literal secret hides only the fields that hold it.
import fc from "fast-check";
import { adversarialSecret, ADVERSARIAL_SECRETS } from "../../../../test/support/adversarial-secrets";
import { hclogLine } from "../../../plugin/log";
import { MASK, maskedAsSubstring, redactBody, SecretValues } from "./redaction";

const json = fc.jsonValue({ maxDepth: 4 });

test("every adversarial secret: a body holding it in a field and inside text keeps its shape and loses the secret", () => {
  for (const secret of ADVERSARIAL_SECRETS) {
    const body = { name: "orders", wait: false, secret, nested: { list: [secret, `pre-${secret}-post`, "true"], n: 5432 }, returned: null };
    const masked = redactBody(body, [secret]) as typeof body;
    expect(masked).toMatchObject({ name: "orders", wait: false, secret: MASK, returned: null });
    expect(masked.nested.list[0]).toBe(MASK);
    expect(masked.nested.n).toBe(5432);
    expect(masked.nested.list[1]).toBe(maskedAsSubstring(secret) ? `pre-${MASK}-post` : `pre-${secret}-post`);
    expect(JSON.parse(hclogLine("debug", "m", "x", { body: masked }))).toMatchObject({ body: { wait: false } });
  }
});

test("a short secret masks only the fields equal to it, not its letter everywhere", () => {
  const masked = redactBody({ a: "s", b: "status sss", c: ["s", "ss"] }, ["s"]);
  expect(masked).toEqual({ a: MASK, b: "status sss", c: [MASK, "ss"] });
  expect(new SecretValues(["s", "true"]).maskText("status true")).toBe("status true");
  expect(new SecretValues(["hunter2-long"]).maskText("password hunter2-long!")).toBe(`password ${MASK}!`);
});

test("property: for any JSON and any secrets, masking keeps the shape, never throws, and no secret is left", () => {
  fc.assert(
    fc.property(json, fc.array(adversarialSecret(), { minLength: 1, maxLength: 4 }), fc.context(), (value, secrets, ctx) => {
      const planted = { value, field: secrets[0], text: `before ${secrets[secrets.length - 1]} after` };
      const masked = redactBody(planted, secrets) as Record<string, unknown>;
      ctx.log(JSON.stringify(masked));
      expect(sameShape(planted, masked)).toBe(true);
      const line = hclogLine("trace", "provider.streamkap", "request POST /sources", masked);
      const parsed: unknown = JSON.parse(line);
      const strings = stringsOf(parsed);
      for (const s of secrets) {
        // A short secret is masked as a value; a key that happens to spell it is no secret.
        expect(valuesOf(parsed)).not.toContain(s);
        if (maskedAsSubstring(s)) expect(strings.filter((x) => x.includes(s))).toEqual([]);
      }
    }),
    { numRuns: 200 },
  );
});

test("sensitive keys are masked at any depth; a structure too deep is cut, not leaked", () => {
  let deep: unknown = { password: "p" };
  for (let i = 0; i < 30; i++) deep = { next: deep };
  const masked = JSON.stringify(redactBody({ deep, config: { "database.password": "hunter2", secret_returned: false } }, []));
  expect(masked).not.toContain('"p"');
  expect(masked).toContain('"database.password":"***"');
  expect(masked).toContain('"secret_returned":false');
  expect(masked).toContain("nested too deep");
});

/** Same arrays' lengths and same kinds at every place (strings may change, keys may be masked). */
function sameShape(a: unknown, b: unknown): boolean {
  if (typeof a === "string") return typeof b === "string";
  if (a === null || typeof a !== "object") return a === b;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameShape(x, b[i]));
  if (!b || typeof b !== "object" || Array.isArray(b)) return false;
  return Object.keys(a).length === Object.keys(b).length;
}

function valuesOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(valuesOf);
}

function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [...(Array.isArray(value) ? [] : [k]), ...stringsOf(v)]);
}
