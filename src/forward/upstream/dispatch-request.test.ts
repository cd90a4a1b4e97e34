import { createServer, type Server, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CancelSignal } from "../../core/cancel-signal.js";
import { dispatchRequest } from "./dispatch-request.js";
import { Pool } from "./undici-pool.js";

/** A loopback server whose handler each test sets; `res` of the last request is kept for the test to drive. */
let handler: (res: ServerResponse) => void = (res) => res.end();
let server: Server;
let pool: InstanceType<typeof Pool>;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(res));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  pool = new Pool(`http://127.0.0.1:${port}`, { connections: 4 });
});
afterAll(async () => {
  await pool.close();
  server.close();
});

const post = (signal = new CancelSignal()) => dispatchRequest(pool, { method: "POST", path: "/x", headers: ["content-type", "application/json"], body: "{}" }, signal);

describe("dispatchRequest", () => {
  it("resolves with the status and headers, and the body reads whole", async () => {
    handler = (res) => {
      res.writeHead(201, { "content-type": "application/json", "x-up": "1" });
      res.write('{"a":');
      setTimeout(() => res.end("1}"), 10);
    };
    const reply = await post();
    expect(reply.statusCode).toBe(201);
    expect(reply.headers["x-up"]).toBe("1");
    const body = await reply.body.collect(1024, () => new Error("too big"));
    expect(body.toString()).toBe('{"a":1}');
    expect(reply.body.readableEnded).toBe(true);
  });

  it("a body over the collect limit is aborted with the given error", async () => {
    handler = (res) => res.end("x".repeat(5000));
    const reply = await post();
    await expect(reply.body.collect(100, () => new Error("over"))).rejects.toThrow("over");
  });

  it("pauses the upstream when the reader falls behind (back-pressure), and delivers every byte once read", async () => {
    let blocked = false;
    const total = 8 * 1024 * 1024;
    let sent = 0;
    handler = (res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const pump = () => {
        while (sent < total) {
          sent += 64 * 1024;
          if (!res.write(Buffer.alloc(64 * 1024, 97))) {
            blocked = true;
            res.once("drain", pump);
            return;
          }
        }
        res.end();
      };
      pump();
    };
    const reply = await post();
    // Nothing is read for a while: the socket buffers fill and the server's writes report back-pressure.
    await new Promise((r) => setTimeout(r, 200));
    expect(blocked).toBe(true);
    expect(sent).toBeLessThan(total);
    let got = 0;
    for (let c = await reply.body.read(); c !== null; c = await reply.body.read()) got += c.length;
    expect(got).toBe(total);
  });

  it("the signal aborts a body being read: the reader gets UND_ERR_ABORTED and the server sees the close", async () => {
    let closed!: Promise<void>;
    handler = (res) => {
      closed = new Promise((r) => res.on("close", () => r()));
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: 1\n\n");
    };
    const signal = new CancelSignal();
    const reply = await post(signal);
    expect((await reply.body.read())?.toString()).toBe("data: 1\n\n");
    const pending = reply.body.read();
    signal.abort();
    await expect(pending).rejects.toMatchObject({ code: "UND_ERR_ABORTED" });
    await closed;
    expect(signal.listenerCount("abort")).toBe(0);
  });

  it("the signal aborts a request still waiting for its headers, and an aborted signal sends nothing", async () => {
    handler = () => undefined; // never answers
    const signal = new CancelSignal();
    const pending = post(signal);
    setTimeout(() => signal.abort(), 20);
    await expect(pending).rejects.toMatchObject({ code: "UND_ERR_ABORTED" });
    await expect(post(signal)).rejects.toMatchObject({ code: "UND_ERR_ABORTED" });
  });

  it("destroy() stops a body that is still streaming", async () => {
    let closed!: Promise<void>;
    handler = (res) => {
      closed = new Promise((r) => res.on("close", () => r()));
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: 1\n\n");
    };
    const reply = await post();
    await reply.body.read();
    reply.body.destroy();
    await closed;
    await expect(reply.body.read()).rejects.toMatchObject({ code: "UND_ERR_ABORTED" });
  });
});
