/**
 * Bypass hunt, the SSE wire: the same key split across events, written with every line ending and framing the
 * EventSource spec allows (CRLF, lone CR, comments, a BOM, multi-line `data:`, no space after the colon) and with
 * several choices interleaved, is redacted for the official SDK every time. A parser that framed any of these
 * differently from the client would let the client see text the controls never scanned.
 */
import type OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chatChunks, reply, type SseOut } from "../support/mock-upstream.js";
import { type Harness, startDefaultPolicyGateway } from "./acceptance-support.js";

let h: Harness;
let openai: OpenAI;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = h.openai;
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const PIECES = ["key AKIAZ3MH", "Q7RT2XKPLW4N end"];
const data = (e: SseOut): string => ("data" in e ? (typeof e.data === "string" ? e.data : JSON.stringify(e.data)) : "");
/** The chunks of PIECES as wire text: `frame` writes one event's data. */
const wire = (frame: (d: string) => string): string => chatChunks(PIECES).map((e) => frame(data(e))).join("");

/** Stream a chat completion whose upstream writes `raw` (in small writes), as the SDK sees it: text per choice. */
async function sdkText(raw: string): Promise<string[]> {
  const writes = raw.match(/[\s\S]{1,23}/g) ?? [];
  h.mock.use(reply.sse(writes.map((w) => ({ raw: w })), { delayMs: 1 }));
  const out: string[] = [];
  for await (const c of await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], stream: true })) {
    for (const ch of c.choices) out[ch.index] = (out[ch.index] ?? "") + (ch.delta.content ?? "");
  }
  return out;
}

describe("framing", () => {
  it.each([
    ["CRLF line endings", wire((d) => `data: ${d}\r\n\r\n`)],
    ["lone CR line endings", wire((d) => `data: ${d}\r\r`)],
    ["no space after `data:`", wire((d) => `data:${d}\n\n`)],
    ["keep-alive comments between events", wire((d) => `: keep-alive\n\ndata: ${d}\n\n: ping\n\n`)],
    ["a byte-order mark before the first event", `\ufeff${wire((d) => `data: ${d}\n\n`)}`],
    ["JSON spread over several `data:` lines", wire((d) => `data: ${d.startsWith("{") ? JSON.stringify(JSON.parse(d), null, 1).split("\n").join("\ndata: ") : d}\n\n`)],
  ])("%s", async (_name, raw) => {
    expect(await sdkText(raw)).toEqual(["key [aws-access-key-id] end"]);
  });
});

describe("several choices (n: 2)", () => {
  const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini" };
  const ev = (choices: { index: number; content?: string; finish?: string }[]): string =>
    `data: ${JSON.stringify({ ...base, choices: choices.map((c) => ({ index: c.index, delta: c.content === undefined ? {} : { content: c.content }, finish_reason: c.finish ?? null })) })}\n\n`;

  it("the key split in both choices, the halves interleaved across events", async () => {
    const raw = [ev([{ index: 0, content: "a AKIAZ3MH" }]), ev([{ index: 1, content: "b AKIAZ3MH" }]), ev([{ index: 1, content: "Q7RT2XKPLW4N" }]), ev([{ index: 0, content: "Q7RT2XKPLW4N" }]), ev([{ index: 0, finish: "stop" }, { index: 1, finish: "stop" }]), "data: [DONE]\n\n"].join("");
    expect(await sdkText(raw)).toEqual(["a [aws-access-key-id]", "b [aws-access-key-id]"]);
  });

  it("both choices in every event, in swapped order", async () => {
    const raw = [ev([{ index: 0, content: "a AKIAZ3MH" }, { index: 1, content: "b AKIAZ3MH" }]), ev([{ index: 1, content: "Q7RT2XKPLW4N" }, { index: 0, content: "Q7RT2XKPLW4N" }]), ev([{ index: 1, finish: "stop" }, { index: 0, finish: "stop" }]), "data: [DONE]\n\n"].join("");
    expect(await sdkText(raw)).toEqual(["a [aws-access-key-id]", "b [aws-access-key-id]"]);
  });

  it("one choice finishes mid-key while the other goes on: neither releases the key", async () => {
    const raw = [ev([{ index: 0, content: "a AKIAZ3MH" }, { index: 1, content: "b AKIAZ3MH" }]), ev([{ index: 0, finish: "stop" }]), ev([{ index: 1, content: "Q7RT2XKPLW4N" }]), ev([{ index: 1, finish: "stop" }]), "data: [DONE]\n\n"].join("");
    const [a, b] = await sdkText(raw);
    expect(a).toBe("a AKIAZ3MH");
    expect(b).toBe("b [aws-access-key-id]");
  });
});
