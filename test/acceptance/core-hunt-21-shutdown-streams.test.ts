/**
 * Acceptance hunt 21 (issue 2, "graceful shutdown on SIGTERM (stop accepting, finish in-flight requests and streams
 * up to a deadline)" and "on a started stream, an error event and a proper close"): a stream still running when the
 * grace period ends is stopped by the gateway, not by the client, so it must end like any other failed stream: an
 * error event in the caller's format with `WARDEN_SERVER_SHUTTING_DOWN`, then a proper end of the response; not a
 * connection cut mid-stream (which clients report as a network error, and retry). A real `warden serve` process,
 * the real `openai` and `@anthropic-ai/sdk` clients, a mock upstream whose streams never end.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, type SseOut, startMockUpstream } from "../support/mock-upstream.js";
import { type ServedGateway, serveWithConfig } from "./core-hunt-21-support.js";

let mock: MockUpstream;
let gw: ServedGateway;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const chatChunk = (i: number): SseOut => ({
  data: { id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, delta: { content: `word${i} ` }, finish_reason: null }] },
});
const anthropicStart: SseOut[] = [
  { event: "message_start", data: { type: "message_start", message: { id: "msg_1", type: "message", role: "assistant", model: "claude-x", content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 3, output_tokens: 0 } } } },
  { event: "content_block_start", data: { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } } },
];
const anthropicDelta = (i: number): SseOut => ({ event: "content_block_delta", data: { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: `word${i} ` } } });
const frame = (ev: SseOut): string => ("raw" in ev ? String(ev.raw) : `${ev.event !== undefined ? `event: ${ev.event}\n` : ""}data: ${JSON.stringify(ev.data)}\n\n`);

beforeAll(async () => {
  mock = await startMockUpstream();
  // Streams that never end: one event every 20 ms until the gateway hangs up.
  mock.use(async (req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    const anthropic = req.path.includes("/messages");
    if (anthropic) for (const ev of anthropicStart) res.write(frame(ev));
    for (let i = 0; !res.destroyed && i < 5_000; i++) {
      res.write(frame(anthropic ? anthropicDelta(i) : chatChunk(i)));
      await sleep(20);
    }
  });
  gw = await serveWithConfig(
    {
      server: { shutdownGraceMs: 800 },
      providers: {
        openai: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: "sk-upstream-secret", maxRetries: 0 },
        anthropic: { type: "anthropic", baseUrl: mock.url, apiKey: "sk-ant-upstream-secret", maxRetries: 0 },
      },
      routes: [
        { models: ["claude-*"], provider: "anthropic" },
        { models: ["*"], provider: "openai" },
      ],
    },
    "warden-hunt21-shutdown-",
  );
}, 60_000);
afterAll(async () => {
  await gw?.close();
  await mock?.close();
});

describe("SIGTERM with streams still running past the grace period", () => {
  it("each stream ends with a WARDEN_SERVER_SHUTTING_DOWN error event in its API's format, then a proper close", async () => {
    const openai = new OpenAI({ apiKey: gw.key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
    const anthropic = new Anthropic({ apiKey: gw.key, baseURL: gw.url, maxRetries: 0 });
    const chat = await openai.chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "Count for ever." }] });
    const messages = anthropic.messages.stream({ model: "claude-x", max_tokens: 100, messages: [{ role: "user", content: "Count for ever." }] });
    // A raw request too, to see the bytes: the last event, and whether the response ended or was cut.
    const raw = await fetch(`${gw.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${gw.key}` },
      body: JSON.stringify({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "Count for ever." }] }),
    });
    expect(raw.status).toBe(200);

    const chatIt = chat[Symbol.asyncIterator]();
    expect((await chatIt.next()).done).toBe(false);
    const msgIt = messages[Symbol.asyncIterator]();
    expect((await msgIt.next()).done).toBe(false);
    const exited = new Promise<number | null>((r) => gw.child.once("exit", (code) => r(code)));
    gw.child.kill("SIGTERM");

    const drain = async (next: () => Promise<IteratorResult<unknown>>): Promise<unknown> => {
      try {
        for (;;) if ((await next()).done) return undefined;
      } catch (err) {
        return err;
      }
    };
    const [chatErr, msgErr, rawText] = await Promise.all([drain(() => chatIt.next()), drain(() => msgIt.next()), raw.text().catch((err: unknown) => err)]);

    expect(chatErr).toBeInstanceOf(OpenAI.APIError);
    expect((chatErr as InstanceType<typeof OpenAI.APIError>).code).toBe("WARDEN_SERVER_SHUTTING_DOWN");
    expect(msgErr).toBeInstanceOf(Anthropic.APIError);
    expect(JSON.stringify((msgErr as InstanceType<typeof Anthropic.APIError>).error)).toContain("WARDEN_SERVER_SHUTTING_DOWN");
    // The raw response ended properly (a cut connection rejects `text()`), with the error as its last event.
    expect(typeof rawText).toBe("string");
    const last = (rawText as string).trim().split("\n\n").at(-1) ?? "";
    expect(last).toContain('"code":"WARDEN_SERVER_SHUTTING_DOWN"');
    expect(await exited).toBe(0);
  });
});
