/**
 * Numbered redaction (`[EMAIL_ADDRESS_1]`) in streams: the number a value gets does not depend on how the stream is
 * cut, and several streams of one conversation running at once agree with each other and with later calls.
 */
import { describe, expect, it } from "vitest";
import type { CallContext } from "../../src/core/call-context.js";
import { CancelSignal } from "../../src/core/cancel-signal.js";
import type { JsonObject } from "../../src/core/json.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import type { PolicyGuard } from "../../src/enforce/policy-guard.js";
import { StageChain } from "../../src/forward/sse/event-stage.js";
import type { SseEvent } from "../../src/forward/sse/sse-event.js";
import { serializeSse } from "../../src/forward/sse/sse-serialize.js";
import { FORMATS, parseWire, runStage, type StreamFormat } from "./stream-formats.js";

const chat = FORMATS[0] as StreamFormat;
const POLICY = { rules: [{ id: "number-emails", match: { category: "pii", type: "EMAIL_ADDRESS" }, action: "redact", style: "numbered" }] };

async function streamCtx(guard: PolicyGuard, conversation: string): Promise<CallContext> {
  const body: JsonObject = { model: "m", stream: true, messages: [{ role: "user", content: "who do I write to?" }] };
  const ctx: CallContext = {
    requestId: "r1",
    receivedAt: Date.now(),
    principal: { keyId: "k1", tenant: "t1", app: "a1", roles: ["app"] },
    api: chat.endpoint.api,
    original: body,
    spec: chat.endpoint.parse(body),
    providerName: "demo",
    upstreamModel: "m",
    clientHeaders: { "x-warden-conversation": conversation },
    signal: new CancelSignal(),
    responseHeaders: {},
  };
  expect((await guard.request(ctx)).kind).toBe("forward");
  return ctx;
}

async function streamed(guard: PolicyGuard, conversation: string, pieces: string[]): Promise<string> {
  const ctx = await streamCtx(guard, conversation);
  const { events } = await runStage(guard.stream(ctx), chat.build(pieces, false));
  return chat.text(events, false);
}

describe("numbered redaction in streams", () => {
  const text = "Write to maria.gonzalez@example-corp.com or to li.wei@example-corp.org today.";

  it("a value's number does not depend on where the stream is cut (no number for a value still arriving)", async () => {
    const whole = await streamed(createPolicyGuard({ policyConfig: POLICY }), "c", [text]);
    expect(whole).toBe("Write to [EMAIL_ADDRESS_1] or to [EMAIL_ADDRESS_2] today.");
    for (let cut = 1; cut < text.length; cut++) {
      const guard = createPolicyGuard({ policyConfig: POLICY });
      expect(await streamed(guard, "c", [text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toBe(whole);
    }
    const guard = createPolicyGuard({ policyConfig: POLICY });
    expect(await streamed(guard, "c", [...text])).toBe(whole);
    expect(guard.vault.numbersMade).toBe(2);
  });

  it("streams of one conversation interleaved event by event agree on every number, and so does the next request", async () => {
    const guard = createPolicyGuard({ policyConfig: POLICY });
    const v = ["ann.lee@example-corp.com", "bo.chen@example-corp.com", "cy.diaz@example-corp.com"];
    const texts = [`Mail ${v[0]} and ${v[1]} now.`, `Mail ${v[1]} and ${v[2]} now.`, `Mail ${v[2]} and ${v[0]} now.`];
    const chains = await Promise.all(texts.map(async () => new StageChain([guard.stream(await streamCtx(guard, "shared"))])));
    const inputs = texts.map((t) => chat.build(t.match(/.{1,3}/gs) ?? [], false));
    const outs: SseEvent[][] = texts.map(() => []);
    for (let i = 0; inputs.some((evs) => i < evs.length); i++) {
      for (const [k, evs] of inputs.entries()) {
        const e = evs[i];
        if (e) (outs[k] as SseEvent[]).push(...(await (chains[k] as StageChain).push([e])));
      }
    }
    for (const [k, c] of chains.entries()) (outs[k] as SseEvent[]).push(...(await c.flush()));
    const got = outs.map((evs) => chat.text(parseWire(evs.map(serializeSse).join("")), false));
    const num = (t: string) => [...t.matchAll(/\[EMAIL_ADDRESS_(\d+)\]/g)].map((m) => Number(m[1]));
    const [a, b, c] = [num(got[0] as string)[0], num(got[0] as string)[1], num(got[1] as string)[1]];
    expect(new Set([a, b, c]).size).toBe(3);
    expect(num(got[1] as string)).toEqual([b, c]);
    expect(num(got[2] as string)).toEqual([c, a]);
    // A later request of the conversation numbers the values as the streams did.
    const body: JsonObject = { model: "m", messages: [{ role: "user", content: `${v[2]} ${v[1]} ${v[0]}` }] };
    const ctx = { ...(await streamCtx(guard, "shared")), original: body, spec: chat.endpoint.parse(body) };
    const verdict = await guard.request(ctx);
    expect(verdict.kind === "forward" && num(JSON.stringify(verdict.body))).toEqual([c, b, a]);
  });
});
