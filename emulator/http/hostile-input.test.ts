// A body too large for the emulator is refused with 413 before it is read whole (before any of
// it when its Content-Length says so), never a dropped connection, and the emulator stays up.
import { request } from "node:http";
import { startEmulator, type RunningEmulator } from "../index";
import { call, login } from "../testing/test-client";
import { MAX_BODY_BYTES } from "./wire";

const CLIENT_ID = "hostile-client";
const SECRET = "hostile-secret-5c1e";
let emulator: RunningEmulator;
let token: string;

beforeAll(async () => {
  emulator = await startEmulator({ clientId: CLIENT_ID, secret: SECRET, deployMs: 0 });
  token = await login(emulator.url, CLIENT_ID, SECRET);
});
afterAll(() => emulator.close());

interface RawReply {
  status: number;
  contentType: string;
  text: string;
}

/** Sends `size` bytes of body and resolves with the answer, whatever happens to the rest. */
function oversized(size: number, chunked: boolean): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(`${emulator.url}/sources`, {
      method: "POST",
      agent: false,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...(chunked ? {} : { "Content-Length": String(size) }) },
    });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let text = "";
      res.setEncoding("utf8").on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? ""), text }));
      res.on("error", () => resolve({ status: res.statusCode ?? 0, contentType: "", text }));
    });
    // The server closes the connection after its answer: the unsent rest fails to write.
    req.on("error", (err) => answered || reject(err));
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

test.each([
  ["with its Content-Length", false],
  ["sent chunked", true],
])("a 20 MB body %s is refused with 413 and a message; the emulator stays up", async (_how, chunked) => {
  const reply = await oversized(20 * 1024 * 1024, chunked);
  expect(reply.status).toBe(413);
  expect(JSON.parse(reply.text)).toEqual({ detail: `Request body too large: at most ${MAX_BODY_BYTES} bytes` });
  expect((await call(emulator.url, "GET", "/sources", undefined, token)).status).toBe(200);
});
