// StopProvider (Ctrl-C): forwards to ProviderServer.stopProvider; its error text, if any, goes
// in the response's Error field, which this message has instead of diagnostics.
import type { ProviderServer } from "../../framework/provider-server";
import type { StopProviderRequest } from "../messages.generated";

export async function stopProvider(server: ProviderServer, _req: StopProviderRequest) {
  const res = await server.stopProvider({});
  return res.error ? { Error: res.error } : {};
}
