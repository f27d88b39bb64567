// Runs a ProviderServer as a Terraform plugin process: go-plugin start-up (cookie, protocol
// version, mTLS certificate, unix socket, handshake line), the tfplugin6 and GRPCController
// services, and shutdown on Shutdown or SIGTERM. Knows nothing about what the provider does.
import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProviderServer } from "../framework/provider-server";
import { controllerServiceDefinition, providerServiceDefinition } from "../protocol/grpc-services";
import { answerRpc, PROVIDER_RPCS } from "../protocol/provider-rpcs";
import { generateServerCertificate } from "./certificate";
import { acceptsProtocol6, handshakeLine, hasMagicCookie, NOT_STARTED_BY_TERRAFORM } from "./handshake";
import { log } from "./log";
import { guardStdout } from "./stdout-guard";

/** TLS material for one start; none when TLS is off. */
interface Transport {
  credentials: grpc.ServerCredentials;
  certificateDer?: Buffer;
}

function chooseTransport(env: NodeJS.ProcessEnv): Transport {
  const clientCert = env.PLUGIN_CLIENT_CERT;
  // TF_DISABLE_PLUGIN_TLS is for tests; without a client certificate Terraform dials plaintext.
  if (env.TF_DISABLE_PLUGIN_TLS === "1" || !clientCert) return { credentials: grpc.ServerCredentials.createInsecure() };
  const cert = generateServerCertificate();
  const credentials = grpc.ServerCredentials.createSsl(
    Buffer.from(clientCert),
    [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }],
    true, // require and verify the client certificate: only Terraform's may connect
  );
  return { credentials, certificateDer: cert.der };
}

function providerHandlers(server: () => ProviderServer): grpc.UntypedServiceImplementation {
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const method of Object.keys(PROVIDER_RPCS)) {
    handlers[method] = (call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      answerRpc(server, method, call.request, (m, err) => log("ERROR", `${m}: ${err instanceof Error ? err.message : String(err)}`)).then(
        (response) => callback(null, response),
        (err: unknown) => callback({ code: grpc.status.INTERNAL, details: err instanceof Error ? err.message : String(err) }),
      );
    };
  }
  return handlers;
}

export function serve(factory: () => ProviderServer): void {
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
  const server = new grpc.Server();
  server.addService(providerServiceDefinition(), providerHandlers(providerServer));
  server.addService(controllerServiceDefinition(), {
    Shutdown: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      // Let the answer reach Terraform, then go: it waits only briefly before killing us.
      setTimeout(() => exit(0), 10);
    },
  });

  // Ctrl-C reaches the whole process group; Terraform stops us with StopProvider instead.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => exit(0));
  process.on("exit", removeSocket);

  server.bindAsync(`unix:${socketPath}`, transport.credentials, (err) => {
    if (err) {
      log("ERROR", `cannot listen on ${socketPath}: ${err.message}`);
      exit(1);
      return;
    }
    writeStdout(handshakeLine(socketPath, transport.certificateDer));
  });
}
