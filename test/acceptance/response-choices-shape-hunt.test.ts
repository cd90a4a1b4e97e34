/**
 * Bypass hunt, response shape: a chat completion whose `choices` is not an array (an object keyed "0", which a
 * JavaScript client indexes exactly like an array, or a bare string) must still meet the response policy: every
 * string of an answer is scanned (docs/policy.md, "What the response rules see"). Raw HTTP and the `openai` SDK
 * against a mock upstream, default policy (acceptance tester).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reply } from "../support/mock-upstream.js";
import { postJson } from "../support/test-gateway.js";
import { type Harness, startDefaultPolicyGateway, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
const GHP_CORE = VALUES["githubPat"]?.core ?? "";

let h: Harness;
let openai: OpenAI;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = new OpenAI({ apiKey: h.t.key, baseURL: `${h.t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const req = { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] };

describe("chat `choices` that is not an array", () => {
  it("an object keyed like an array: the SDK reads choices[0] and gets no key", async () => {
    h.mock.use(reply.json({ id: "c", object: "chat.completion", created: 1, model: "gpt-4o-mini", choices: { "0": { index: 0, message: { role: "assistant", content: `here ${GHP}` }, finish_reason: "stop" } } }));
    const r = await openai.chat.completions.create(req as OpenAI.ChatCompletionCreateParamsNonStreaming);
    const content = (r.choices as unknown as Record<string, { message: { content: string } }>)["0"]?.message.content ?? "";
    expect(content).toContain("here ");
    expect(content).not.toContain(GHP_CORE);
  });

  it("a bare string", async () => {
    h.mock.use(reply.json({ id: "c", object: "chat.completion", created: 1, model: "gpt-4o-mini", choices: `here ${GHP}` }));
    const res = await postJson(`${h.t.url}/v1/chat/completions`, req, h.t.key);
    expect(await res.text()).not.toContain(GHP_CORE);
  });
});
