/**
 * Numbered redaction (`[EMAIL_ADDRESS_1]`) across two gateway replicas sharing one vault store (Redis, PostgreSQL,
 * one SQLite file): a value keeps its number whichever replica serves the call, a new value gets the next free
 * number, concurrent calls on both replicas never give two values one number, and numbers the response rules give
 * are shared too.
 */
import { randomBytes } from "node:crypto";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatChunks, chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { type ReplicaPair, startReplicaPair, vaultBackends } from "./vault-replicas.js";

const POLICY = { rules: [{ id: "number-emails", match: { type: "EMAIL_ADDRESS" }, action: "redact", style: "numbered" }] };
const NUMBERED = /\[EMAIL_ADDRESS_(\d+)\]/g;
const email = (name: string) => `${name}.${randomBytes(3).toString("hex")}@example-mail.org`;

const { run, backends: BACKENDS, drop } = vaultBackends("wnum");

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock?.close();
  await drop();
});

/** The numbers the upstream saw, in order, in the request whose text holds `marker`. */
function numbersSent(marker: string): number[] {
  const req = mock.requests.find((r) => r.raw.toString("utf8").includes(marker));
  if (!req) throw new Error(`no upstream request with ${marker}`);
  return [...req.raw.toString("utf8").matchAll(NUMBERED)].map((m) => Number(m[1]));
}

