// A dead STREAMKAP_HOST through the real terraform: a host that refuses connections, or whose
// name does not resolve, fails the run at the provider's configuration with one error naming
// STREAMKAP_HOST and its value, for a configuration of several resources and a data source —
// not one error per resource after minutes of retries.
import { PROVIDER_ADDRESS, PROVIDER_SOURCE } from "../scripts/lib/provider-address";
import { closedPort } from "./support/closed-port";
import { hclHeader, WorkspaceFactory } from "./support/provider-workspace";

jest.setTimeout(180_000);

let host = "";
const workspaces = new WorkspaceFactory({
  address: PROVIDER_ADDRESS,
  env: () => ({ STREAMKAP_HOST: host, STREAMKAP_CLIENT_ID: "client", STREAMKAP_SECRET: "dead-host-secret-4b1d", TF_LOG_PROVIDER: "DEBUG" }),
});
afterAll(() => workspaces.cleanup());

const HCL = `${hclHeader(PROVIDER_SOURCE, [])}
${["a", "b", "c", "d", "e"].map((n) => `resource "streamkap_tag" "${n}" {\n  name = "team-${n}"\n  type = ["sources"]\n}\n`).join("\n")}
data "streamkap_tags" "all" {}
`;

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

test.each([
  ["refuses connections", async () => `http://127.0.0.1:${await closedPort()}`, "connection refused"],
  ["does not resolve", async () => "https://streamkap-api.invalid", "host name not found"],
])("a host that %s fails the plan once, naming STREAMKAP_HOST and its value, with no retries", async (_what, makeHost, cause) => {
  host = await makeHost();
  const ws = await workspaces.create(HCL);
  const plan = await ws.plan();
  const output = plan.stdout + plan.stderr;
  expect(plan.code).toBe(1);
  expect(occurrences(output, "Error: Cannot reach the Streamkap API")).toBe(1);
  expect(output).toContain(`${cause} for STREAMKAP_HOST="${host}"`);
  // The request engine never started: no request, so no retry (the provider logs each at DEBUG).
  expect(output).not.toMatch(/retrying|request (GET|POST)/);
  expect(output).not.toContain("dead-host-secret-4b1d");
});
