import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { parse as parseYamlText } from "yaml";
import { main } from "../../src/cli/main.js";
import { compilePolicy } from "../../src/decide/compile-policy.js";
import { DEFAULT_POLICY } from "../../src/decide/default-policy.js";
import { loadPolicyFiles } from "../../src/decide/load-policy.js";
import { policyJsonSchema } from "../../src/decide/policy-json-schema.js";

const FIX = join(import.meta.dirname, "fixtures");
const SCHEMA_FILE = join(import.meta.dirname, "../../schema/policy.schema.json");
const DOCS = join(import.meta.dirname, "../../docs/policy.md");
const dir = mkdtempSync(join(tmpdir(), "warden-policy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** YAML blocks in docs/policy.md that are whole policies (start with a `# policy` comment line). */
function docPolicies(): { i: number; doc: unknown }[] {
  const md = readFileSync(DOCS, "utf8");
  return [...md.matchAll(/```yaml\n# policy\n([\s\S]*?)```/g)].map((m, i) => ({ i, doc: parseYamlText(m[1] as string) as unknown }));
}

describe("published JSON Schema", () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, unknown>;
  const validate = new Ajv({ strict: false, useDefaults: false }).compile(schema);

  it("is up to date with the zod schema (regenerate: warden policy schema > schema/policy.schema.json)", () => {
    expect(schema).toEqual(policyJsonSchema());
  });

  it("accepts the example policy, the default policy and every policy in docs/policy.md", () => {
    const docs = [parseYamlText(readFileSync(join(FIX, "example-policy.yaml"), "utf8")), DEFAULT_POLICY, ...docPolicies().map((d) => d.doc)];
    expect(docs.length).toBeGreaterThan(3);
    for (const d of docs) expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects what the loader rejects", () => {
    expect(validate({ rules: [{ id: "x", action: "zap" }] })).toBe(false);
    expect(validate({ rules: [{ id: "x", action: "block", extra: 1 }] })).toBe(false);
  });

  it("every policy in docs/policy.md also loads and compiles", () => {
    for (const { i, doc } of docPolicies()) {
      const f = join(dir, `doc-${i}.yaml`);
      writeFileSync(f, JSON.stringify(doc));
      expect(() => compilePolicy(loadPolicyFiles([f]))).not.toThrow();
    }
  });
});

describe("warden policy", () => {
  let out = "";
  let err = "";
  const run = async (...args: string[]) => {
    out = "";
    err = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
    const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
    process.exitCode = undefined;
    try {
      return await main(["node", "warden", ...args]);
    } finally {
      o.mockRestore();
      e.mockRestore();
      process.exitCode = undefined;
    }
  };
  afterEach(() => vi.restoreAllMocks());

  it("validate: prints the version of a good policy", async () => {
    expect(await run("policy", "validate", join(FIX, "example-policy.yaml"))).toBe(0);
    expect(out).toMatch(/^ok: 6 rule\(s\), 2 scope\(s\), version [0-9a-f]{64}\n$/);
  });

  it("validate: exits 2 listing every problem with its path", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "rules:\n  - id: a\n    action: zap\n  - id: a\n    action: block\n    match: { role: robot }\nfailMode: sometimes\n");
    expect(await run("policy", "validate", bad)).toBe(2);
    expect(err).toContain("rules.0.action");
    expect(err).toContain("rules.1.match.role");
    expect(err).toContain("failMode");
  });

  it("validate: a rule naming an unknown type or detector is an error naming the rule and the nearest name", async () => {
    const typo = join(dir, "typo.yaml");
    writeFileSync(
      typo,
      [
        "rules:",
        "  - id: block-email",
        "    match: { type: EMAIL_ADRESS }",
        "    action: block",
        "  - id: block-custom",
        "    match: { detector: custom.nonexistent }",
        "    action: block",
        "scopes:",
        "  - match: { tenant: acme }",
        "    rules:",
        "      - id: scoped",
        "        match: { type: [PERSON, PHONE_NUMBR], detector: 'pii.*' }",
        "        action: redact",
        "      - id: no-glob-hit",
        "        match: { type: 'EMAIL_ADRESS*' }",
        "        action: redact",
        "",
      ].join("\n"),
    );
    expect(await run("policy", "validate", typo)).toBe(2);
    expect(err).toContain("rules.0.match.type: rule 'block-email' can never match: unknown entity type 'EMAIL_ADRESS' (did you mean 'EMAIL_ADDRESS'?)");
    expect(err).toContain("rules.1.match.detector: rule 'block-custom' can never match: unknown detector 'custom.nonexistent'");
    expect(err).toContain("scopes.0.rules.0.match.type: rule 'scoped' can never match: unknown entity type 'PHONE_NUMBR' (did you mean 'PHONE_NUMBER'?)");
    expect(err).toContain("scopes.0.rules.1.match.type: rule 'no-glob-hit'");
    expect(err).not.toContain("pii.*");
    expect(out).toBe("");
  });

  it("validate: custom rules, PII scanner ids, enforcement findings and globs are known names", async () => {
    const good = join(dir, "known.yaml");
    writeFileSync(
      good,
      [
        "detection:",
        "  customRules:",
        "    - { id: project-code, pattern: 'PRJ-[0-9]{4}', type: PROJECT_CODE }",
        "rules:",
        "  - { id: a, match: { detector: custom.project-code, type: PROJECT_CODE }, action: block }",
        "  - { id: b, match: { detector: [pii.email, pii.phone, 'secret.*'], type: [EMAIL_ADDRESS, 'aws-*'] }, action: redact }",
        "  - { id: c, match: { type: [SYSTEM_PROMPT_LEAK, CANARY, INJECTED_TOOL_CALL, UNSCANNED_IMAGE] }, action: block }",
        "",
      ].join("\n"),
    );
    expect(await run("policy", "validate", good)).toBe(0);
    expect(err).toBe("");
  });

  it("validate: a bad enum value lists the values allowed, for one value and in a list", async () => {
    const bad = join(dir, "enum.yaml");
    writeFileSync(bad, "rules:\n  - id: a\n    action: block\n    match: { role: robot, category: [pii, secrets], dataClass: [] }\n");
    expect(await run("policy", "validate", bad)).toBe(2);
    expect(err).toContain('rules.0.match.role: "robot" is not one of: system, developer, user, assistant, tool (one value or a list)');
    expect(err).toMatch(/rules\.0\.match\.category: "secrets" is not one of: pii, secret, .*injection/);
    expect(err).toContain("rules.0.match.dataClass: an empty list: give one or more of: PII");
    expect(err).not.toContain("Invalid input");
  });

  it("test: passes the example cases", async () => {
    expect(await run("policy", "test", join(FIX, "example-policy.yaml"), "--cases", join(FIX, "example-cases.yaml"))).toBe(0);
    expect(out).toMatch(/10 passed, 0 failed/);
  });

  it("test: exits 1 on a mismatch and never prints the sample's values", async () => {
    const cases = join(dir, "cases.yaml");
    writeFileSync(cases, 'cases:\n  - name: wrong\n    text: "mail jane.doe@acme-corp.com"\n    expect: { outcome: allow, actions: { EMAIL_ADDRESS: block } }\n');
    expect(await run("policy", "test", join(FIX, "example-policy.yaml"), "--cases", cases)).toBe(1);
    expect(out).toContain("FAIL  wrong");
    expect(out).toContain("outcome: expected allow, got transform");
    expect(out).toContain("EMAIL_ADDRESS: expected block, got tokenize");
    expect(out).not.toContain("jane.doe");
  });
});
