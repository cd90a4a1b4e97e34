/**
 * The default policy's real detectors behind the stream enforcer: model output carrying a secret and a stranger's
 * email, split at every boundary (and in three around each value), must come out exactly as the same text does
 * non-streamed, for every API's stream format.
 */
import { describe, expect, it } from "vitest";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import type { CallContext } from "../../src/core/call-context.js";
import { CancelSignal } from "../../src/core/cancel-signal.js";
import type { JsonObject } from "../../src/core/json.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import { chatCompletion } from "../support/mock-upstream.js";
import { FORMATS, runStage, type StreamFormat } from "./stream-formats.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
const EMAIL = "bob.smith@example.org";
const TEXT = `Use ${AWS} to deploy, then mail ${EMAIL} today.`;

const guard = createPolicyGuard();

/** A call context after the request side ran (the stream stage needs its policy state). */
async function ctxAfterRequest(f: StreamFormat): Promise<CallContext> {
  const body: JsonObject =
    f.name === "openai.completions"
      ? { model: "m", prompt: "say something", stream: true }
      : f.name === "openai.responses"
        ? { model: "m", input: "say something", stream: true }
        : { model: "m", max_tokens: 10, stream: true, messages: [{ role: "user", content: "say something" }] };
  const ctx: CallContext = {
    requestId: "r1",
    receivedAt: Date.now(),
    principal: { keyId: "k1", tenant: "t1", app: "a1", roles: ["app"] },
    api: f.endpoint.api,
    original: body,
    spec: f.endpoint.parse(body),
    providerName: "demo",
    upstreamModel: "m",
    clientHeaders: {},
    signal: new CancelSignal(),
    responseHeaders: {},
  };
  const v = await guard.request(ctx);
  expect(v.kind).toBe("forward");
  return ctx;
}

/** What the same text becomes non-streamed (chat body through the guard's response side). */
async function nonStreamed(text: string): Promise<string> {
  const body: JsonObject = {
    model: "m",
    stream: false,
    messages: [{ role: "user", content: "say something" }],
  };
  const ctx: CallContext = { ...(await ctxAfterRequest(FORMATS[0] as StreamFormat)), original: body, spec: openaiChatEndpoint.parse(body) };
  const out = await guard.response(ctx, chatCompletion(text) as JsonObject);
  return ((out.body["choices"] as JsonObject[])[0]?.["message"] as JsonObject)["content"] as string;
}

/** Cut `text` every `step` units and at `extra`. */
function cutAt(text: string, step: number, extra: number): string[] {
  const at = new Set<number>([extra]);
  for (let i = step; i < text.length; i += step) at.add(i);
  const cuts = [0, ...[...at].filter((c) => c > 0 && c < text.length).sort((x, y) => x - y), text.length];
  return cuts.slice(1).map((c, i) => text.slice(cuts[i], c));
}

describe.each(FORMATS)("default policy, split stream: $name", (f) => {
  it("values in a long answer (released by the window, not at the end) match the non-streamed result at every cut", async () => {
    const prose = "The quarterly report shows that revenue grew while costs stayed flat across all of the regions. ";
    const whole = `${prose.repeat(3)}${TEXT} ${prose.repeat(8)}`;
    const expected = await nonStreamed(whole);
    expect(expected).not.toContain(AWS);
    expect(expected).not.toContain(EMAIL);
    const from = whole.indexOf(AWS) - 2;
    const to = whole.indexOf(EMAIL) + EMAIL.length + 2;
    for (let p = from; p <= to; p++) {
      const ctx = await ctxAfterRequest(f);
      const out = await runStage(guard.stream(ctx), f.build(cutAt(whole, 7, p), false), 2);
      expect(out.wire).not.toContain(AWS);
      expect(out.wire).not.toContain(EMAIL);
      expect(f.text(out.events, false)).toBe(expected);
    }
  });

  it("every 2-way split, and 3-way splits across each value, equal the non-streamed result", async () => {
    const expected = await nonStreamed(TEXT);
    expect(expected).not.toContain(AWS);
    expect(expected).not.toContain(EMAIL);
    const splits: string[][] = [];
    for (let i = 1; i < TEXT.length; i++) splits.push([TEXT.slice(0, i), TEXT.slice(i)]);
    for (const v of [AWS, EMAIL]) {
      const at = TEXT.indexOf(v);
      for (let i = at + 1; i < at + v.length; i += 3) for (let j = i + 1; j < at + v.length; j += 4) splits.push([TEXT.slice(0, i), TEXT.slice(i, j), TEXT.slice(j)]);
    }
    for (const pieces of splits) {
      const ctx = await ctxAfterRequest(f);
      const out = await runStage(guard.stream(ctx), f.build(pieces, false));
      expect(out.wire).not.toContain(AWS);
      expect(out.wire).not.toContain(EMAIL);
      expect(f.text(out.events, false)).toBe(expected);
    }
  });
});
