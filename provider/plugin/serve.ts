// Runs a ProviderServer as a Terraform plugin process: go-plugin start-up (cookie, protocol
// version, mTLS certificate, unix socket, handshake line), the tfplugin6 and GRPCController
// services, and shutdown on Shutdown or SIGTERM. Knows nothing about what the provider does.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProviderServer } from "../framework/provider-server";
import { methodPath, unaryMethod } from "../protocol/grpc-services";
import { answerRpc, PROVIDER_RPCS } from "../protocol/provider-rpcs";
import { generateServerCertificate } from "./certificate";
import { acceptsProtocol6, handshakeLine, hasMagicCookie, NOT_STARTED_BY_TERRAFORM } from "./handshake";
import { log } from "./log";
import { guardStdout } from "./stdout-guard";
import { createUnaryGrpcServer, type TlsMaterial, type UnaryHandler } from "./unary-grpc-server";

/** TLS material for one start; none when TLS is off. */
interface Transport {
  tls?: TlsMaterial;
  certificateDer?: Buffer;
}

function chooseTransport(env: NodeJS.ProcessEnv): Transport {
  const clientCert = env.PLUGIN_CLIENT_CERT;
  // TF_DISABLE_PLUGIN_TLS is for tests; without a client certificate Terraform dials plaintext.
  if (env.TF_DISABLE_PLUGIN_TLS === "1" || !clientCert) return {};
  const cert = generateServerCertificate();
  return { tls: { keyPem: cert.keyPem, certPem: cert.certPem, clientCertPem: clientCert }, certificateDer: cert.der };
}

export interface ServeOptions {
  /** Encoded answers of methods whose answer depends on nothing but the code (computed at
   * build time), by method name: sent as they are, without building the provider. Each is
   * produced on its first call (it may need decompressing) and kept. */
  fixedAnswers?: ReadonlyMap<string, () => Buffer>;
}

/** tfplugin6.Provider: every method with a translation, each answered through answerRpc. The
 * message codecs load on the first call, not before the handshake. */
function providerHandlers(server: () => ProviderServer, fixedAnswers: ReadonlyMap<string, () => Buffer>): [string, UnaryHandler][] {
  const produced = new Map<string, Buffer>();
  return Object.keys(PROVIDER_RPCS).map((name) => [
    methodPath("tfplugin6.Provider", name),
    async (bytes) => {
      const fixed = fixedAnswers.get(name);
      if (fixed) {
        if (!produced.has(name)) produced.set(name, fixed());
        return produced.get(name)!;
      }
      const method = unaryMethod("tfplugin6.Provider", name);
      const response = await answerRpc(server, name, method.decodeRequest(bytes), (m, err) =>
        log("ERROR", `${m}: ${err instanceof Error ? err.message : String(err)}`),
      );
      return method.encodeResponse(response);
    },
  ]);
}

export function serve(factory: () => ProviderServer, options: ServeOptions = {}): void {
  const writeStdout = guardStdout();
  const env = process.env;
  if (!hasMagicCookie(env)) {
    process.stderr.write(NOT_STARTED_BY_TERRAFORM);
    process.exit(1);
  }
  if (!acceptsProtocol6(env)) {
    process.stderr.write(`Terraform offers plugin protocol versions ${env.PLUGIN_PROTOCOL_VERSIONS}; this provider speaks only 6.\n`);
    process.exit(1);
  }

  // The provider is built on first use, so the handshake is not delayed by it.
  let instance: ProviderServer | undefined;
  const providerServer = () => (instance ??= factory());

  const socketDir = mkdtempSync(join(tmpdir(), "tfprovider-"));
  const socketPath = join(socketDir, `plugin-${process.pid}.sock`);
  const removeSocket = () => rmSync(socketDir, { recursive: true, force: true });
  const exit = (code: number) => {
    removeSocket();
    process.exit(code);
  };

  const transport = chooseTransport(env);
  const handlers = new Map<string, UnaryHandler>(providerHandlers(providerServer, options.fixedAnswers ?? new Map()));
  // Terraform waits for the process to end after Shutdown: go as soon as the answer is out
  // (or shortly anyway, should its stream never close).
  const SHUTDOWN = "/plugin.GRPCController/Shutdown";
  handlers.set(SHUTDOWN, async () => {
    setTimeout(() => exit(0), 200).unref();
    return Buffer.alloc(0);
  });
  const server = createUnaryGrpcServer(
    handlers,
    transport.tls,
    (message) => log("ERROR", message),
    (path) => path === SHUTDOWN && exit(0),
  );

  // Ctrl-C reaches the whole process group; Terraform stops us with StopProvider instead.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => exit(0));
  process.on("exit", removeSocket);

  server.on("error", (err: Error) => {
    log("ERROR", `${server.listening ? "server error" : `cannot listen on ${socketPath}`}: ${err.message}`);
    if (!server.listening) exit(1);
  });
  server.listen(socketPath, () => writeStdout(handshakeLine(socketPath, transport.certificateDer)));
}
