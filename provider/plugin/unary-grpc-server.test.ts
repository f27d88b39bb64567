import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createUnaryGrpcServer, frame, unframe, type UnaryHandler } from "./unary-grpc-server";
import { eventually } from "../../test/support/eventually";

describe("framing", () => {
  test("frame and unframe are inverse", () => {
    const message = Buffer.from([1, 2, 3, 250]);
    expect(frame(message)).toEqual(Buffer.from([0, 0, 0, 0, 4, 1, 2, 3, 250]));
    expect(unframe(frame(message))).toEqual(message);
    expect(unframe(frame(Buffer.alloc(0)))).toEqual(Buffer.alloc(0));
  });

  test("bodies that are not exactly one uncompressed message are refused", () => {
    expect(unframe(Buffer.from([0, 0, 0]))).toMatch(/not a gRPC message/);
    expect(unframe(Buffer.from([1, 0, 0, 0, 0]))).toMatch(/compressed/);
    expect(unframe(Buffer.concat([frame(Buffer.from([1])), frame(Buffer.from([2]))]))).toMatch(/exactly one/);
  });
});

describe("serving unary calls to a grpc-js client (plaintext)", () => {
  const dir = mkdtempSync(join(tmpdir(), "unary-grpc-"));
  const socket = join(dir, "s.sock");
  const errors: string[] = [];
  const handlers = new Map<string, UnaryHandler>([
    ["/test.Echo/Reverse", async (req) => Buffer.from(req).reverse()],
    ["/test.Echo/Fail", async () => Promise.reject(new Error("it broke"))],
  ]);
  const answered: string[] = [];
  const server = createUnaryGrpcServer(
    handlers,
    undefined,
    (m) => errors.push(m),
    (path) => answered.push(path),
  );
  const bytes = {
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  };
  const Client = grpc.makeGenericClientConstructor(
    {
      Reverse: { path: "/test.Echo/Reverse", requestStream: false, responseStream: false, ...bytes },
      Fail: { path: "/test.Echo/Fail", requestStream: false, responseStream: false, ...bytes },
      Missing: { path: "/test.Echo/Missing", requestStream: false, responseStream: false, ...bytes },
    },
    "Echo",
  );
  let client: grpc.Client & Record<string, (req: Buffer, cb: (err: grpc.ServiceError | null, res?: Buffer) => void) => void>;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    client = new Client(`unix:${socket}`, grpc.credentials.createInsecure()) as typeof client;
  });
  afterAll(() => {
    client.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (method: string, req: Buffer) =>
    new Promise<{ err: grpc.ServiceError | null; res?: Buffer }>((resolve) => client[method](req, (err, res) => resolve({ err, res })));

  test("a handler's answer comes back with status OK", async () => {
    const { err, res } = await call("Reverse", Buffer.from("abc"));
    expect(err).toBeNull();
    expect(res!.toString()).toBe("cba");
    // Told once the answer is out: serve() ends the process there on Shutdown.
    await eventually("the server to say the answer is out", () => answered.length > 0);
    expect(answered).toEqual(["/test.Echo/Reverse"]);
  });

  test("large messages both ways wait on flow control and arrive whole", async () => {
    // Far above the 64 KiB windows a client starts with: the answer waits for WINDOW_UPDATEs.
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 0);
    for (let i = 0; i < big.length; i += 4096) big[i] = i % 251;
    const { err, res } = await call("Reverse", big);
    expect(err).toBeNull();
    expect(res!.equals(Buffer.from(big).reverse())).toBe(true);
  });

  test("many concurrent calls are each answered with their own message", async () => {
    const messages = Array.from({ length: 200 }, (_, i) => Buffer.from(`call ${i} `.repeat(1 + (i % 50) * 20)));
    const results = await Promise.all(messages.map((m) => call("Reverse", m)));
    results.forEach(({ err, res }, i) => {
      expect(err).toBeNull();
      expect(res!.equals(Buffer.from(messages[i]).reverse())).toBe(true);
    });
  });

  test("an unknown method is UNIMPLEMENTED; a failing handler is INTERNAL with its message", async () => {
    expect((await call("Missing", Buffer.from("x"))).err?.code).toBe(grpc.status.UNIMPLEMENTED);
    const failed = await call("Fail", Buffer.from("x"));
    expect(failed.err?.code).toBe(grpc.status.INTERNAL);
    expect(failed.err?.details).toBe("it broke");
    expect(errors).toEqual(["/test.Echo/Fail: it broke"]);
    expect(answered.every((p) => p === "/test.Echo/Reverse")).toBe(true);
  });
});
