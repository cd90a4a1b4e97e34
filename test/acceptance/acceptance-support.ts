/** Shared by the acceptance (bypass) tests: sensitive values, their obfuscations, and a default-policy gateway. */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { DEFAULT_POLICY } from "../../src/decide/default-policy.js";
import type { PolicyInput } from "../../src/decide/policy-schema.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

/**
 * One value per kind the default policy must keep from the model. `core` is the part that must never appear (for a
 * PEM block its base64 body, for a connection string its password).
 */
export const VALUES: Record<string, { value: string; core: string }> = {
  aws: { value: "AKIAZ3MHQ7RT2XKPLW4N", core: "AKIAZ3MHQ7RT2XKPLW4N" },
  githubPat: { value: "ghp_R8kV2mQx7LpT4nWz9YbC3dFh6JsA1uEo5GiK", core: "R8kV2mQx7LpT4nWz9YbC3dFh6JsA1uEo5GiK" },
  openaiKey: { value: "sk-proj-Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3Hs5Jf0Ga2Ue7Io4Kt9Bn1Mv8Qw3Ez6Ry5Cx", core: "Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3Hs5Jf0Ga2Ue7Io4Kt9Bn1Mv8Qw3Ez6Ry5Cx" },
  privateKey: {
    value: "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB\naFDrBz9vFqU4yP0VZk7kVYXAgDh3H6UuZ9rSx5oGqJYVjPr9sGU0PrVr2VmnC3gk\n-----END RSA PRIVATE KEY-----",
    core: "MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn",
  },
  jwt: {
    value: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    core: "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  },
  connString: { value: "postgres://admin:Zx9vQ2rT7pLm@db.prod.example.com:5432/orders", core: "Zx9vQ2rT7pLm" },
  email: { value: "jane.doe@acme-corp.com", core: "jane.doe@acme-corp.com" },
  phone: { value: "+44 20 7946 0958", core: "7946 0958" },
  card: { value: "4111 1111 1111 1111", core: "4111 1111 1111 1111" },
  ssn: { value: "536-22-1456", core: "536-22-1456" },
  iban: { value: "DE89 3704 0044 0532 0130 00", core: "3704 0044 0532" },
};

/** Full-width forms of printable ASCII (U+FF01..U+FF5E). */
export const fullWidth = (v: string): string => v.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** Every character followed by a zero-width space. */
export const zeroWidth = (v: string): string => [...v].join("\u200b");
/** Every character as a JSON `\uXXXX` escape (to splice into raw JSON text). */
export const jsonEscaped = (v: string): string => [...v].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

export interface Harness {
  mock: MockUpstream;
  t: TestGateway;
  /** The official SDKs pointed at the gateway with its key (no retries: a refusal surfaces at once). */
  openai: OpenAI;
  anthropic: Anthropic;
  close(): Promise<void>;
}

/** A mock upstream and a gateway enforcing the default policy in front of it (`patch`: top-level policy fields changed). */
export async function startDefaultPolicyGateway(patch: Partial<Pick<PolicyInput, "timeBudgetMs" | "failMode">> = {}): Promise<Harness> {
  const mock = await startMockUpstream();
  const t = await startTestGateway(mockConfig(mock.url), { guard: createPolicyGuard(Object.keys(patch).length > 0 ? { policyConfig: { ...DEFAULT_POLICY, ...patch } } : {}) });
  return {
    mock,
    t,
    openai: new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 }),
    anthropic: new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 }),
    async close() {
      await t.close();
      await mock.close();
    },
  };
}

/** Everything the mock upstream received, as raw text and with JSON escapes decoded. */
export function upstreamText(mock: MockUpstream): string {
  return mock.requests.map((r) => `${r.raw.toString("utf8")}\n${r.body === undefined ? "" : JSON.stringify(r.body)}`).join("\n");
}

/** Concatenated text of every JSON string in an SSE or JSON body (so a value split over deltas shows up whole). */
export function joinedStrings(body: string): string {
  let out = "";
  const walk = (v: unknown): void => {
    if (typeof v === "string") out += v;
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) if (!["id", "model", "object", "type", "role", "item_id", "call_id", "name", "finish_reason", "stop_reason"].includes(k)) walk(x);
  };
  for (const block of body.split(/\n\n/)) {
    const data = block
      .split("\n")
      .filter((l) => l.startsWith("data:"))
      .map((l) => l.slice(5).trim())
      .join("\n");
    const text = data === "" ? block : data;
    try {
      walk(JSON.parse(text));
    } catch {
      /* not JSON: [DONE] or a comment */
    }
  }
  return out;
}
