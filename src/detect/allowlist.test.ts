import { describe, expect, it } from "vitest";
import { ConfigError } from "../core/config-error.js";
import type { Finding } from "../core/finding.js";
import { compileAllowlist } from "./allowlist.js";

const text = "mail NoReply@Example.com or ops@test.com; key AKIAIOSFODNN7EXAMPLE";
const at = (value: string, type = "EMAIL_ADDRESS"): Finding => {
  const start = text.indexOf(value);
  return { detector: "x", category: "pii", type, start, end: start + value.length, score: 1, explanation: "" };
};

describe("compileAllowlist", () => {
  it.each([
    ["exact value", { values: ["ops@test.com"] }, at("ops@test.com"), true],
    ["case-sensitive by default", { values: ["noreply@example.com"] }, at("NoReply@Example.com"), false],
    ["ignoreCase", { values: ["noreply@example.com"], ignoreCase: true }, at("NoReply@Example.com"), true],
    ["pattern must match the whole value", { patterns: ["test\\.com"] }, at("ops@test.com"), false],
    ["whole-value pattern", { patterns: [".*@test\\.com"] }, at("ops@test.com"), true],
    ["type-scoped: other type not allowed", { values: ["AKIAIOSFODNN7EXAMPLE"], types: ["aws-access-key"] }, at("AKIAIOSFODNN7EXAMPLE", "generic"), false],
    ["type-scoped", { values: ["AKIAIOSFODNN7EXAMPLE"], types: ["aws-access-key"] }, at("AKIAIOSFODNN7EXAMPLE", "aws-access-key"), true],
    ["list of allowlists", [{ values: ["x"] }, { patterns: ["ops@.*"] }], at("ops@test.com"), true],
  ])("%s", (_name, raw, finding, allowed) => {
    expect(compileAllowlist(raw).allows(finding, text)).toBe(allowed);
  });

  it.each([
    ["not an object", 5, "allowlist"],
    ["bad values", { values: [1] }, "allowlist.values"],
    ["bad pattern", { patterns: ["(?<=x)"] }, "allowlist.patterns[0]"],
    ["unknown field", { value: ["x"] }, "allowlist.value"],
  ])("rejects %s", (_name, raw, path) => {
    let err: unknown;
    try {
      compileAllowlist(raw);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues[0]?.path).toBe(path);
  });
});
