/**
 * `node --expose-gc --import tsx bench/enforce/stream-memory.ts`: what one streamed call costs the policy's stream
 * stage, in one process (no HTTP, no upstream): N calls of the default policy (a system prompt and a 256-byte user
 * prompt, request side enforced), each with its stage built and half of a 25-word answer pushed through it (the
 * streams stay open, as 1,000 concurrent streams do). Prints the heap retained per open stream (after a full GC)
 * and the CPU time per request side with stage set-up, and per event. Then finishes every stream and checks that
 * each delivered all 25 words.
 * Environment: N (default 1000).
 */
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import type { CallContext } from "../../src/core/call-context.js";
import { CancelSignal } from "../../src/core/cancel-signal.js";
import type { JsonObject } from "../../src/core/json.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import { StageChain } from "../../src/forward/sse/event-stage.js";
import type { SseEvent } from "../../src/forward/sse/sse-event.js";
import { chatBody } from "../support/chat-body.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");
const N = Number(process.env["N"] ?? 1000);
const WORDS = "The quick brown fox jumps over the lazy dog and keeps on running far away".split(" ");
const chunk = (i: number, content: string, finish: string | null = null): SseEvent => {
  const data = JSON.stringify({ id: `t${i}`, object: "chat.completion.chunk", created: 1, model: "gpt-bench", choices: [{ index: 0, delta: { content }, finish_reason: finish }] });
  return { data, json: JSON.parse(data) as JsonObject };
};
/** Event k of call i's answer: 25 words, the finish chunk, [DONE] (made when pushed, so the bench holds none). */
const event = (i: number, k: number): SseEvent => (k < 25 ? chunk(i, ` ${WORDS[k % WORDS.length]}`) : k === 25 ? chunk(i, "", "stop") : { data: "[DONE]" });

const guard = createPolicyGuard();
const body = JSON.parse(chatBody(256, "gpt-bench", true)) as JsonObject;
function newCtx(i: number): CallContext {
  return {
    requestId: `r${i}`,
    receivedAt: Date.now(),
    principal: { keyId: "k1", tenant: "bench", app: "bench", roles: ["app"] },
    api: "openai.chat",
    original: body,
    spec: openaiChatEndpoint.parse(body),
    providerName: "bench",
    upstreamModel: "gpt-bench",
    clientHeaders: {},
    signal: new CancelSignal(),
    responseHeaders: {},
  };
}

async function round(n: number): Promise<{ heapPerStream: number; requestUs: number; eventUs: number; complete: number }> {
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const open: { i: number; chain: StageChain; text: string[] }[] = [];
  // process.cpuUsage moves in scheduler ticks: CPU is taken over whole loops, never per call.
  let requestCpu = 0;
  let eventCpu = 0;
  let t = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const ctx = newCtx(i);
    await guard.request(ctx);
    open.push({ i, chain: new StageChain([guard.stream(ctx)]), text: [] });
  }
  requestCpu = cpu(t);
  const collect = (o: (typeof open)[number], out: SseEvent[]) => {
    for (const e of out) {
      const c = (e.json as { choices?: { delta?: { content?: string } }[] } | undefined)?.choices?.[0]?.delta?.content;
      if (c) o.text.push(c);
    }
  };
  // Half of each answer, one event at a time, interleaved across the streams as a busy gateway would see them.
  t = process.cpuUsage();
  for (let k = 0; k < 12; k++) for (const o of open) collect(o, await o.chain.push([event(o.i, k)]));
  eventCpu = cpu(t);
  gc?.();
  gc?.();
  const heapPerStream = (process.memoryUsage().heapUsed - before) / n;
  t = process.cpuUsage();
  for (let k = 12; k < 27; k++) for (const o of open) collect(o, await o.chain.push([event(o.i, k)]));
  for (const o of open) collect(o, await o.chain.flush());
  eventCpu += cpu(t);
  const complete = open.filter((o) => o.text.join("").trim().split(/\s+/).length === 25).length;
  return { heapPerStream, requestUs: requestCpu / n, eventUs: eventCpu / (n * 27), complete };
}
const cpu = (t: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(t);
  return d.user + d.system;
};

await round(200); // warm-up: JIT, lazy detector state
const runs = [await round(N), await round(N), await round(N)];
const med = (k: keyof (typeof runs)[number]) => runs.map((r) => r[k]).sort((a, b) => a - b)[1] as number;
console.log(`${N} open streams, default policy, medians of 3 rounds (load ${(await import("node:fs")).readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")})`);
console.log(`heap retained per open stream: ${(med("heapPerStream") / 1024).toFixed(1)} KB`);
console.log(`CPU per call: request side and stage set-up ${med("requestUs").toFixed(0)} µs; per event (incl. the bench making it) ${med("eventUs").toFixed(1)} µs`);
console.log(`streams complete with all 25 words: ${runs.map((r) => r.complete).join(", ")} of ${N}`);
