import { describe, expect, it } from "vitest";
import { estimateInputTokens } from "../../src/limit/estimate-tokens.js";
import { MemoryLimitStore } from "../../src/limit/memory-limit-store.js";
import { SlidingLog } from "../../src/limit/sliding-log.js";
import { UsageTally } from "../../src/limit/usage-tokens.js";

describe("SlidingLog", () => {
  it("keeps the sum of entries inside the window and says when enough leaves", () => {
    const log = new SlidingLog();
    log.add(0, 10);
    log.add(100, 20);
    const h = log.add(200, 30);
    expect(log.sum).toBe(60);
    expect(log.freedAt(25, 1_000)).toBe(1_100); // the first two leave at 1000 and 1100
    log.trim(0); // entries at or before the cutoff leave
    expect([log.count, log.sum]).toEqual([2, 50]);
    expect(log.release(h, 30)).toBe(true);
    expect(log.sum).toBe(20);
    log.trim(1_000);
    expect(log.empty).toBe(true);
    expect(log.release(h, 30)).toBe(false);
  });

  it("merges amounts of the same millisecond into one entry; a release takes back only its own amount", () => {
    const log = new SlidingLog();
    const a = log.add(500, 10);
    const b = log.add(500, 7);
    log.add(501, 1);
    expect(b).toBe(a);
    expect([log.count, log.sum]).toEqual([2, 18]);
    expect(log.release(a, 10)).toBe(true);
    expect(log.sum).toBe(8);
    expect(log.freedAt(7, 1_000)).toBe(1_500);
    expect(log.freedAt(8, 1_000)).toBe(1_501);
    log.trim(500);
    expect([log.count, log.sum]).toEqual([1, 1]);
  });

  it("compacts without losing handles", () => {
    const log = new SlidingLog();
    for (let i = 0; i < 1_000; i++) log.add(i, 1);
    const late = log.add(2_000, 5);
    log.trim(900);
    expect(log.count).toBe(100);
    expect(log.release(late, 5)).toBe(true);
    expect(log.sum).toBe(99);
  });
});

describe("MemoryLimitStore (clocked)", () => {
  it("is exact at the window edge and checks every subject before charging any", async () => {
    let now = 1_000_000;
    const store = new MemoryLimitStore(() => now);
    const subjects = [
      { scope: "key" as const, id: "k", rpm: 2 },
      { scope: "tenant" as const, id: "t", rpm: 3 },
    ];
    const other = [{ scope: "tenant" as const, id: "t", rpm: 3 }];
    const admit = (s = subjects) => store.admit({ subjects: s, tokens: 0, windowMs: 1_000 });
    expect((await admit()).ok).toBe(true);
    now += 10;
    expect((await admit()).ok).toBe(true);
    expect(await admit()).toMatchObject({ ok: false, scope: "key", kind: "requests", retryAfterMs: 990 });
    // The refused call charged nothing on the tenant: one tenant unit is still free.
    expect((await admit(other)).ok).toBe(true);
    expect(await admit(other)).toMatchObject({ ok: false, scope: "tenant" });
    now = 1_000_000 + 999;
    expect((await admit()).ok).toBe(false);
    now = 1_000_000 + 1_000; // the first call leaves exactly one window after it came
    expect((await admit()).ok).toBe(true);
    await store.close();
  });

  it("token reservations are replaced by the settled count; concurrency is released once", async () => {
    const now = 5_000;
    const store = new MemoryLimitStore(() => now);
    const req = { subjects: [{ scope: "app" as const, id: "a", tpm: 100, concurrency: 1 }], tokens: 40, windowMs: 60_000 };
    const first = await store.admit(req);
    expect(await store.admit(req)).toMatchObject({ ok: false, kind: "concurrency" });
    if (!first.ok) throw new Error("admitted expected");
    await first.lease.settle(90);
    await first.lease.settle(90); // idempotent
    expect(await store.admit(req)).toMatchObject({ ok: false, kind: "tokens", retryAfterMs: 60_000 });
    expect(await store.admit({ ...req, tokens: 10 })).toMatchObject({ ok: true });
    expect(await store.admit({ ...req, tokens: 101 })).toMatchObject({ ok: false, kind: "too_large" });
    await store.close();
  });
});

describe("usage and estimates", () => {
  it("reads OpenAI, Responses and Anthropic usage shapes", () => {
    const total = (...bodies: unknown[]) => {
      const u = new UsageTally();
      for (const b of bodies) u.add(b as never);
      return u.total();
    };
    expect(total({ usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 } })).toBe(18);
    expect(total({ type: "response.completed", response: { usage: { input_tokens: 5, output_tokens: 9, total_tokens: 14 } } })).toBe(14);
    expect(
      total(
        { type: "message_start", message: { usage: { input_tokens: 12, cache_read_input_tokens: 100, output_tokens: 1 } } },
        { type: "message_delta", usage: { output_tokens: 6 } },
        { type: "message_delta", usage: { output_tokens: 40 } },
      ),
    ).toBe(152);
    expect(total({ choices: [] }, "text", null)).toBeUndefined();
  });

  it("estimates about four characters per token plus framing per message", () => {
    const spec = (texts: string[]) => ({ api: "openai.chat" as const, model: "m", stream: false, parts: texts.map((text, i) => ({ path: [], role: "user" as const, kind: "text" as const, text, messageIndex: i })) });
    expect(estimateInputTokens(spec(["x".repeat(400)]))).toBe(104);
    expect(estimateInputTokens(spec(["a", "b"]))).toBe(9);
    expect(estimateInputTokens(spec([]))).toBe(1);
  });
});

describe("the limit stage's output count for OpenAI chat streams", () => {
  it("streamTextLength equals the text of streamDeltas, without building them", async () => {
    const { ENDPOINTS } = await import("../../src/api/endpoints.js");
    const chat = ENDPOINTS.find((e) => e.api === "openai.chat");
    if (!chat?.streamTextLength) throw new Error("openai.chat has no streamTextLength");
    const events = [
      { choices: [{ index: 0, delta: { content: "Hello" } }] },
      { choices: [{ index: 0, delta: { role: "assistant", content: "" } }] },
      { choices: [{ index: 0, delta: { refusal: "I can't" } }, { index: 1, delta: { content: "two", reasoning_content: "think" } }] },
      { choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { name: "f", arguments: '{"a":' } }, { index: 1, function: { arguments: "1}" } }, "junk"] } }] },
      { choices: [{ index: 0, delta: null }, "x", { index: 0 }] },
      { choices: [], usage: { total_tokens: 3 } },
      { choices: "not a list" },
      [1, 2],
    ];
    for (const json of events) {
      const ev = { data: JSON.stringify(json), json: json as never };
      // Strings in fields no adapter knows (`kind: other`, enforced but not model text) are not counted.
      const expected = chat.streamDeltas(ev).reduce((n, d) => n + (d.kind === "other" ? 0 : d.text.length), 0);
      expect(chat.streamTextLength(ev), JSON.stringify(json)).toBe(expected);
    }
    expect(chat.streamTextLength({ data: "[DONE]" })).toBe(0);
  });
});
