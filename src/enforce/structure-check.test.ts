import { describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { createDetectionEngine, type DetectionEngine } from "../detect/engine.js";
import { createStructureCheck } from "./structure-check.js";

const engine = createDetectionEngine();
const check = (model: string): void => createStructureCheck(() => engine).model(model);
const refusal = (model: string): WardenError | undefined => {
  try {
    check(model);
    return undefined;
  } catch (e) {
    return e as WardenError;
  }
};

describe("createStructureCheck: the model name", () => {
  it.each([
    "gpt-4o-mini-2024-07-18",
    "claude-3-5-sonnet-20241022",
    "meta-llama/Meta-Llama-3.1-8B-Instruct",
    "ft:gpt-4o-mini-2024-07-18:acme-corp::9abCdEfG",
    "accounts/fireworks/models/llama-v3p1-405b-instruct",
    "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
    "llama3.1:8b-instruct-q4_K_M",
    "mistralai/Mixtral-8x7B-Instruct-v0.1",
    "text-embedding-3-large",
    "my-gpt4o-deployment",
  ])("a real model name passes: %s", (model) => {
    expect(refusal(model)).toBeUndefined();
  });

  it.each([
    ["an AWS key", "gpt-4o-AKIAZ3MHQ7RT2XKPLW4N", "aws-access-key-id"],
    ["a GitHub token", "gpt-4o-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", "github-pat"],
    ["an e-mail address", "gpt-4o-jane.doe@example.com", "EMAIL_ADDRESS"],
  ])("%s appended to a model name is refused, without the value", (_name, model, type) => {
    const e = refusal(model);
    expect(e?.code).toBe("WARDEN_REQUEST_MODEL_REJECTED");
    expect(e?.details?.["finding_types"]).toContain(type);
    expect(JSON.stringify({ message: e?.message, details: e?.details })).not.toContain(model.slice(7));
  });

  it("a detector error is left to the request stage (its fail mode); clean names are remembered", () => {
    let calls = 0;
    const failing: DetectionEngine = { ...engine, detect: () => ((calls += 1), { findings: [], dataClasses: [], errors: [{ detector: "x", message: "boom" }] }), isActionable: () => true };
    const c = (m: string): void => fail.model(m);
    const fail = createStructureCheck(() => failing);
    expect(() => c("gpt-4o")).not.toThrow();
    expect(() => c("gpt-4o")).not.toThrow();
    expect(calls).toBe(2); // not remembered as clean
    const counting: DetectionEngine = { ...engine, detect: (t, ctx) => ((calls += 1), engine.detect(t, ctx)), isActionable: (f) => engine.isActionable(f) };
    const d = (m: string): void => count.model(m);
    const count = createStructureCheck(() => counting);
    calls = 0;
    d("gpt-4o");
    d("gpt-4o");
    expect(calls).toBe(1);
  });
});

describe("createStructureCheck: object keys and stop sequences", () => {
  const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
  const s = createStructureCheck(() => engine);
  const code = (body: Record<string, unknown>): string | undefined => {
    try {
      s.body(body as never);
      return undefined;
    } catch (e) {
      return (e as WardenError).code;
    }
  };
  it.each([
    ["a metadata key", { metadata: { [`key_${AWS}`]: "x" } }],
    ["a tool schema property name", { tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { [AWS]: { type: "string" } } } } }] }],
    ["a tool_use input key in the history", { messages: [{ role: "assistant", content: [{ type: "tool_use", id: "t", name: "n", input: { "jane.doe@example.com": true } }] }] }],
    ["a stop sequence", { stop: [`key ${AWS}`] }],
    ["an Anthropic stop sequence", { stop_sequences: ["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"] }],
  ])("%s carrying a protected value is refused", (_name, body) => {
    expect(code(body)).toBe("WARDEN_REQUEST_FIELD_REJECTED");
  });

  it("ordinary bodies pass: field names, schema property names, stop sequences", () => {
    expect(
      code({
        model: "gpt-4o",
        messages: [{ role: "user", content: `my key is ${AWS}` }],
        tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: { email: { type: "string" }, first_name: { type: "string" }, account_id: { type: "string" } } } } }],
        metadata: { user_id: "u-123", session: "abc" },
        stop: ["\n\nHuman:", "###"],
        response_format: { type: "json_schema", json_schema: { name: "Person", schema: { type: "object", properties: { name: { type: "string" }, date_of_birth: { type: "string" } } } } },
      }),
    ).toBeUndefined();
  });

  it("a body with more object keys than it looks at is refused", () => {
    const big: Record<string, number> = {};
    for (let i = 0; i < 100_001; i++) big[`k${i}`] = i;
    expect(code({ metadata: big })).toBe("WARDEN_REQUEST_FIELD_REJECTED");
  });
});

describe("createStructureCheck: keys of an answer", () => {
  const s = createStructureCheck(() => engine);
  it("a credential in a tool_use input key blocks the answer; names as keys and ordinary answers pass", () => {
    const answer = (input: Record<string, unknown>) => ({ id: "msg_1", type: "message", role: "assistant", content: [{ type: "tool_use", id: "t", name: "save", input }], usage: { input_tokens: 1, output_tokens: 2 } });
    expect(() => s.responseKeys(answer({ AKIAZ3MHQ7RT2XKPLW4N: true }) as never)).toThrow(expect.objectContaining({ code: "WARDEN_POLICY_RESPONSE_BLOCKED" }));
    expect(() => s.responseKeys(answer({ "jane.doe@example.com": 3, "Alice Smith": 4 }) as never)).not.toThrow();
    // Found clean in an answer does not make an e-mail key clean for requests.
    expect(() => s.body({ metadata: { "jane.doe@example.com": "x" } } as never)).toThrow(expect.objectContaining({ code: "WARDEN_REQUEST_FIELD_REJECTED" }));
  });
});