describe.each(BACKENDS)("numbered redaction shared by two replicas: $name", (backend) => {
  const { name } = backend;
  let pair: ReplicaPair;
  let viaA: OpenAI;
  let viaB: OpenAI;
  beforeAll(async () => {
    pair = await startReplicaPair(mock.url, backend, POLICY, `num-${name}`);
    ({ viaA, viaB } = pair);
  });
  afterAll(async () => {
    await pair?.close();
  });

  /** The numbers the calls sent, checked one to one (no number for two values, no value under two numbers). */
  const oneToOne = (calls: readonly { marker: string; values: readonly string[] }[]): Map<string, number> => {
    const numberOf = new Map<string, number>();
    const valueOf = new Map<number, string>();
    for (const c of calls) {
      const nums = numbersSent(c.marker);
      expect(nums).toHaveLength(c.values.length);
      c.values.forEach((v, i) => {
        const n = nums[i] as number;
        expect(valueOf.get(n) ?? v, `one value for number ${n}`).toBe(v);
        valueOf.set(n, v);
        expect(numberOf.get(v) ?? n, `one number for ${v}`).toBe(n);
        numberOf.set(v, n);
      });
    }
    return numberOf;
  };
  const ask = (via: OpenAI, text: string) => via.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
  const first = email("first");
  const second = email("second");

  it("a value numbered through A keeps its number through B; a new value gets the next number", async () => {
    mock.use(reply.json(chatCompletion("ok")));
    await ask(viaA, `m1: write to ${first}`);
    expect(numbersSent("m1:")).toEqual([1]);
    await ask(viaB, `m2: cc ${second} and ${first}`);
    expect(numbersSent("m2:")).toEqual([2, 1]);
    await ask(viaA, `m3: ${second} again`);
    expect(numbersSent("m3:")).toEqual([2]);
    expect(mock.requests.some((r) => r.raw.toString("utf8").includes(first) || r.raw.toString("utf8").includes(second))).toBe(false);
  });

  it("concurrent calls on both replicas: every value one number, no number for two values", async () => {
    mock.use(async (req, res, n) => {
      // Hold each call a little so that the calls overlap in the store.
      await new Promise((r) => setTimeout(r, 20));
      return reply.json(chatCompletion("ok"))(req, res, n);
    });
    const fresh = Array.from({ length: 12 }, (_, i) => email(`c${i}`));
    // Call k sends its own value and a value it shares with other calls, in that order.
    const calls = fresh.map((own, k) => ({ marker: `k${k}-${run}:`, values: [own, fresh[(k + 5) % fresh.length] as string] }));
    await Promise.all(calls.map((c, k) => ask(k % 2 === 0 ? viaA : viaB, `${c.marker} ${c.values[0]} / ${c.values[1]}`)));
    // A value numbered on both replicas at the same moment gets two slots but one claim: every call sends it under
    // the claimed number (docs/policy.md). Never may one number stand for two values.
    const numberOf = oneToOne(calls);
    expect(numberOf.size).toBe(12);
    // Numbers 1 and 2 were taken before; the new values do not reuse them.
    for (const n of numberOf.values()) expect(n).toBeGreaterThan(2);
    // Afterwards each replica numbers every value as the store says.
    mock.use(reply.json(chatCompletion("ok")));
    await ask(viaA, `after-a: ${fresh.join(" ")}`);
    await ask(viaB, `after-b: ${fresh.join(" ")}`);
    const expected = fresh.map((v) => numberOf.get(v));
    expect(numbersSent("after-a:")).toEqual(expected);
    expect(numbersSent("after-b:")).toEqual(expected);
  });

  it("thirty concurrent calls over ten shared values: one number per value, one value per number", async () => {
    mock.use(async (req, res, n) => {
      await new Promise((r) => setTimeout(r, 10));
      return reply.json(chatCompletion("ok"))(req, res, n);
    });
    const pool = Array.from({ length: 10 }, (_, i) => email(`p${i}`));
    const calls = Array.from({ length: 30 }, (_, k) => ({ marker: `q${k}-${run}:`, values: [pool[(k * 7) % 10] as string, pool[(k * 3 + 1) % 10] as string] }));
    await Promise.all(calls.map((c, k) => ask(k % 2 === 0 ? viaA : viaB, `${c.marker} ${c.values[0]} / ${c.values[1]}`)));
    expect(oneToOne(calls).size).toBe(10);
  });

  // The stream numbering race: numbers a response rule gives mid-stream used to go out before they were written to
  // the store, so two streams of one conversation on two replicas gave two different values the same number.
  it("concurrent streams on both replicas: every streamed value one number, no number for two values", async () => {
    const values = Array.from({ length: 6 }, (_, i) => email(`s${i}`));
    mock.use((req, res, n) => {
      const k = Number(/stream-(\d+)/.exec(JSON.stringify(req.body))?.[1]);
      const v = values[k] as string;
      // Each stream holds its value early, then keeps streaming, so the streams overlap in the store.
      return reply.sse(chatChunks([`Ask ${v.slice(0, 5)}`, `${v.slice(5)} today. `, "More ", "text ", "follows ", "here."]), { delayMs: 15 })(req, res, n);
    });
    const texts = await Promise.all(
      values.map(async (_, k) => {
        const stream = await (k % 2 === 0 ? viaA : viaB).chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: `stream-${k} go` }] });
        let text = "";
        for await (const c of stream) text += c.choices[0]?.delta.content ?? "";
        return text;
      }),
    );
    const numbers = texts.map((t) => Number(/\[EMAIL_ADDRESS_(\d+)\]/.exec(t)?.[1]));
    for (const [k, t] of texts.entries()) expect(t, `stream ${k}`).not.toContain(values[k]);
    expect(numbers.every((n) => n > 0)).toBe(true);
    // Six values, six numbers: none given to two values.
    expect(new Set(numbers).size).toBe(values.length);
    // And each replica now numbers every value as the streams did.
    mock.use(reply.json(chatCompletion("ok")));
    await ask(viaA, `after-s-a: ${values.join(" ")}`);
    await ask(viaB, `after-s-b: ${values.join(" ")}`);
    expect(numbersSent("after-s-a:")).toEqual(numbers);
    expect(numbersSent("after-s-b:")).toEqual(numbers);
  });

  it("a number the response rules give through B (non-streamed and streamed) holds for A", async () => {
    const modelValue = email("model");
    const streamValue = email("stream");
    mock.use(reply.json(chatCompletion(`Contact ${modelValue} now.`)));
    const res = await ask(viaB, "r1: who do I contact?");
    const given = Number(/\[EMAIL_ADDRESS_(\d+)\]/.exec(res.choices[0]?.message.content ?? "")?.[1]);
    expect(given).toBeGreaterThan(14);
    mock.use(reply.sse(chatChunks(["Or ", streamValue.slice(0, 7), streamValue.slice(7), " instead."])));
    const stream = await viaB.chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "r2: anyone else?" }] });
    let text = "";
    for await (const c of stream) text += c.choices[0]?.delta.content ?? "";
    const streamed = Number(/\[EMAIL_ADDRESS_(\d+)\]/.exec(text)?.[1]);
    expect(streamed).toBe(given + 1);
    mock.use(reply.json(chatCompletion("ok")));
    await ask(viaA, `r3: ${streamValue} and ${modelValue}`);
    expect(numbersSent("r3:")).toEqual([streamed, given]);
  });
});
