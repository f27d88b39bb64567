// The shared secret-key rule: catalog `sensitive` fields and credential-like names are secret,
// ordinary connection settings are not.
import { everyConnector } from "./index";
import { isSecretKey } from "./secret-keys";

test("every field the catalog marks sensitive is secret", () => {
  const sensitive = everyConnector().flatMap((c) => c.fields.filter((f) => f.sensitive).map((f) => f.api_key));
  expect(sensitive.length).toBeGreaterThan(0);
  for (const key of sensitive) expect(isSecretKey(key)).toBe(true);
});

test("credential-like names are secret whatever the connector; plain settings are not", () => {
  for (const key of ["database.password", "x.api_key", "Authorization", "ssh.private.key", "aws.secret.access.key", "some.token"])
    expect(isSecretKey(key)).toBe(true);
  for (const key of ["database.hostname.user.defined", "database.user", "table.include.list.user.defined", "tasks.max"]) expect(isSecretKey(key)).toBe(false);
});
