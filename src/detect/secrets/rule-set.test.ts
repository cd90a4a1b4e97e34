import { describe, expect, it } from "vitest";
import { ConfigError } from "../../core/config-error.js";
import { parseSecretRuleSet, validateSecretRules } from "./rule-set.js";
import { SecretScanner } from "./secret-scanner.js";

const good = {
  id: "acme-token",
  description: "ACME API token",
  pattern: "(?<secret>acme_[A-Za-z0-9]{32})",
  keywords: ["acme_"],
  score: 0.9,
};

function issuesOf(raw: unknown): { path: string; message: string }[] {
  try {
    validateSecretRules(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return [...(e as ConfigError).issues];
  }
  return [];
}

describe("validateSecretRules", () => {
  it("accepts non-ASCII keywords in place of keywords, and rejects ASCII ones there or on anchored rules", () => {
    const uni = { ...good, id: "uni", pattern: "(?:пароль|密码):?\\s*(?<secret>[A-Za-z0-9]{8,})", flags: "u", keywords: [], unicodeKeywords: ["пароль", "密码"] };
    expect(validateSecretRules([uni])).toHaveLength(1);
    const paths = issuesOf([{ ...uni, unicodeKeywords: ["password"] }, { ...uni, id: "a", anchored: true }, { ...uni, id: "b", unicodeKeywords: [] }]).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(["rules[0](uni).unicodeKeywords[0]", "rules[1](a).unicodeKeywords", "rules[2](b).unicodeKeywords", "rules[2](b).keywords"]),
    );
    const scanner = new SecretScanner(validateSecretRules([uni]), "t");
    expect(scanner.scan("мой пароль: Abcd1234xyz").map((f) => f.type)).toEqual(["uni"]);
    expect(scanner.scan("x".repeat(200) + " é 密码 Abcd1234xyz").map((f) => f.type)).toEqual(["uni"]);
    expect(scanner.scan("password: Abcd1234xyz")).toEqual([]);
  });

  it("accepts a well-formed rule set, bare or under `rules`", () => {
    expect(validateSecretRules([good])).toHaveLength(1);
    expect(validateSecretRules({ rules: [good] })[0]?.id).toBe("acme-token");
  });

  it("collects every problem of every rule at once, naming rule and field", () => {
    const issues = issuesOf([
      good,
      { ...good, id: "Bad Id", pattern: "(unclosed", score: 2 },
      { ...good, id: "acme-token" },
      { ...good, id: "two", keywords: ["ab"], flags: "gx", secretGroup: "nope", validator: "magic", extra: 1 },
      { ...good, id: "three", keywords: [], allowlist: ["[z-a]"], window: { before: -1, after: 10 }, entropyMin: 9 },
      "not a rule",
    ]);
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "rules[1](Bad Id).id",
        "rules[1](Bad Id).pattern",
        "rules[1](Bad Id).score",
        "rules[2](acme-token).id",
        "rules[3](two).keywords[0]",
        "rules[3](two).flags",
        "rules[3](two).validator",
        "rules[3](two).extra",
        "rules[4](three).keywords",
        "rules[4](three).allowlist[0]",
        "rules[4](three).window",
        "rules[4](three).entropyMin",
        "rules[5]",
      ]),
    );
    expect(issues.find((i) => i.path === "rules[2](acme-token).id")?.message).toMatch(/duplicates rules\[0\]/);
  });

  it("checks that the secret group exists", () => {
    expect(issuesOf([{ ...good, secretGroup: 3 }]).map((i) => i.path)).toEqual(["rules[0](acme-token).secretGroup"]);
    expect(issuesOf([{ ...good, secretGroup: "missing" }])[0]?.message).toMatch(/no named group/);
    expect(issuesOf([{ ...good, secretGroup: "secret" }])).toEqual([]);
  });

  it("rejects patterns that match the empty string and non-array input", () => {
    expect(issuesOf([{ ...good, pattern: "a*" }])[0]?.message).toMatch(/empty string/);
    expect(issuesOf("rules")[0]?.path).toBe("rules");
  });

  it("checks examples: a positive's secret must occur in its text", () => {
    const issues = issuesOf([{ ...good, examples: { positive: [{ text: "x", secret: "y" }], negative: "no" } }]);
    expect(issues.map((i) => i.path)).toEqual([
      "rules[0](acme-token).examples.positive[0].secret",
      "rules[0](acme-token).examples.negative",
    ]);
  });
});

describe("parseSecretRuleSet", () => {
  it("loads YAML rules that a scanner can run", () => {
    const rules = parseSecretRuleSet(`
rules:
  - id: acme-token
    description: ACME API token
    pattern: "(?<secret>acme_[A-Za-z0-9]{32})"
    keywords: [acme_]
    entropyMin: 3
    score: 0.9
`);
    const text = "ACME=acme_Zq8Lm2Xv9Rt4Wb7Nc1Hd5Fg0Sy3Ue6Pp4K";
    const found = new SecretScanner(rules, "custom").scan(text);
    expect(found).toMatchObject([{ type: "acme-token", start: 5, end: 42, score: 0.9, category: "secret" }]);
  });

  it("reports syntax errors as a ConfigError", () => {
    expect(() => parseSecretRuleSet("rules: [ {")).toThrow(ConfigError);
  });
});
