import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/config-error.js";
import { compileCustomRules, defaultRuleType } from "./custom-rule.js";

function issuesOf(raw: unknown): string[] {
  try {
    compileCustomRules(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe("compileCustomRules", () => {
  it("compiles pattern and keyword rules with defaults", () => {
    const [p, k] = compileCustomRules([
      { id: "acme-ticket", pattern: "ACME-[0-9]{6}" },
      { id: "codenames", type: "PROJECT", keywords: ["Bluebird", "red falcon"], score: 0.7, dataClass: "CONFIDENTIAL" },
    ]);
    expect(p).toMatchObject({ id: "acme-ticket", type: "ACME_TICKET", category: "custom", score: 0.9, kind: "pattern", group: 0 });
    expect(k).toMatchObject({ type: "PROJECT", score: 0.7, kind: "keywords", dataClass: "CONFIDENTIAL", keywords: ["red falcon", "bluebird"] });
    expect(k?.regex.flags).toContain("i");
  });

  it.each([
    ["not a list", { id: "x" }, "customRules: must be a list of rules"],
    ["missing id", [{ pattern: "x" }], "customRules[0].id:"],
    ["bad id", [{ id: "no spaces", pattern: "x" }], "customRules[0] (no spaces).id:"],
    ["duplicate id", [{ id: "a", pattern: "x" }, { id: "a", pattern: "y" }], "customRules[1] (a).id: duplicate rule id"],
    ["both pattern and keywords", [{ id: "a", pattern: "x", keywords: ["y"] }], "customRules[0] (a): needs exactly one"],
    ["neither", [{ id: "a" }], "customRules[0] (a): needs exactly one"],
    ["look-ahead", [{ id: "la", pattern: "foo(?=bar)" }], "customRules[0] (la).pattern: not a valid re2 regex"],
    ["back-reference", [{ id: "br", pattern: "(a)\\1" }], "customRules[0] (br).pattern: not a valid re2 regex"],
    ["empty match", [{ id: "em", pattern: "a*" }], "customRules[0] (em).pattern: matches the empty string"],
    ["bad score", [{ id: "s", pattern: "x", score: 2 }], "customRules[0] (s).score:"],
    ["zero score", [{ id: "s", pattern: "x", score: 0 }], "customRules[0] (s).score:"],
    ["bad flags", [{ id: "f", pattern: "x", flags: "gx" }], "customRules[0] (f).flags:"],
    ["keyword flags", [{ id: "f", keywords: ["x"], flags: "m" }], "customRules[0] (f).flags: keyword rules accept only `i`"],
    ["empty keyword", [{ id: "k", keywords: ["ok", " "] }], "customRules[0] (k).keywords[1]:"],
    ["bad category", [{ id: "c", pattern: "x", category: "weird" }], "customRules[0] (c).category:"],
    ["bad data class", [{ id: "d", pattern: "x", dataClass: "TOP_SECRET" }], "customRules[0] (d).dataClass:"],
    ["unknown field", [{ id: "u", pattern: "x", severity: "high" }], "customRules[0] (u).severity: unknown field"],
    ["missing group", [{ id: "g", pattern: "a(b)", group: 2 }], "customRules[0] (g).group: pattern has no capture group 2"],
  ])("rejects %s, naming the rule", (_name, raw, expected) => {
    const issues = issuesOf(raw);
    expect(issues.some((i) => i.startsWith(expected))).toBe(true);
  });

  it("reports every bad rule at once", () => {
    expect(issuesOf([{ id: "a", pattern: "(" }, { id: "b", keywords: [] }])).toHaveLength(2);
  });

  it("derives default types", () => {
    expect(defaultRuleType("acme-project.code")).toBe("ACME_PROJECT_CODE");
  });
});
