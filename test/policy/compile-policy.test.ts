import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/config-error.js";
import type { Finding } from "../../src/core/finding.js";
import { compilePolicy, type MatchInput } from "../../src/decide/compile-policy.js";
import { decideFindings } from "../../src/decide/decide.js";
import { DEFAULT_POLICY } from "../../src/decide/default-policy.js";
import { parsePolicy } from "../../src/decide/load-policy.js";

const f = (over: Partial<Finding> = {}): Finding => ({ detector: "pii.email", category: "pii", type: "EMAIL_ADDRESS", start: 0, end: 5, score: 0.9, explanation: "x", ...over });
const target = { tenant: "t1", app: "a1", model: "gpt-4o", provider: "openai" };
const input = (finding: Finding, over: Partial<MatchInput> = {}): MatchInput => ({ finding, direction: "request", role: "user", dataClasses: ["PII"], ...over });

describe("policy validation", () => {
  it("reports every problem at once, each with its path", () => {
    let err: unknown;
    try {
      parsePolicy({ rules: [{ id: "a", action: "explode" }, { id: "b b", action: "block", match: { role: "robot" } }], scopes: [{ match: { tenant: 3 } }], failMode: "maybe" }, "p", "policy");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const paths = (err as ConfigError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(["policy.failMode", "policy.rules.0.action", "policy.rules.1.id", "policy.rules.1.match.role", "policy.scopes.0.match.tenant"]);
  });

  it("rejects duplicate rule ids and unknown fields", () => {
    expect(() => parsePolicy({ rules: [{ id: "a", action: "allow" }, { id: "a", action: "block" }] })).toThrow(/rules\.1\.id: duplicate rule id 'a'/);
    expect(() => parsePolicy({ rules: [{ id: "a", action: "allow", colour: "red" }] })).toThrow(/rules\.0/);
  });

  it("reports a duplicate id together with the schema's problems (every problem at once)", () => {
    let err: unknown;
    try {
      parsePolicy({ rules: [{ id: "a", action: "zap" }, { id: "a", action: "block" }], scopes: [{ match: { tenant: "t" }, rules: [{ id: "b", action: "allow" }, { id: "b", action: "allow" }] }] });
    } catch (e) {
      err = e;
    }
    expect((err as ConfigError).issues.map((i) => i.path).sort()).toEqual(["rules.0.action", "rules.1.id", "scopes.0.rules.1.id"]);
  });

  it("accepts the default policy, and single values where lists are allowed", () => {
    const doc = parsePolicy(DEFAULT_POLICY);
    expect(doc.rules.find((r) => r.id === "default.block-injection")?.match.category).toEqual(["injection"]);
  });
});

describe("version hash", () => {
  it("is the same however the policy is written, and changes with content", () => {
    const a = compilePolicy(parsePolicy({ rules: [{ id: "r", action: "redact", match: { category: "pii" } }] }));
    const b = compilePolicy(parsePolicy({ rules: [{ match: { category: ["pii"] }, action: "redact", id: "r", mode: "enforce" }] }));
    const c = compilePolicy(parsePolicy({ rules: [{ id: "r", action: "mask", match: { category: "pii" } }] }));
    expect(a.version).toMatch(/^[0-9a-f]{64}$/);
    expect(a.version).toBe(b.version);
    expect(c.version).not.toBe(a.version);
  });
});

describe("rule matching", () => {
  const cases: { name: string; match: Record<string, unknown>; input: MatchInput; want: boolean }[] = [
    { name: "category", match: { category: "pii" }, input: input(f()), want: true },
    { name: "other category", match: { category: "secret" }, input: input(f()), want: false },
    { name: "type glob", match: { type: "EMAIL_*" }, input: input(f()), want: true },
    { name: "type mismatch", match: { type: ["PERSON"] }, input: input(f()), want: false },
    { name: "notType", match: { category: "pii", notType: ["EMAIL_ADDRESS"] }, input: input(f()), want: false },
    { name: "min score met", match: { minScore: 0.9 }, input: input(f()), want: true },
    { name: "min score not met", match: { minScore: 0.95 }, input: input(f()), want: false },
    { name: "data class", match: { dataClass: "PCI" }, input: input(f(), { dataClasses: ["PII", "PCI"] }), want: true },
    { name: "data class absent", match: { dataClass: "PHI" }, input: input(f()), want: false },
    { name: "direction", match: { direction: "response" }, input: input(f()), want: false },
    { name: "role", match: { role: ["tool", "user"] }, input: input(f()), want: true },
    { name: "system covers developer", match: { role: "system" }, input: input(f(), { role: "developer" }), want: true },
    { name: "role mismatch", match: { role: "system" }, input: input(f(), { role: "assistant" }), want: false },
    { name: "detector glob", match: { detector: "pii.*" }, input: input(f()), want: true },
    { name: "origin model (not in request)", match: { origin: "model" }, input: input(f(), { direction: "response", fromRequest: () => false }), want: true },
    { name: "origin model (in request)", match: { origin: "model" }, input: input(f(), { direction: "response", fromRequest: () => true }), want: false },
    { name: "origin on requests never matches", match: { origin: "request" }, input: input(f()), want: false },
    { name: "empty match matches all", match: {}, input: input(f({ category: "secret", type: "x" })), want: true },
  ];
  it.each(cases)("$name", ({ match, input: i, want }) => {
    const p = compilePolicy(parsePolicy({ rules: [{ id: "r", action: "redact", match }] }));
    const rule = p.resolve(target).rules[0];
    expect(rule?.matches(i)).toBe(want);
  });
});

describe("scopes and inheritance", () => {
  const doc = parsePolicy({
    thresholds: { EMAIL_ADDRESS: 0.7 },
    rules: [
      { id: "pii", match: { category: "pii" }, action: "redact" },
      { id: "secrets", match: { category: "secret" }, action: "redact" },
    ],
    scopes: [
      { id: "tenant", match: { tenant: "t1" }, rules: [{ id: "pii", match: { category: "pii" }, action: "tokenize" }], thresholds: { EMAIL_ADDRESS: 0.8 } },
      { id: "app", match: { tenant: "t1", app: "a1" }, disable: ["secrets"], failMode: "open", rules: [{ id: "extra", match: { type: "PERSON" }, action: "mask" }] },
      { id: "model", match: { model: "claude-*" }, rules: [{ id: "claude", match: { category: "injection" }, action: "block" }] },
      { id: "other", match: { tenant: "t2" }, rules: [{ id: "t2", action: "block" }] },
    ],
  });
  const p = compilePolicy(doc);

  it("applies matching scopes least specific first: override by id, extend, disable, thresholds, settings", () => {
    const set = p.resolve(target);
    expect(set.scopes).toEqual(["global", "tenant", "app"]);
    expect(set.rules.map((r) => `${r.id}:${r.action}:${r.scope}`)).toEqual(["extra:mask:app", "pii:tokenize:tenant"]);
    expect(set.thresholds).toEqual({ EMAIL_ADDRESS: 0.8 });
    expect(set.failMode).toBe("open");
  });

  it("model globs are case-insensitive; scopes for other tenants do not apply", () => {
    const set = p.resolve({ ...target, tenant: "t9", model: "Claude-3" });
    expect(set.scopes).toEqual(["global", "model"]);
    expect(set.rules.map((r) => r.id)).toEqual(["claude", "pii", "secrets"]);
    expect(set.failMode).toBe("closed");
  });

  it("refuses a scope whose provider matches no configured provider, with the closest name; globs need one match", () => {
    const doc = (provider: string) => parsePolicy({ scopes: [{ id: "claude", match: { provider }, failMode: "open" }] });
    const providers = ["openai", "anthropic", "demo"];
    let err: unknown;
    try {
      compilePolicy(doc("antropic"), { providers });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues).toEqual([{ path: "scopes.0.match.provider", message: expect.stringMatching(/scope 'claude' can never apply: unknown provider 'antropic'.*did you mean 'anthropic'/) }]);
    expect(() => compilePolicy(doc("azure-*"), { providers })).toThrow(ConfigError);
    expect(compilePolicy(doc("anthropic"), { providers }).resolve({ ...target, provider: "anthropic" }).failMode).toBe("open");
    expect(() => compilePolicy(doc("open*"), { providers })).not.toThrow();
    // Without the gateway's provider list (a policy file checked on its own), the name cannot be checked.
    expect(() => compilePolicy(doc("antropic"))).not.toThrow();
  });

  it("caches resolved rule sets per target", () => {
    expect(p.resolve(target)).toBe(p.resolve({ ...target }));
  });
});

describe("conflict resolution and shadow mode", () => {
  const decide = (rules: unknown[], finding = f()) => {
    const p = compilePolicy(parsePolicy({ rules }));
    return decideFindings({ part: { path: ["messages", 0, "content"], role: "user", kind: "text" }, direction: "request", findings: [finding], textClasses: [], thresholds: {}, ruleSet: p.resolve(target) });
  };

  it.each([
    [["allow", "monitor"], "monitor"],
    [["monitor", "hash", "mask"], "mask"],
    [["mask", "redact"], "redact"],
    [["redact", "tokenize"], "tokenize"],
    [["tokenize", "block", "allow"], "block"],
  ] as const)("%j → %s", (actions, want) => {
    const out = decide(actions.map((action, i) => ({ id: `r${i}`, action })));
    expect(out[0]?.entry.action).toBe(want);
    expect(out[0]?.entry.overridden?.length).toBe(actions.length - 1);
  });

  it("the first listed rule wins a tie", () => {
    expect(decide([{ id: "first", action: "redact" }, { id: "second", action: "redact" }])[0]?.entry.ruleId).toBe("first");
  });

  it("a shadow rule records what would have happened and changes nothing", () => {
    const out = decide([{ id: "mon", action: "monitor" }, { id: "shadow-block", action: "block", mode: "shadow" }]);
    expect(out[0]?.entry).toMatchObject({ action: "monitor", ruleId: "mon", shadow: { ruleId: "shadow-block", action: "block" } });
  });

  it("no matching rule: allowed, with the reason; below-threshold findings are not decided", () => {
    expect(decide([{ id: "s", match: { category: "secret" }, action: "block" }])[0]?.entry).toMatchObject({ action: "allow", ruleId: undefined, reason: "no rule matched" });
    const p = compilePolicy(parsePolicy({ thresholds: { EMAIL_ADDRESS: 0.95 }, rules: [{ id: "r", action: "block" }] }));
    const set = p.resolve(target);
    expect(decideFindings({ part: { path: [], role: "user", kind: "text" }, direction: "request", findings: [f()], textClasses: [], thresholds: set.thresholds, ruleSet: set })).toEqual([]);
  });

  it("entries never carry the value, only type, span and score", () => {
    const e = decide([{ id: "r", action: "redact" }])[0]?.entry;
    expect(e).toMatchObject({ path: "messages.0.content", type: "EMAIL_ADDRESS", start: 0, end: 5, score: 0.9, role: "user", kind: "text" });
  });
});
