// A minimal state service for Terraform's http backend (GET/POST the state, POST/DELETE
// <address>/lock), kept in memory: lets the CI example run its remote-state path locally.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface HttpStateServer {
  /** Base URL; a state lives at <url>/state/<name>. */
  url: string;
  states: Map<string, string>;
  /** Requests seen, as "<METHOD> <path>". */
  requests: string[];
  close(): Promise<void>;
}

export async function startHttpStateServer(): Promise<HttpStateServer> {
  const states = new Map<string, string>();
  const locks = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (d: string) => (body += d));
    req.on("end", () => {
      const path = (req.url ?? "/").split("?")[0];
      requests.push(`${req.method} ${path}`);
      const lock = path.endsWith("/lock");
      const name = lock ? path.slice(0, -"/lock".length) : path;
      if (lock && req.method === "POST") {
        if (locks.has(name)) {
          res.writeHead(423, { "content-type": "application/json" }).end(locks.get(name));
        } else {
          locks.set(name, body);
          res.writeHead(200).end();
        }
      } else if (lock && req.method === "DELETE") {
        locks.delete(name);
        res.writeHead(200).end();
      } else if (req.method === "GET") {
        const state = states.get(name);
        if (state === undefined) res.writeHead(404).end();
        else res.writeHead(200, { "content-type": "application/json" }).end(state);
      } else if (req.method === "POST") {
        states.set(name, body);
        res.writeHead(200).end();
      } else if (req.method === "DELETE") {
        states.delete(name);
        res.writeHead(200).end();
      } else {
        res.writeHead(405).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    states,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
