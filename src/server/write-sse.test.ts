import { createServer, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { StageChain } from "../forward/sse/event-stage.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import { writeSse } from "./write-sse.js";

/** Count the socket writes node:http makes for one response (one `_writev` or `_write` per syscall it asks for). */
function countWrites(res: ServerResponse): { count: number } {
  const counter = { count: 0 };
  const socket = res.socket as unknown as { _write: (...a: unknown[]) => void; _writev?: (...a: unknown[]) => void };
  const w = socket._write.bind(socket);
  socket._write = (...a) => (counter.count++, w(...a));
  const wv = socket._writev?.bind(socket);
  if (wv) socket._writev = (...a) => (counter.count++, wv(...a));
  return counter;
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** Serve one SSE response from `batches`; resolves to the body the client read, with arrival times per event. */
async function serve(batches: () => AsyncIterable<SseEvent[]>): Promise<{ body: string; writes: number; arrivals: number[] }> {
  let writes = 0;
  const server = createServer((_req, res) => {
    const counter = countWrites(res);
    void writeSse(res, 200, {}, batches(), new StageChain([]), () => ({ data: "{}" })).then(() => setImmediate(() => (writes = counter.count)));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return new Promise((resolve, reject) => {
    const arrivals: number[] = [];
    request({ port, host: "127.0.0.1", path: "/", agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c;
        arrivals.push(performance.now());
      });
      res.on("end", () => setTimeout(() => resolve({ body, writes, arrivals }), 20));
    })
      .on("error", reject)
      .end();
  });
}

describe("writeSse", () => {
  it("adds no turn of the event loop between the last batch and the end of the response: node:http sends them in one write", async () => {
    async function* ended() {
      yield [{ data: '{"n":1}' }, { data: '{"n":2}' }];
      yield [{ data: "[DONE]" }];
    }
    const r = await serve(ended);
    expect(r.body).toBe('data: {"n":1}\n\ndata: {"n":2}\n\ndata: [DONE]\n\n');
    expect(r.writes).toBe(1);
  });

  it("does not hold a batch back until the next one: each leaves before the upstream sends more", async () => {
    const produced: number[] = [];
    async function* slow() {
      produced.push(performance.now());
      yield [{ data: '{"n":1}' }];
      await new Promise((r) => setTimeout(r, 150));
      produced.push(performance.now());
      yield [{ data: "[DONE]" }];
    }
    const r = await serve(slow);
    expect(r.body).toBe('data: {"n":1}\n\ndata: [DONE]\n\n');
    // The first event reached the client well before the second was produced.
    expect(r.arrivals[0]).toBeLessThan(produced[1] as number);
  });
});
