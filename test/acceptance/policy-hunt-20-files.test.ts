/**
 * Acceptance hunt 20, a policy split over several files (`policy: { files: [base.yaml, overrides.yaml] }`, or
 * `warden policy validate base.yaml overrides.yaml`): the files are merged in order (rules and scopes concatenated),
 * and a problem must be reported where it is, by file and by the path in that file. It was reported by its index in
 * the merged list (`rules.2.action` for the first rule of the second file), under the names of all the files, so
 * the path led to no rule at all, or to a good rule of the other file.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { ConfigError } from "../../src/core/config-error.js";
import { mockConfig, startTestGateway } from "../support/test-gateway.js";

const dir = mkdtempSync(join(tmpdir(), "warden-policy-files-hunt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, lines: string[]): string => {
  const p = join(dir, name);
  writeFileSync(p, `${lines.join("\n")}\n`);
  return p;
};
const BASE = file("base.yaml", [
  "failMode: closed",
  "rules:",
  "  - { id: secrets, match: { category: secret }, action: redact }",
  "  - { id: email, match: { type: EMAIL_ADDRESS }, action: tokenize }",
  "scopes:",
  "  - { id: acme, match: { tenant: acme }, rules: [] }",
]);
// A schema error, an unknown type and a rule id already used in base.yaml.
const BAD_SCHEMA = file("overrides.yaml", [
  "rules:",
  "  - { id: people, match: { type: PERSN }, action: redactt }",
  "  - { id: secrets, match: { category: pii }, action: block }",
  "scopes:",
  "  - id: beta",
  "    match: { tenant: beta }",
  "    rules:",
  "      - { id: b1, match: { category: pii }, action: zap }",
]);
// Valid for the schema: only the compile step finds the unknown type and detector.
const BAD_NAMES = file("names.yaml", [
  "failMode: open",
  "rules:",
  "  - { id: people, match: { type: PERSN }, action: redact }",
  "scopes:",
  "  - id: beta",
  "    match: { tenant: beta }",
  "    rules:",
  "      - { id: b1, match: { detector: pii.emial }, action: block }",
]);

async function validate(files: string[]): Promise<{ code: number; err: string }> {
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(["node", "warden", "policy", "validate", ...files]), err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

const lines = (err: string): string[] => err.split("\n").filter((l) => l.startsWith("  - ")).map((l) => l.slice(4));

describe("problems in the second of two policy files are reported in that file, at its own paths", () => {
  it("warden policy validate: schema errors and a duplicate id", async () => {
    const { code, err } = await validate([BASE, BAD_SCHEMA]);
    expect(code).toBe(2);
    const found = lines(err);
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${BAD_SCHEMA}: rules\\.0\\.action: Invalid enum value`)));
    expect(found).toContainEqual(`${BAD_SCHEMA}: rules.0.match.type: rule 'people' can never match: unknown entity type 'PERSN' (did you mean 'PERSON'?)`);
    expect(found).toContainEqual(`${BAD_SCHEMA}: rules.1.id: duplicate rule id 'secrets'`);
    expect(found).toContainEqual(expect.stringMatching(new RegExp(`^${BAD_SCHEMA}: scopes\\.0\\.rules\\.0\\.action: Invalid enum value`)));
    expect(err).not.toMatch(/rules\.[23]\b|scopes\.1\b/);
  });

  it("warden policy validate: names only the compile step checks", async () => {
    const { code, err } = await validate([BASE, BAD_NAMES]);
    expect(code).toBe(2);
    expect(lines(err).sort()).toEqual(
      [
        `${BAD_NAMES}: rules.0.match.type: rule 'people' can never match: unknown entity type 'PERSN' (did you mean 'PERSON'?)`,
        `${BAD_NAMES}: scopes.0.rules.0.match.detector: rule 'b1' can never match: unknown detector 'pii.emial' (did you mean 'pii.email'?)`,
      ].sort(),
    );
  });

  it("a gateway started on the files refuses with the same paths", async () => {
    for (const [bad, expected] of [
      [BAD_SCHEMA, `${BAD_SCHEMA}: rules.0.action`],
      [BAD_NAMES, `${BAD_NAMES}: rules.0.match.type`],
    ] as const) {
      const err = await startTestGateway({ ...mockConfig("http://127.0.0.1:9"), policy: { files: [BASE, bad] } }).then(
        async (t) => {
          await t.close();
          return undefined;
        },
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).issues.map((i) => i.path)).toContain(expected);
    }
  });

  it("a problem in the first file keeps its own paths", async () => {
    const first = file("first.yaml", ["rules:", "  - { id: a, match: { category: secret }, action: redact }", "  - { id: b, match: { type: EMIAL_ADDRESS }, action: redact }"]);
    const { code, err } = await validate([first, BASE]);
    expect(code).toBe(2);
    expect(lines(err)).toEqual([`${first}: rules.1.match.type: rule 'b' can never match: unknown entity type 'EMIAL_ADDRESS' (did you mean 'EMAIL_ADDRESS'?)`]);
  });
});
