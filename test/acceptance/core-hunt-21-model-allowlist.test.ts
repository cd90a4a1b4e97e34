/**
 * Acceptance hunt 21 (issue 6, "per-key model allowlist"; docs/keys-and-limits.md: "Anything else: 403
 * WARDEN_AUTH_MODEL_NOT_ALLOWED, nothing forwarded"): a key limited to some models is refused every other model
 * with that one code, whether or not a route serves the model and whether or not its provider speaks the endpoint.
 * Before, the route was resolved first: a model no route serves answered 404 WARDEN_ROUTE_UNKNOWN_MODEL and one whose
 * provider lacks the endpoint 400 WARDEN_ROUTE_UNSUPPORTED, so a restricted key could map the gateway's routes (which
 * providers and models the operator runs) with the models it may not use. A real `warden serve` process, a key made
 * with `warden keys create --models`, the real `openai` and `@anthropic-ai/sdk` clients.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { type ServedGateway, serveWithConfig } from "./core-hunt-21-support.js";

let mock: MockUpstream;
let gw: ServedGateway;
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(async () => {
  mock = await startMockUpstream();
  gw = await serveWithConfig(
    {
      providers: {
        openai: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: "sk-upstream-secret", maxRetries: 0 },
        anthropic: { type: "anthropic", baseUrl: mock.url, apiKey: "sk-ant-upstream-secret", maxRetries: 0 },
      },
      // No catch-all route: a model outside these globs is unknown to the gateway.
      routes: [
        { models: ["gpt-*"], provider: "openai" },
        { models: ["claude-*"], provider: "anthropic" },
      ],
    },
    "warden-hunt21-allow-",
    ["--models", "gpt-4o*"],
  );
  openai = new OpenAI({ apiKey: gw.key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: gw.key, baseURL: gw.url, maxRetries: 0 });
}, 60_000);
afterAll(async () => {
  await gw?.close();
  await mock?.close();
});

async function refusal(call: () => Promise<unknown>): Promise<{ status: number | undefined; code: string | undefined }> {
  try {
    await call();
  } catch (err) {
    const e = err as { status?: number; code?: string; error?: { error?: { code?: string } } };
    return { status: e.status, code: e.code ?? e.error?.error?.code };
  }
  return { status: 200, code: undefined };
}

const messages = [{ role: "user" as const, content: "hi" }];

describe("a key limited to gpt-4o*: every other model is 403 WARDEN_AUTH_MODEL_NOT_ALLOWED, nothing forwarded", () => {
  it("a model a route serves (chat completions, messages)", async () => {
    mock.reset();
    expect(await refusal(() => openai.chat.completions.create({ model: "gpt-3.5-turbo", messages }))).toEqual({ status: 403, code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" });
    expect(await refusal(() => anthropic.messages.create({ model: "claude-x", max_tokens: 5, messages }))).toEqual({ status: 403, code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" });
    expect(mock.requests).toHaveLength(0);
  });

  it("a model no route serves: the same refusal, not 404 (the key learns nothing of the routes)", async () => {
    mock.reset();
    expect(await refusal(() => openai.chat.completions.create({ model: "llama-3-70b", messages }))).toEqual({ status: 403, code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" });
    expect(await refusal(() => anthropic.messages.create({ model: "mistral-large", max_tokens: 5, messages }))).toEqual({ status: 403, code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" });
    expect(await refusal(() => openai.embeddings.create({ model: "text-embedding-3-small", input: "hi" }))).toEqual({ status: 403, code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" });
    expect(mock.requests).toHaveLength(0);
  });

  it("a model whose provider lacks the endpoint: the same refusal, not 400", async () => {
    mock.reset();
    expect(await refusal(() => anthropic.messages.countTokens({ model: "gpt-3.5-turbo", messages }))).toEqual({ status: 403, code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" });
    expect(mock.requests).toHaveLength(0);
  });

  it("an allowed model still answers as before (served; unknown to the routes; endpoint unsupported)", async () => {
    mock.reset();
    const ok = await openai.chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(ok.choices[0]?.message).toBeDefined();
    expect(await refusal(() => anthropic.messages.countTokens({ model: "gpt-4o-mini", messages }))).toEqual({ status: 400, code: "WARDEN_ROUTE_UNSUPPORTED" });
    expect(gw.alive()).toBe(true);
  });
});
