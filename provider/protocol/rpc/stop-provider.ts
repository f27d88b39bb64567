import type { ProviderServer } from "../../framework/provider-server";

export async function stopProvider(server: ProviderServer, _req: object) {
  const error = await server.stopProvider();
  return error ? { Error: error } : {};
}
