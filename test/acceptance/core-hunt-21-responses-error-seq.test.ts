/**
 * Acceptance hunt 21 (issue 2, "on a started stream, an error event and a proper close" for `/v1/responses`): the
 * Responses API numbers every stream event (`sequence_number`, increasing from 0). When a started stream fails (the
 * upstream cuts it, or sends its own error), the `error` event Warden writes must continue that numbering, not
 * restart it at 0: a client that orders or de-duplicates events by sequence number would misplace or drop it.
 * A real `warden serve` process and the real `openai` client, against a mock upstream.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, reply, responseEvents, startMockUpstream } from "../support/mock-upstream.js";
import { type ServedGateway, serveWithConfig } from "./core-hunt-21-support.js";

let mock: MockUpstream;
let gw: ServedGateway;

beforeAll(async () => {
  mock = await startMockUpstream();
  gw = await serveWithConfig(
    {
      providers: { up: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: "sk-upstream-secret", maxRetries: 0 } },
      routes: [{ models: ["*"], provider: "up" }],
    },
    "warden-hunt21-seq-",
  );
}, 60_000);
afterAll(async () => {
  await gw?.close();
  await mock?.close();
});

/** Every event of a Responses stream through the openai client, and the error it ended with (if any). */
async function collect(): Promise<{ seqs: number[]; types: string[]; error: unknown }> {
  const client = new OpenAI({ apiKey: gw.key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
  const seqs: number[] = [];
  const types: string[] = [];
  let error: unknown;
  try {
    const stream = await client.responses.create({ model: "gpt-4.1", input: "Say hello.", stream: true });
    for await (const ev of stream) {
      types.push(ev.type);
      seqs.push(ev.sequence_number);
    }
  } catch (err) {
    error = err;
  }
  return { seqs, types, error };
}

/** The raw SSE text of the same call (the openai client turns an `error` event into an exception). */
async function rawEvents(): Promise<{ event?: string; json: Record<string, unknown> }[]> {
  const res = await fetch(`${gw.url}/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${gw.key}` },
    body: JSON.stringify({ model: "gpt-4.1", input: "Say hello.", stream: true }),
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return text
    .split("\n\n")
    .filter((b) => b.includes("data: "))
    .map((b) => {
      const event = /^event: (.*)$/m.exec(b)?.[1];
      const data = /^data: (.*)$/m.exec(b)?.[1] ?? "null";
      return { ...(event !== undefined ? { event } : {}), json: JSON.parse(data) as Record<string, unknown> };
    });
}

describe("the error event of a started Responses stream continues its sequence numbers", () => {
  const cases: [string, () => void][] = [
    ["the upstream cuts the stream", () => mock.use(reply.sse(responseEvents(["Hello ", "there, ", "friend."]).slice(0, 6), { cutAfter: 6, delayMs: 5 }))],
    [
      "the upstream sends its own error event",
      () =>
        mock.use(
          reply.sse([...responseEvents(["Hello ", "there, ", "friend."]).slice(0, 6), { event: "error", data: { type: "error", code: "server_error", message: "boom", sequence_number: 6 } }], { delayMs: 5 }),
        ),
    ],
  ];
  for (const [name, setup] of cases) {
    it(name, async () => {
      setup();
      const events = await rawEvents();
      const last = events.at(-1);
      expect(last?.event).toBe("error");
      expect(typeof last?.json["code"]).toBe("string");
      const seqs = events.map((e) => e.json["sequence_number"]);
      expect(seqs.every((s) => typeof s === "number")).toBe(true);
      // Strictly increasing, the error event included.
      for (let i = 1; i < seqs.length; i++) expect(seqs[i] as number).toBeGreaterThan(seqs[i - 1] as number);
      // The openai client yields the error event last (it does not throw for it), numbered after the others.
      setup();
      const seen = await collect();
      expect(seen.error).toBeUndefined();
      expect(seen.types[0]).toBe("response.created");
      expect(seen.types.at(-1)).toBe("error");
      for (let i = 1; i < seen.seqs.length; i++) expect(seen.seqs[i] as number).toBeGreaterThan(seen.seqs[i - 1] as number);
      expect(gw.alive()).toBe(true);
    });
  }
});
