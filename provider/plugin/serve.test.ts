// serve() as Terraform sees it: the bundled echo provider started as a child process.
import * as grpc from "@grpc/grpc-js";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import { unaryMethod } from "../protocol/grpc-services";
import { PROVIDER_RPCS } from "../protocol/provider-rpcs";
import { generateServerCertificate, toPem } from "./certificate";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./handshake";
import { bundleEchoProvider } from "./testdata/bundle";
import { clientDefinition } from "./testdata/grpc-client";

let buildDir: string;
let binary: string;

beforeAll(async () => {
  buildDir = mkdtempSync(join(tmpdir(), "serve-test-"));
  binary = await bundleEchoProvider(join(buildDir, "terraform-provider-echo"));
});
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcessWithoutNullStreams;
  line: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string | undefined>): Promise<Started> {
  const child = spawn(binary, [], { env: { PATH: process.env.PATH, ...env } });
  let out = "";
  let err = "";
  child.stderr.on("data", (b) => (err += b));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (b) => {
      out += b;
      if (out.includes("\n")) resolve({ child, line: out.split("\n")[0], stdout: () => out, stderr: () => err, exited });
    });
    void exited.then((code) => reject(new Error(`provider exited ${code} before the handshake: ${err}`)));
  });
}

const clientCert = generateServerCertificate();
const tlsEnv = { [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6,5", PLUGIN_CLIENT_CERT: clientCert.certPem };

function clients(socket: string, serverCertPem: string | null, identity = clientCert) {
  const credentials = serverCertPem
    ? grpc.credentials.createSsl(Buffer.from(serverCertPem), Buffer.from(identity.keyPem), Buffer.from(identity.certPem))
    : grpc.credentials.createInsecure();
  const options = { "grpc.ssl_target_name_override": "localhost", "grpc.default_authority": "localhost" };
  const Provider = grpc.makeGenericClientConstructor(clientDefinition("tfplugin6.Provider", Object.keys(PROVIDER_RPCS)), "Provider");
  const Controller = grpc.makeGenericClientConstructor(clientDefinition("plugin.GRPCController", ["Shutdown"]), "GRPCController");
  return { provider: new Provider(`unix:${socket}`, credentials, options), controller: new Controller(`unix:${socket}`, credentials, options) };
}

function call<T>(client: grpc.Client, method: string, request: object): Promise<T> {
  return new Promise((resolve, reject) =>
    (client as unknown as Record<string, (...args: unknown[]) => void>)[method](request, { deadline: Date.now() + 5000 }, (err: Error | null, res: T) =>
      err ? reject(err) : resolve(res),
    ),
  );
}

describe("serve()", () => {
  test("refuses to run without the magic cookie", async () => {
    const child = spawn(binary, [], { env: { PATH: process.env.PATH } });
    let out = "";
    let err = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (err += b));
    const code = await new Promise((r) => child.on("exit", r));
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("This binary is a plugin");
  });

  test("refuses when protocol 6 is not offered", async () => {
    const child = spawn(binary, [], { env: { PATH: process.env.PATH, ...tlsEnv, PLUGIN_PROTOCOL_VERSIONS: "5" } });
    const code = await new Promise((r) => child.on("exit", r));
    expect(code).toBe(1);
  });

  test("handshake over mTLS, serves tfplugin6, and exits promptly on Shutdown", async () => {
    const p = await start(tlsEnv);
    const fields = p.line.split("|");
    expect(fields.slice(0, 3)).toEqual(["1", "6", "unix"]);
    expect(fields[4]).toBe("grpc");
    expect(fields[5]).not.toContain("=");
    const socket = fields[3];
    expect(existsSync(socket)).toBe(true);
    const serverCert = new X509Certificate(Buffer.from(fields[5], "base64"));
    expect(serverCert.subjectAltName).toBe("DNS:localhost");

    const { provider, controller } = clients(socket, toPem("CERTIFICATE", serverCert.raw));
    const schema = await call<any>(provider, "GetProviderSchema", {});
    expect(Object.keys(schema.resource_schemas)).toEqual(["echo_thing"]);
    expect(schema.server_capabilities.plan_destroy).toBe(true);

    // An error inside the provider is a diagnostic, and the process lives on.
    const bad = await call<any>(provider, "ValidateResourceConfig", { type_name: "nope", config: { msgpack: Buffer.from([0x80]) } });
    expect(bad.diagnostics[0]).toMatchObject({ severity: "ERROR", detail: "unknown resource type nope" });
    expect(await call<any>(provider, "StopProvider", {})).toEqual({});

    // SIGINT is Terraform's business (it sends StopProvider); the plugin keeps serving. A
    // signal is delivered before the process next runs, so had it ended the process, the call
    // after it could not be answered.
    p.child.kill("SIGINT");
    await call(provider, "GetMetadata", {});
    expect(p.child.exitCode).toBeNull();

    await call(controller, "Shutdown", {});
    expect(await p.exited).toBe(0);
    expect(existsSync(socket)).toBe(false);
    expect(p.stdout()).toBe(p.line + "\n");
    expect(p.stderr()).toContain("echo: metadata requested");
    expect(p.stderr()).toContain("echo: a stray write to stdout");
    provider.close();
    controller.close();
  });

  test("a client certificate other than Terraform's is refused", async () => {
    const p = await start(tlsEnv);
    const fields = p.line.split("|");
    const stranger = generateServerCertificate();
    const { provider } = clients(fields[3], toPem("CERTIFICATE", Buffer.from(fields[5], "base64")), stranger);
    await expect(call(provider, "GetProviderSchema", {})).rejects.toThrow();
    provider.close();
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  });

  test("SIGTERM removes the socket and exits; TF_DISABLE_PLUGIN_TLS serves plaintext", async () => {
    const p = await start({ ...tlsEnv, TF_DISABLE_PLUGIN_TLS: "1" });
    const fields = p.line.split("|");
    expect(fields[5]).toBe("");
    const { provider } = clients(fields[3], null);
    const meta = await call<any>(provider, "GetMetadata", {});
    expect(meta.resources).toEqual([{ type_name: "echo_thing" }]);
    provider.close();
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
    expect(existsSync(fields[3])).toBe(false);
  });

  test("a fixed answer is sent as it is, and the other methods are answered by the provider", async () => {
    const fixed = unaryMethod("tfplugin6.Provider", "GetMetadata").encodeResponse({ resources: [{ type_name: "fixed_thing" }] });
    const p = await start({ ...tlsEnv, TF_DISABLE_PLUGIN_TLS: "1", ECHO_FIXED_METADATA: fixed.toString("base64") });
    const { provider } = clients(p.line.split("|")[3], null);
    expect((await call<any>(provider, "GetMetadata", {})).resources).toEqual([{ type_name: "fixed_thing" }]);
    expect(Object.keys((await call<any>(provider, "GetProviderSchema", {})).resource_schemas)).toEqual(["echo_thing"]);
    expect(p.stderr()).not.toContain("echo: metadata requested");
    provider.close();
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  });
});
