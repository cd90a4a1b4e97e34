/**
 * `node --import tsx bench/enforce/guard-cpu.ts`: CPU time of the policy guard per non-streamed call, in one process
 * (no HTTP): the default policy on the bench:enforce request (a system prompt and a 1 KB user prompt) and the mock
 * upstream's answer, request side then response side. Detection (`engine.detect`) is timed on its own, so the rest is
 * the enforcement overhead: state, rules, operators, decision paths and header, body rewrite. The total is the CPU
 * time of the round (process.cpuUsage); detection is the CPU time of the same engine calls replayed in one loop. Two cases: the same
 * body every call (as `npm run bench:enforce` sends it: detection results come from the guard's cache) and a distinct
 * body every call (detection runs). Medians of 5 rounds, in microseconds per call.
 * Environment: N (calls per round, default 3000), SIZE (prompt bytes, default 1024).
 */
import { readFileSync } from "node:fs";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import type { CallContext } from "../../src/core/call-context.js";
import { CancelSignal } from "../../src/core/cancel-signal.js";
import type { JsonObject } from "../../src/core/json.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import { createDetectionEngine, type DetectionEngine } from "../../src/detect/engine.js";
import { chatBody } from "../support/chat-body.js";

const N = Number(process.env["N"] ?? 3000);
const SIZE = Number(process.env["SIZE"] ?? 1024);
const inner = createDetectionEngine();
const cpu = (t: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(t);
  return d.user + d.system;
};
/** The detection calls of the round (process.cpuUsage moves in scheduler ticks and wall time is inflated on a
 * loaded machine, so detection is not timed per call: the same calls are replayed and timed as one loop). */
const calls: [string, Parameters<DetectionEngine["detect"]>[1]][] = [];
const engine: DetectionEngine = Object.create(inner, {
  detect: {
    value: (text: string, context?: Parameters<DetectionEngine["detect"]>[1]) => {
      calls.push([text, context]);
      return inner.detect(text, context);
    },
  },
}) as DetectionEngine;
const guard = createPolicyGuard({ engine });
const answer = {
  id: "chatcmpl-bench",
  object: "chat.completion",
  created: 1,
  model: "gpt-bench",
  choices: [{ index: 0, message: { role: "assistant", content: "The quick brown fox jumps over the lazy dog. ".repeat(4) }, finish_reason: "stop" }],
  usage: { prompt_tokens: 10, completion_tokens: 40, total_tokens: 50 },
};

function ctxFor(raw: string, i: number): CallContext {
  const body = JSON.parse(raw) as JsonObject;
  return {
    requestId: `r${i}`,
    receivedAt: Date.now(),
    principal: { keyId: "k1", tenant: "bench", app: "bench", roles: ["app"] },
    api: "openai.chat",
    original: body,
    rawBody: raw,
    spec: openaiChatEndpoint.parse(body),
    providerName: "bench",
    upstreamModel: "gpt-bench",
    clientHeaders: {},
    signal: new CancelSignal(),
    responseHeaders: {},
  };
}

let made = 0;
async function round(distinct: boolean): Promise<{ total: number; detect: number }> {
  const same = chatBody(SIZE, "gpt-bench", false);
  // Distinct bodies: a number (never repeated) in the prompt, so every call is a cache miss (made before timing).
  const bodies = Array.from({ length: N }, (_, i) => (distinct ? same.replace("quarterly", `quarterly ${made++}`) : same));
  // Parsing the body (the endpoint adapter) and the upstream answer happen before the guard: not timed.
  const ctxs = bodies.map((b, i) => ctxFor(b, i));
  const answers = bodies.map(() => structuredClone(answer) as JsonObject);
  calls.length = 0;
  const t = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    const ctx = ctxs[i] as CallContext;
    const v = await guard.request(ctx);
    if (v.kind !== "forward") throw new Error("refused");
    await guard.response(ctx, answers[i] as JsonObject);
  }
  const total = cpu(t) / N;
  const d = process.cpuUsage();
  for (const [text, context] of calls) inner.detect(text, context);
  return { total, detect: cpu(d) / N };
}

const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
for (const distinct of (process.env["ONLY"] === "distinct" ? [true] : process.env["ONLY"] === "same" ? [false] : [false, true])) {
  await round(distinct); // warm-up
  const rs = [];
  for (let r = 0; r < 5; r++) rs.push(await round(distinct));
  const total = med(rs.map((r) => r.total));
  const detect = med(rs.map((r) => r.detect));
  const outside = med(rs.map((r) => r.total - r.detect));
  console.log(`${distinct ? "distinct bodies" : "same body      "}: ${total.toFixed(1)} µs/call CPU; detection ${detect.toFixed(1)} µs; outside detection ${outside.toFixed(1)} µs`);
}
console.log(`(${N} calls per round, ${SIZE}-byte prompt, default policy; load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")})`);
