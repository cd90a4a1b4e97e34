/**
 * Acceptance hunt 20, `warden policy test` (expected decisions for sample texts, for CI): a case must be judged as
 * the gateway judges the same text. A case in role `tool` or `system` was evaluated as kind `text`, while the
 * gateway reads a tool result as kind `tool_result` and a system prompt as kind `system`: a rule on those kinds
 * (`match: { kind: tool_result }`) passed unseen in CI and acted in traffic (or the reverse).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const dir = mkdtempSync(join(tmpdir(), "warden-policy-cases-hunt-"));
const EMAIL = "jane.doe@acme-corp.com";
const POLICY = {
  rules: [
    { id: "tool-emails", match: { type: "EMAIL_ADDRESS", kind: "tool_result" }, action: "block" },
    { id: "system-emails", match: { type: "EMAIL_ADDRESS", kind: "system" }, action: "redact" },
    { id: "emails", match: { type: "EMAIL_ADDRESS" }, action: "monitor" },
  ],
};
const policyFile = join(dir, "policy.yaml");
writeFileSync(policyFile, JSON.stringify(POLICY));

let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: POLICY });
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

async function runCases(cases: unknown[]): Promise<{ code: number; out: string }> {
  const file = join(dir, `cases${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, JSON.stringify({ cases }));
  let out = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((out += String(s)), true));
  try {
    return { code: await main(["node", "warden", "policy", "test", policyFile, "--cases", file]), out };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe("a case in a tool or system role is judged as the gateway judges that text", () => {
  it("the gateway: the tool result is blocked, the system prompt redacted", async () => {
    const blocked = await client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "look up the customer" }, { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "crm", arguments: "{}" } }] }, { role: "tool", tool_call_id: "c1", content: `the customer is ${EMAIL}` }] })
      .then(() => "forwarded", (err: { code?: unknown }) => String(err.code));
    expect(blocked).toBe("WARDEN_POLICY_BLOCKED");
    mock.reset();
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "system", content: `the customer is ${EMAIL}` }, { role: "user", content: "hi" }] });
    expect(JSON.stringify(mock.last.body)).toContain("the customer is [EMAIL_ADDRESS]");
  });

  it("warden policy test agrees with it", async () => {
    const { code, out } = await runCases([
      { name: "tool result", role: "tool", text: `the customer is ${EMAIL}`, expect: { outcome: "block", rules: ["tool-emails"] } },
      { name: "system prompt", role: "system", text: `the customer is ${EMAIL}`, expect: { output: "the customer is [EMAIL_ADDRESS]" } },
      { name: "developer message", role: "developer", text: `the customer is ${EMAIL}`, expect: { actions: { EMAIL_ADDRESS: "redact" } } },
      { name: "user turn", role: "user", text: `the customer is ${EMAIL}`, expect: { outcome: "allow", actions: { EMAIL_ADDRESS: "monitor" } } },
    ]);
    expect(out).not.toContain("FAIL");
    expect(code).toBe(0);
  });

  it("a case can name another kind of text (a document) explicitly", async () => {
    const { code, out } = await runCases([{ name: "a document read as a tool result", role: "tool", kind: "document", text: `the customer is ${EMAIL}`, expect: { outcome: "allow" } }]);
    expect(out).not.toContain("FAIL");
    expect(code).toBe(0);
  });
});

describe("a case that checks nothing", () => {
  // Was a defect: `expect: {}` (or only an empty list) passed whatever the policy decided, a CI check asserting nothing.
  it.each([
    ["an empty expect", {}],
    ["only empty lists", { rules: [], notContains: [] }],
    ["an empty actions map", { actions: {} }],
  ])("is refused as invalid (%s), naming the case", async (_name, expectation) => {
    const { code, out } = await runCases([
      { name: "fine", text: `mail ${EMAIL}`, expect: { outcome: "allow" } },
      { name: "vacuous", text: `mail ${EMAIL}`, expect: expectation },
    ]);
    expect(code).toBe(2);
    expect(out).toMatch(/cases\.1\.expect: .*check/);
  });
});
