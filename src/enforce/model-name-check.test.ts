import { describe, expect, it } from "vitest";
import { WardenError } from "../core/warden-error.js";
import { createDetectionEngine, type DetectionEngine } from "../detect/engine.js";
import { createModelNameCheck } from "./model-name-check.js";

const engine = createDetectionEngine();
const check = createModelNameCheck(() => engine);
const refusal = (model: string): WardenError | undefined => {
  try {
    check(model);
    return undefined;
  } catch (e) {
    return e as WardenError;
  }
};

describe("createModelNameCheck", () => {
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
    const c = createModelNameCheck(() => failing);
    expect(() => c("gpt-4o")).not.toThrow();
    expect(() => c("gpt-4o")).not.toThrow();
    expect(calls).toBe(2); // not remembered as clean
    const counting: DetectionEngine = { ...engine, detect: (t, ctx) => ((calls += 1), engine.detect(t, ctx)), isActionable: (f) => engine.isActionable(f) };
    const d = createModelNameCheck(() => counting);
    calls = 0;
    d("gpt-4o");
    d("gpt-4o");
    expect(calls).toBe(1);
  });
});
