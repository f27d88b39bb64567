// The leak oracle over terraform's text log must find what it is for: each secret left
// unmasked in the shapes terraform prints a provider's line in, and nothing in masked lines.
import { textLeaksOf } from "./adversarial-secrets";

const line = (body: string) =>
  `2026-12-05T12:55:42.653Z [DEBUG] provider.terraform-provider-streamkap_v0.1.0: request POST /sources: body="${body}" @module=provider.streamkap method=POST`;

test.each([
  ["s", "secret", line("map[client_id:c secret:s]")],
  ["true", "database.password", line("map[config:map[database.dbname:shop database.password:true database.user:cdc] name:a]")],
  ['"', "secret", line(String.raw`map[client_id:c secret:\"]`)],
  ["\\", "secret", line(String.raw`map[client_id:c secret:\\]`)],
  ["{", "database.password", `{"@message":"request","body":{"database.password":"{"}}`],
  ["name", "database.password", `message: database.password=name other=1`],
  ["päss wörd", "database.password", line(String.raw`map[database.password:päss wörd]`)],
  ["x".repeat(50), "secret", `Error: unexpected ${"x".repeat(50)} in answer`],
])("finds %j unmasked in a %s field", (secret, holder, text) => {
  expect(textLeaksOf(secret, text, [holder])).toEqual([text]);
});

test.each([
  ["s", "secret", line("map[client_id:c secret:***] status=success")],
  ["true", "secret", line("map[page:1 secret_returned:true]")],
  ['"', "secret", line(String.raw`map[client_id:c secret:***] name=\"x\"`)],
  ["name", "database.password", line("map[database.password:*** name:trace-2]")],
])("finds %j masked, or only in other fields, nowhere", (secret, holder, text) => {
  expect(textLeaksOf(secret, text, [holder])).toEqual([]);
});
