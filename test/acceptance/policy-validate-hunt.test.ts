/**
 * Acceptance hunt, invalid policies: every problem is reported at once, with its path. A schema error (a bad
 * action) or a broken custom rule must not hide a rule elsewhere that names an unknown entity type or detector,
 * in `warden policy validate` and when a gateway starts with the policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { ConfigError } from "../../src/core/config-error.js";
import { mockConfig, startTestGateway } from "../support/test-gateway.js";

const dir = mkdtempSync(join(tmpdir(), "warden-policy-hunt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(yaml: string): Promise<{ code: number; err: string }> {
  const file = join(dir, `p${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, yaml);
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(["node", "warden", "policy", "validate", file]), err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

const SCHEMA_AND_NAME = ["rules:", "  - { id: a, match: { type: EMAIL_ADDRESS }, action: zap }", "  - { id: b, match: { type: EMAIL_ADRESS }, action: block }", ""].join("\n");
const CUSTOM_AND_NAMES = [
  "detection:",
  "  customRules:",
  '    - { id: bad, pattern: "([a-z" }',
  '    - { id: tickets, pattern: "T-[0-9]{6}" }',
  "rules:",
  "  - { id: b, match: { type: EMAIL_ADRESS }, action: block }",
  "  - { id: t, match: { type: TICKETS }, action: redact }",
  "scopes:",
  "  - id: s",
  "    match: { tenant: t1 }",
  "    rules:",
  "      - { id: c, match: { detector: pii.emial }, action: redact }",
  "",
].join("\n");

describe("warden policy validate reports every problem at once", () => {
  it("a bad action and, in another rule, an unknown entity type", async () => {
    const { code, err } = await validate(SCHEMA_AND_NAME);
    expect(code).toBe(2);
    expect(err).toContain("rules.0.action");
    expect(err).toMatch(/rules\.1\.match\.type: rule 'b' can never match: unknown entity type 'EMAIL_ADRESS' \(did you mean 'EMAIL_ADDRESS'\?\)/);
  });

  it("a broken custom rule, and rules naming an unknown type and an unknown detector (its valid sibling's type is known)", async () => {
    const { code, err } = await validate(CUSTOM_AND_NAMES);
    expect(code).toBe(2);
    expect(err).toContain("detection.customRules[0] (bad).pattern");
    expect(err).toContain("rules.0.match.type: rule 'b' can never match");
    expect(err).toContain("scopes.0.rules.0.match.detector: rule 'c' can never match: unknown detector 'pii.emial'");
    expect(err).not.toContain("TICKETS");
  });
});

describe("a gateway refuses to start, listing every problem", () => {
  it.each([
    ["schema and name", SCHEMA_AND_NAME, ["rules.0.action", "rules.1.match.type"]],
    ["custom rule and names", CUSTOM_AND_NAMES, ["customRules[0] (bad).pattern", "rules.0.match.type", "scopes.0.rules.0.match.detector"]],
  ])("%s", async (_name, yaml, paths) => {
    const file = join(dir, `g${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, yaml);
    const err = await startTestGateway({ ...mockConfig("http://127.0.0.1:9"), policy: { file } }).then(
      async (t) => {
        await t.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    const text = (err as ConfigError).issues.map((i) => `${i.path}: ${i.message}`).join("\n");
    for (const p of paths) expect(text).toContain(p);
  });
});
