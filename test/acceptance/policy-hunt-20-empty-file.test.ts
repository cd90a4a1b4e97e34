/**
 * Acceptance hunt 20, a policy file that is empty (or only comments): it was a valid policy with no rules, so every
 * finding was allowed. A deploy that truncates the file, an editor that empties it before writing, or a reload that
 * reads it between the two (the file is watched) turned every control off: the secret reached the provider. An empty
 * policy file is now an error: the gateway does not start on it, and a reload keeps the policy it has. A policy with
 * no rules is still possible, written as such (`rules: []`).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { ConfigError } from "../../src/core/config-error.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { upstreamText } from "./acceptance-support.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const dir = mkdtempSync(join(tmpdir(), "warden-empty-policy-hunt-"));
const file = join(dir, "policy.yaml");
const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
const REDACT = "rules:\n  - { id: secrets, match: { category: secret }, action: redact }\n";

let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;
beforeAll(async () => {
  writeFileSync(file, REDACT);
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: { file } });
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

async function keyReachesUpstream(): Promise<boolean> {
  mock.reset();
  await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `deploy with ${AWS}` }] });
  return upstreamText(mock).includes(AWS);
}

const EMPTY = ["", "\n\n", "# policy for prod\n# (rules follow)\n", "---\n"];

describe("an empty policy file", () => {
  it.each(EMPTY.map((c) => [JSON.stringify(c), c]))("a reload on %s keeps the current policy", async (_name, content) => {
    expect(await keyReachesUpstream()).toBe(false);
    writeFileSync(file, content);
    const r = t.gw.policy?.reload("test: file emptied");
    expect(r?.ok).toBe(false);
    expect(await keyReachesUpstream()).toBe(false);
    writeFileSync(file, REDACT);
    t.gw.policy?.reload("test: restored");
  });

  it("the gateway does not start on it", async () => {
    const empty = join(dir, "empty.yaml");
    writeFileSync(empty, "");
    const err = await startTestGateway({ ...mockConfig(mock.url), policy: { file: empty } }).then(
      async (g) => {
        await g.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect(String((err as ConfigError).message)).toMatch(/empty/);
  });

  it("warden policy validate exits 2; `rules: []` is a policy with no rules", async () => {
    const run = async (content: string) => {
      const f = join(dir, `p${Math.random().toString(36).slice(2)}.yaml`);
      writeFileSync(f, content);
      let err = "";
      const o = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
      const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
      try {
        return { code: await main(["node", "warden", "policy", "validate", f]), err };
      } finally {
        o.mockRestore();
        e.mockRestore();
        process.exitCode = undefined;
      }
    };
    const empty = await run("# nothing yet\n");
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/empty/);
    expect((await run("rules: []\n")).code).toBe(0);
  });
});
