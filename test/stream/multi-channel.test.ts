import { describe, expect, it } from "vitest";
import { anthropicMessagesEndpoint } from "../../src/api/anthropic-messages/anthropic-messages-endpoint.js";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import { openaiResponsesEndpoint } from "../../src/api/openai-responses/openai-responses-endpoint.js";
import type { JsonObject } from "../../src/core/json.js";
import { createStreamEnforcer } from "../../src/enforce/stream/create-stream-enforcer.js";
import type { SseEvent } from "../../src/forward/sse/sse-event.js";
import { fakeScanner, redactWhole } from "./fake-scanner.js";
import { runStage, sequenceNumbers, type WireEvent } from "./stream-formats.js";

const KEY = "AKIAIOSFODNN7EXAMPLE";
const ev = (json: JsonObject, event?: string): SseEvent => ({ ...(event ? { event } : {}), data: JSON.stringify(json), json });
/** Cut `s` into pieces of `n`. */
const chunks = (s: string, n: number): string[] => s.match(new RegExp(`[\\s\\S]{1,${n}}`, "g")) ?? [];

describe("interleaved channels", () => {
  it("openai.chat: two choices and two tool calls, each ended by its own finish_reason", async () => {
    const a = `choice zero says ${KEY} loudly`;
    const b = `choice one mails bob@example.com now`;
    const t0 = JSON.stringify({ k: KEY });
    const t1 = JSON.stringify({ m: "x@y.io" });
    const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "m" };
    const chunk = (choices: JsonObject[]) => ev({ ...base, choices });
    const events: SseEvent[] = [];
    const [pa, pb, p0, p1] = [chunks(a, 3), chunks(b, 5), chunks(t0, 4), chunks(t1, 2)];
    for (let i = 0; i < 20; i++) {
      const choices: JsonObject[] = [];
      if (pa[i]) choices.push({ index: 0, delta: { content: pa[i] as string }, finish_reason: null });
      if (pb[i]) choices.push({ index: 1, delta: { content: pb[i] as string }, finish_reason: null });
      if (i === pb.length) choices.push({ index: 1, delta: {}, finish_reason: "stop" });
      if (choices.length) events.push(chunk(choices));
    }
    for (let i = 0; i < 20; i++) {
      const calls: JsonObject[] = [];
      if (p0[i]) calls.push({ index: 0, function: { arguments: p0[i] as string } });
      if (p1[i]) calls.push({ index: 1, function: { arguments: p1[i] as string } });
      if (calls.length) events.push(chunk([{ index: 0, delta: { tool_calls: calls }, finish_reason: null }]));
    }
    events.push(chunk([{ index: 0, delta: {}, finish_reason: "tool_calls" }]), { data: "[DONE]" });

    const out = await runStage(createStreamEnforcer({ endpoint: openaiChatEndpoint, scanner: fakeScanner() }), events, 3);
    expect(out.wire).not.toContain(KEY);
    const acc: Record<string, string> = {};
    const finished = new Set<number>();
    for (const e of out.events) {
      for (const c of e.json?.choices ?? []) {
        expect(finished.has(c.index)).toBe(false);
        acc[`c${c.index}`] = (acc[`c${c.index}`] ?? "") + (c.delta?.content ?? "");
        for (const t of c.delta?.tool_calls ?? []) acc[`t${t.index}`] = (acc[`t${t.index}`] ?? "") + t.function.arguments;
        if (c.finish_reason) finished.add(c.index);
      }
    }
    expect(acc).toEqual({ c0: redactWhole(a), c1: redactWhole(b), t0: redactWhole(t0), t1: redactWhole(t1) });
    expect(out.events[out.events.length - 1]?.data).toBe("[DONE]");
  });

  it("anthropic.messages: text, tool_use and thinking blocks, each released before its content_block_stop", async () => {
    const texts = [`text has ${KEY}`, JSON.stringify({ key: KEY }), `thinking about z@q.dev`];
    const types = [
      ["text", "text_delta", "text"],
      ["tool_use", "input_json_delta", "partial_json"],
      ["thinking", "thinking_delta", "thinking"],
    ] as const;
    const events: SseEvent[] = [ev({ type: "message_start", message: { id: "m", content: [] } }, "message_start")];
    texts.forEach((t, index) => {
      const [block, delta, field] = types[index] as (typeof types)[number];
      events.push(ev({ type: "content_block_start", index, content_block: { type: block, ...(block === "tool_use" ? { id: "t", name: "n", input: {} } : { [field]: "" }) } }, "content_block_start"));
      for (const p of chunks(t, 3)) events.push(ev({ type: "content_block_delta", index, delta: { type: delta, [field]: p } }, "content_block_delta"));
      events.push(ev({ type: "content_block_stop", index }, "content_block_stop"));
    });
    events.push(ev({ type: "message_stop" }, "message_stop"));
    const out = await runStage(createStreamEnforcer({ endpoint: anthropicMessagesEndpoint, scanner: fakeScanner() }), events, 2);
    expect(out.wire).not.toContain(KEY);
    const acc = ["", "", ""];
    const stopped = new Set<number>();
    for (const e of out.events) {
      const j = e.json;
      if (j?.type === "content_block_stop") stopped.add(j.index);
      if (j?.type !== "content_block_delta") continue;
      expect(stopped.has(j.index)).toBe(false);
      const [, delta, field] = types[j.index] as (typeof types)[number];
      expect(j.delta.type).toBe(delta);
      acc[j.index] += j.delta[field];
    }
    expect(acc).toEqual(texts.map(redactWhole));
  });

  it("openai.responses: a message and a function call; every snapshot is the enforced whole, numbering stays dense", async () => {
    const text = `reply with ${KEY} inside`;
    const args = JSON.stringify({ to: "a@b.co", k: KEY });
    const events: SseEvent[] = [];
    let seq = 0;
    const push = (type: string, body: JsonObject) => events.push(ev({ type, sequence_number: seq++, ...body }, type));
    const msg = (t: string): JsonObject => ({ type: "message", id: "msg", role: "assistant", content: [{ type: "output_text", text: t, annotations: [] }] });
    const fn = (a: string): JsonObject => ({ type: "function_call", id: "fc", call_id: "c", name: "n", arguments: a });
    push("response.created", { response: { id: "r", output: [] } });
    for (const p of chunks(text, 4)) push("response.output_text.delta", { item_id: "msg", output_index: 0, content_index: 0, delta: p, logprobs: [{ token: p }] });
    push("response.output_text.done", { item_id: "msg", output_index: 0, content_index: 0, text });
    push("response.output_item.done", { output_index: 0, item: msg(text) });
    for (const p of chunks(args, 4)) push("response.function_call_arguments.delta", { item_id: "fc", output_index: 1, delta: p });
    // No `.done` for the arguments: the item snapshot must end the channel.
    push("response.output_item.done", { output_index: 1, item: fn(args) });
    push("response.completed", { response: { id: "r", output: [msg(text), fn(args)] } });

    const out = await runStage(createStreamEnforcer({ endpoint: openaiResponsesEndpoint, scanner: fakeScanner() }), events, 4);
    expect(out.wire).not.toContain(KEY);
    expect(out.wire).not.toContain("a@b.co");
    expect(sequenceNumbers(out.events)).toEqual(out.events.map((_, i) => i));
    const deltas = (type: string) => out.events.filter((e: WireEvent) => e.json?.type === type).map((e) => e.json.delta as string).join("");
    expect(deltas("response.output_text.delta")).toBe(redactWhole(text));
    expect(deltas("response.function_call_arguments.delta")).toBe(redactWhole(args));
    const done = out.events.find((e) => e.json?.type === "response.completed")?.json.response.output;
    expect(done[0].content[0].text).toBe(redactWhole(text));
    expect(done[1].arguments).toBe(redactWhole(args));
  });

  it("drops logprobs of pieces whose text was held or edited (they would repeat it)", async () => {
    const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "m" };
    const events = chunks(`key ${KEY} end`, 5).map((p) =>
      ev({ ...base, choices: [{ index: 0, delta: { content: p }, logprobs: { content: [{ token: p, logprob: -1 }] }, finish_reason: null }] }),
    );
    events.push(ev({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }));
    const out = await runStage(createStreamEnforcer({ endpoint: openaiChatEndpoint, scanner: fakeScanner() }), events);
    expect(out.wire).not.toContain("IOSFO");
  });

  it("drops logprobs whose key the upstream spelled with \\u escapes (the raw text does not say `logprobs`)", async () => {
    const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "m" };
    const events = chunks(`key ${KEY} end`, 5).map((p) => {
      const json = { ...base, choices: [{ index: 0, delta: { content: p }, logprobs: { content: [{ token: p, logprob: -1 }] }, finish_reason: null }] };
      return { data: JSON.stringify(json).replace('"logprobs"', '"\\u006cogprobs"'), json } as SseEvent;
    });
    expect(events[0]?.data).not.toContain("logprobs");
    events.push(ev({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }));
    const out = await runStage(createStreamEnforcer({ endpoint: openaiChatEndpoint, scanner: fakeScanner() }), events);
    // Every piece was held or edited (the key is redacted whole), so no token's text may be repeated.
    expect(out.wire).not.toContain('"token"');
    expect(out.wire).not.toContain("IOSFO");
  });

  it("drops nested Responses logprobs (delta, done, item and completed response) once the text changed", async () => {
    const lp = (t: string) => [{ token: t, logprob: -1, top_logprobs: [] }];
    const text = `key ${KEY}`;
    const part = { type: "output_text", text, annotations: [], logprobs: lp(text) };
    const events = [
      ev({ type: "response.output_text.delta", sequence_number: 0, item_id: "m", output_index: 0, content_index: 0, delta: text, logprobs: lp(text) }, "response.output_text.delta"),
      ev({ type: "response.output_text.done", sequence_number: 1, item_id: "m", output_index: 0, content_index: 0, text, logprobs: lp(text) }, "response.output_text.done"),
      ev({ type: "response.output_item.done", sequence_number: 2, output_index: 0, item: { type: "message", content: [part] } }, "response.output_item.done"),
      ev({ type: "response.completed", sequence_number: 3, response: { output: [{ type: "message", content: [part] }] } }, "response.completed"),
    ];
    const out = await runStage(createStreamEnforcer({ endpoint: openaiResponsesEndpoint, scanner: fakeScanner() }), events);
    expect(out.wire).not.toContain("IOSFO");
  });

  it("openai.chat: the last words arrive with finish_reason; the tail is appended to that chunk", async () => {
    const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "m" };
    const events = [
      ev({ ...base, choices: [{ index: 0, delta: { content: "key AKIAIOSF" }, finish_reason: null }] }),
      ev({ ...base, choices: [{ index: 0, delta: { content: "ODNN7EXAMPLE." }, finish_reason: "stop" }] }),
    ];
    const out = await runStage(createStreamEnforcer({ endpoint: openaiChatEndpoint, scanner: fakeScanner() }), events);
    expect(out.events).toHaveLength(2);
    expect(out.events.map((e) => e.json.choices[0].delta.content)).toEqual(["", "key [AWS_KEY]."]);
  });

  it("openai.responses: a snapshot with text no delta carried, and a snapshot of an unseen channel", async () => {
    const events = [
      ev({ type: "response.output_text.delta", sequence_number: 0, item_id: "m", output_index: 0, content_index: 0, delta: "key AKIA" }, "response.output_text.delta"),
      ev({ type: "response.output_text.done", sequence_number: 1, item_id: "m", output_index: 0, content_index: 0, text: `key ${KEY}!` }, "response.output_text.done"),
      ev({ type: "response.output_item.done", sequence_number: 2, output_index: 3, item: { type: "function_call", arguments: `{"k":"${KEY}"}` } }, "response.output_item.done"),
    ];
    const out = await runStage(createStreamEnforcer({ endpoint: openaiResponsesEndpoint, scanner: fakeScanner() }), events);
    expect(out.wire).not.toContain(KEY);
    expect(out.events.map((e) => e.json.type)).toEqual(["response.output_text.delta", "response.output_text.delta", "response.output_text.done", "response.output_item.done"]);
    expect(out.events[1]?.json.delta).toBe("key [AWS_KEY]!");
    expect(out.events[2]?.json.text).toBe("key [AWS_KEY]!");
    expect(out.events[3]?.json.item.arguments).toBe('{"k":"[AWS_KEY]"}');
    expect(sequenceNumbers(out.events)).toEqual([0, 1, 2, 3]);
  });

  it("an upstream error event releases the held (enforced) text before it", async () => {
    const events = [
      ev({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: `so far ${KEY.slice(0, 10)}` } }, "content_block_delta"),
      ev({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } }, "error"),
    ];
    const out = await runStage(createStreamEnforcer({ endpoint: anthropicMessagesEndpoint, scanner: fakeScanner() }), events);
    expect(out.events.map((e) => e.event)).toEqual(["content_block_delta", "content_block_delta", "error"]);
    expect(out.events[1]?.json.delta.text).toBe(`so far ${KEY.slice(0, 10)}`);
  });

  it("flush releases channels that never ended", async () => {
    const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "m" };
    const events = [ev({ ...base, choices: [{ index: 0, delta: { content: `cut off ${KEY}` }, finish_reason: null }] })];
    const out = await runStage(createStreamEnforcer({ endpoint: openaiChatEndpoint, scanner: fakeScanner() }), events);
    expect(out.events.map((e) => e.json.choices[0].delta.content).join("")).toBe("cut off [AWS_KEY]");
  });

  it.each([
    // Infinity holds everything to the end (the carrier, then the finish chunk).
    { holdBack: Number.POSITIVE_INFINITY, out: ["", "", "key [AWS_KEY] end", ""] },
    // A bad value falls back to the scanner's window.
    { holdBack: Number.NaN, out: ["", "", "key [AWS_KEY] end", ""] },
    { holdBack: -1, out: ["", "", "key [AWS_KEY] end", ""] },
    // 0 holds nothing: only the part of a split value not yet released can still be replaced.
    { holdBack: 0, out: ["key AKIAIOSF", "[AWS_KEY] end", ""] },
  ])("holdBack $holdBack", async ({ holdBack, out: expected }) => {
    const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "m" };
    const events = ["key AKIAIOSF", "ODNN7EXAMPLE end"].map((p) => ev({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] }));
    events.push(ev({ ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }));
    const out = await runStage(createStreamEnforcer({ endpoint: openaiChatEndpoint, scanner: fakeScanner(), holdBack }), events);
    expect(out.events.map((e) => e.json.choices[0].delta.content ?? "")).toEqual(expected);
  });
});
