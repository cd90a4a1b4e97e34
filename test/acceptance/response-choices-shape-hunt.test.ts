/**
 * Bypass hunt, response shape: a chat completion whose `choices` is not an array (an object keyed "0", which a
 * JavaScript client indexes exactly like an array, or a bare string) must still meet the response policy: every
 * string of an answer is scanned (docs/policy.md, "What the response rules see"). Raw HTTP and the `openai` SDK
 * against a mock upstream, default policy (acceptance tester).
 */
import type OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AuditLog } from "../../src/record/audit-log.js";
import { expectErrorBody } from "../support/expect-error.js";
import { reply, type SseOut } from "../support/mock-upstream.js";
import { postJson, readSse } from "../support/test-gateway.js";
import { type Harness, startDefaultPolicyGateway, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
const GHP_CORE = VALUES["githubPat"]?.core ?? "";

let h: Harness;
let openai: OpenAI;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = h.openai;
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

/** A chunk whose `choices` is `choices` as given, carrying `content`. */
const oddChunk = (choices: (content: string) => unknown, content: string): SseOut => ({ data: { id: "c", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: choices(content) } });

describe("streamed chunks whose `choices` is not an array: a malformed upstream answer, refused and audited", () => {
  const asObject = (content: string) => ({ "0": { index: 0, delta: { content }, finish_reason: null } });
  const asString = (content: string) => content;
  const half = Math.floor(GHP.length / 2);
  it.each([
    ["an object keyed like an array", asObject],
    ["a bare string", asString],
  ] as const)("%s: a key split over two chunks never reaches the client", async (_name, shape) => {
    h.mock.use(reply.sse([oddChunk(shape, `here ${GHP.slice(0, half)}`), oddChunk(shape, `${GHP.slice(half)} end`), { raw: "data: [DONE]\n\n" }], { delayMs: 3 }));
    const res = await postJson(`${h.t.url}/v1/chat/completions`, { ...req, stream: true }, h.t.key);
    const text = await res.text();
    expect(text).not.toContain(GHP_CORE);
    expect(text).not.toContain(GHP.slice(0, half));
    const id = res.headers.get("x-request-id") ?? "";
    if (res.status === 200) expectErrorBody((await readSse(new Response(text))).at(-1)?.json, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
    else expect(res.status).toBe(502);
    const log = h.t.gw.audit as AuditLog;
    await log.flush();
    const metas = (await log.backend.search({ requestId: id })).map((e) => JSON.parse(e.meta ?? "{}") as Record<string, unknown>);
    expect(metas.some((m) => m["errorCode"] === "WARDEN_UPSTREAM_BAD_RESPONSE")).toBe(true);
  });

  it("the SDK stream fails with the gateway's error, not the key", async () => {
    h.mock.use(reply.sse([oddChunk(asObject, `here ${GHP.slice(0, half)}`), oddChunk(asObject, `${GHP.slice(half)} end`), { raw: "data: [DONE]\n\n" }]));
    let seen = "";
    await expect(
      (async () => {
        const stream = await openai.chat.completions.create({ ...(req as OpenAI.ChatCompletionCreateParamsNonStreaming), stream: true });
        for await (const c of stream) seen += JSON.stringify(c);
      })(),
    ).rejects.toThrow();
    expect(seen).not.toContain(GHP_CORE);
  });

  it("`choices: null` and `[]` carry no text and pass (usage chunks)", async () => {
    h.mock.use(reply.sse([{ data: { id: "c", object: "chat.completion.chunk", created: 1, model: "m", choices: [{ index: 0, delta: { content: "ok" }, finish_reason: "stop" }] } }, { data: { id: "c", object: "chat.completion.chunk", created: 1, model: "m", choices: null, usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } } }, { raw: "data: [DONE]\n\n" }]));
    const res = await postJson(`${h.t.url}/v1/chat/completions`, { ...req, stream: true }, h.t.key);
    expect(res.status).toBe(200);
    const events = await readSse(res);
    expect(events.at(-1)?.data).toBe("[DONE]");
  });
});
