/**
 * Acceptance hunt 20, policy files that are not YAML a policy can be read from: a file of aliases that expands
 * exponentially (a "billion laughs" document) was refused by the YAML library with a plain Error, so `warden policy
 * validate` exited 1 (the code of a failed check, not 2 of an invalid file) without naming the file, and a gateway
 * starting on it failed with no ConfigError; bytes that are not UTF-8 were read with replacement characters and
 * reported as an unknown key `'�� rules'`. Both are now invalid files, named, with exit code 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { ConfigError } from "../../src/core/config-error.js";
import { mockConfig, startTestGateway } from "../support/test-gateway.js";

const dir = mkdtempSync(join(tmpdir(), "warden-bad-yaml-hunt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BOMB = join(dir, "bomb.yaml");
writeFileSync(
  BOMB,
  ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...["b", "c", "d", "e", "f"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcde"[i]}`).join(",")}]`), "rules: []", ""].join("\n"),
);
const LATIN1 = join(dir, "latin1.yaml");
writeFileSync(LATIN1, Buffer.concat([Buffer.from("rules:\n  - { id: caf"), Buffer.from([0xe9]), Buffer.from(", match: { category: secret }, action: redact }\n")]));

async function validate(file: string): Promise<{ code: number; err: string }> {
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

describe("a policy file that cannot be read as YAML text", () => {
  it.each([
    ["a document of aliases that expands exponentially", BOMB, /alias/i],
    ["bytes that are not UTF-8", LATIN1, /UTF-8/],
  ])("%s: warden policy validate exits 2 naming the file", async (_name, file, message) => {
    const { code, err } = await validate(file);
    expect(code).toBe(2);
    expect(err).toContain(file);
    expect(err).toMatch(message);
    expect(err).not.toContain("\ufffd");
  });

  it.each([BOMB, LATIN1])("a gateway starting on %s refuses with a ConfigError", async (file) => {
    const err = await startTestGateway({ ...mockConfig("http://127.0.0.1:9"), policy: { file } }).then(
      async (g) => {
        await g.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
  });
});
