/**
 * Bypass hunt, free-form request maps: `metadata` (OpenAI chat and Responses, stored by the provider with
 * `store: true`; Anthropic) is a map whose keys the caller chooses. Its values must meet the request policy whatever
 * the keys are called: a key named like an identifier field (`id`, `type`, `status`, `format`, `model`) is not an
 * identifier there. Sent with the official SDKs to the default policy (acceptance tester).
 */
import type Anthropic from "@anthropic-ai/sdk";
import type OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
const GHP_CORE = VALUES["githubPat"]?.core ?? "";
const EMAIL = VALUES["email"]?.value ?? "";
const SSN = VALUES["ssn"]?.value ?? "";

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = h.openai;
  anthropic = h.anthropic;
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

function expectNoneUpstream(...values: string[]): void {
  const up = upstreamText(h.mock);
  expect(h.mock.requests.length).toBe(1);
  for (const v of values) expect(up).not.toContain(v);
}

describe("metadata values under identifier-like keys", () => {
  const metadata = { id: GHP, type: EMAIL, status: SSN, format: EMAIL, model: GHP };

  it("chat completions", async () => {
    await openai.chat.completions.create({ model: "gpt-4o-mini", store: true, metadata, messages: [{ role: "user", content: "hi" }] });
    expectNoneUpstream(GHP_CORE, EMAIL, SSN);
    // the map keeps its keys; the values are rewritten in place
    expect(Object.keys((h.mock.last.body?.["metadata"] ?? {}) as object).sort()).toEqual(["format", "id", "model", "status", "type"]);
  });

  it("Responses API", async () => {
    await openai.responses.create({ model: "gpt-4.1", input: "hi", metadata });
    expectNoneUpstream(GHP_CORE, EMAIL, SSN);
  });

  it("Anthropic messages (user_id stays scanned)", async () => {
    await anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, metadata: { user_id: EMAIL }, messages: [{ role: "user", content: "hi" }] });
    expectNoneUpstream(EMAIL);
  });
});
