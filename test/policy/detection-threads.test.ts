/**
 * Large texts are detected on a worker thread (server.detection): the same decisions as on the event loop, which
 * meanwhile keeps serving other calls; the time budget refuses at its deadline (fail-closed) without waiting.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DetectionEngine } from "../../src/detect/engine.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import type { PolicyGuard } from "../../src/enforce/policy-guard.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
const POLICY = {
  detection: { customRules: [{ id: "ticket", type: "TICKET", pattern: "TCK-[0-9]{6}" }] },
  rules: [
    { id: "redact-secrets", match: { category: "secret" }, action: "redact" },
    { id: "block-tickets", match: { type: "TICKET" }, action: "block" },
  ],
};
const filler = "The quarterly figures are preliminary and subject to review by the finance team. ";
const large = (tail: string, repeat = 600): string => `${filler.repeat(repeat)}${tail}`;

let mock: MockUpstream;
let t: TestGateway;
let guard: PolicyGuard;
let client: OpenAI;
/** Texts of 1,024+ characters the policy's engine detected in on the event loop. */
let onLoop = 0;

beforeAll(async () => {
  mock = await startMockUpstream();
  guard = createPolicyGuard({ policyConfig: POLICY });
  const engine = guard.holder.current.engine as DetectionEngine;
  const detect = engine.detect.bind(engine);
  (engine as { detect: DetectionEngine["detect"] }).detect = (text, ctx) => {
    if (text.length >= 1_024) onLoop++;
    return detect(text, ctx);
  };
  t = await startTestGateway({ ...mockConfig(mock.url, { server: { detection: { minChars: 1_024 } } }) }, { guard });
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  expect(await guard.detectionThreads?.warm()).toBe(true);
}, 60_000);
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => {
  mock.reset();
  onLoop = 0;
});

describe("detection threads in the gateway", () => {
  it("redacts a secret at the end of a large request, detected on the thread", async () => {
    const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: large(`Deploy with ${AWS} tonight.`) }] });
    expect(r.choices[0]?.message.content).toBeTypeOf("string");
    const sent = JSON.stringify(mock.requests[0]?.body);
    expect(sent).not.toContain(AWS);
    expect(sent).toContain("quarterly figures");
    expect(onLoop).toBe(0);
  });

  it("blocks on a custom rule of the policy's own engine, rebuilt on the thread", async () => {
    const err = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: large("See ticket TCK-123456.") }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe("WARDEN_POLICY_BLOCKED");
    expect(mock.requests).toHaveLength(0);
    expect(onLoop).toBe(0);
  });

  it("scans a large answer on the thread too", async () => {
    mock.use(reply.json(chatCompletion(large(`The key is ${AWS}.`))));
    const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "summarise" }] });
    expect(r.choices[0]?.message.content).not.toContain(AWS);
    expect(r.choices[0]?.message.content).toContain("quarterly figures");
    expect(onLoop).toBe(0);
  });

  it("keeps serving small calls while a large text is being detected", async () => {
    const names = "Maria Schmidt met Jonas Weber in Berlin and Paris to review the invoice. ";
    const order: string[] = [];
    const big = client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: names.repeat(20_000) }] })
      .then(
        () => order.push("big"),
        () => order.push("big"),
      );
    await new Promise((r) => setTimeout(r, 100));
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hello" }] });
    order.push("small");
    await big;
    expect(order).toEqual(["small", "big"]);
  }, 30_000);
});

describe("the time budget with detection threads", () => {
  let t2: TestGateway;
  let guard2: PolicyGuard;
  beforeAll(async () => {
    guard2 = createPolicyGuard({ policyConfig: { ...POLICY, timeBudgetMs: 50 } });
    t2 = await startTestGateway({ ...mockConfig(mock.url, { server: { detection: { minChars: 1_024 } } }) }, { guard: guard2 });
    expect(await guard2.detectionThreads?.warm()).toBe(true);
    // The main thread's one-time pattern compilation (a process's first call, before timing starts) is not what this
    // measures: done here.
    (guard2.holder.current.engine as DetectionEngine).prepare?.();
  }, 60_000);
  afterAll(() => t2.close());

  it("refuses at the deadline (fail-closed) and records why, without waiting for the detectors", async () => {
    const c = new OpenAI({ apiKey: t2.key, baseURL: `${t2.url}/v1`, maxRetries: 0 });
    const t0 = performance.now();
    const err = await c.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: large("Maria Schmidt, Berlin. ", 40_000) }] }).catch((e: unknown) => e);
    const took = performance.now() - t0;
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe("WARDEN_POLICY_CONTROL_FAILED");
    expect(mock.requests).toHaveLength(0);
    // 3.3 MB of text takes the detectors seconds; the refusal comes at the 50 ms budget (plus parsing the body).
    expect(took).toBeLessThan(1_500);
  }, 30_000);
});
