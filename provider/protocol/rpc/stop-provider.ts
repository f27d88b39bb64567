// StopProvider (Ctrl-C): forwards to ProviderServer.stopProvider; its error text, if any, goes
// in the response's Error field, which this message has instead of diagnostics.
import type { ProviderServer } from "../../framework/provider-server";

export async function stopProvider(server: ProviderServer, _req: object) {
  const res = await server.stopProvider({});
  return res.error ? { Error: res.error } : {};
}
