/**
 * Vault configuration at start-up: shared backends without a usable key are refused with an error naming the
 * field; `sql` on SQLite creates its key and keeps tokens across a restart of the one node.
 */
import { rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, tempDir } from "../support/test-gateway.js";

const EMAIL = "jane.doe@acme-corp.com";
const POLICY = { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] };

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock?.close();
});

describe("vault config", () => {
  const base = () => ({ ...mockConfig(mock.url), audit: { enabled: false }, policy: POLICY });

  it.each([
    { name: "redis without a key", patch: { redis: { url: "redis://127.0.0.1:6379" }, vault: { backend: "redis" } }, path: "vault.key" },
    { name: "redis without the redis section", patch: { vault: { backend: "redis", key: { env: "WARDEN_TEST_VAULT_KEY_SET" } } }, path: "vault.backend" },
    { name: "postgres without a key", patch: { store: { type: "postgres", url: "postgres://postgres@127.0.0.1:5432/test" }, vault: { backend: "sql" } }, path: "vault.key" },
    { name: "a key env var that is not set", patch: { vault: { backend: "sql", key: { env: "WARDEN_TEST_VAULT_KEY_UNSET" } } }, path: "vault.key.env" },
    { name: "a key file that is not 32 bytes", patch: { vault: { backend: "sql", key: { file: "SHORT" } } }, path: "vault.key" },
    { name: "a key file that does not exist", patch: { vault: { backend: "sql", key: { file: "/nonexistent/vault.key" } } }, path: "vault.key.file" },
  ])("refuses to start: $name", async ({ patch, path }) => {
    process.env["WARDEN_TEST_VAULT_KEY_SET"] = "a".repeat(64);
    const dir = tempDir("warden-vault-cfg-");
    const p = structuredClone(patch) as { vault: { key?: { file?: string } } };
    if (p.vault.key?.file === "SHORT") {
      p.vault.key.file = join(dir, "short.key");
      writeFileSync(p.vault.key.file, "abcd");
    }
    const err = await startTestGateway({ ...base(), ...p }).then(
      async (t) => {
        await t.close();
        return undefined;
      },
      (e: unknown) => e as { code?: string; issues?: { path: string }[] },
    );
    rmSync(dir, { recursive: true, force: true });
    expect(err?.code).toBe("WARDEN_CONFIG_INVALID");
    expect(err?.issues?.map((i) => i.path)).toContain(path);
  });

  it("sql on SQLite: creates <dataDir>/vault.key (0600) and restores tokens after a restart", async () => {
    const dataDir = tempDir("warden-vault-restart-");
    const cfg = { ...base(), vault: { backend: "sql" } };
    const first = await startTestGateway(cfg, { dataDir });
    expect(statSync(join(dataDir, "vault.key")).mode & 0o777).toBe(0o600);
    const headers = { "x-warden-conversation": "restart" };
    mock.use(reply.json(chatCompletion("noted")));
    await new OpenAI({ apiKey: first.key, baseURL: `${first.url}/v1`, maxRetries: 0, defaultHeaders: headers }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `mail ${EMAIL}` }],
    });
    const token = mock.last.raw.toString("utf8").match(/⟦EMAIL_ADDRESS_[0-9a-f]+⟧/)?.[0] ?? "missing";
    await first.close();

    const second = await startTestGateway(cfg, { dataDir });
    mock.use(reply.json(chatCompletion(`it was ${token}`)));
    const res = await new OpenAI({ apiKey: first.key, baseURL: `${second.url}/v1`, maxRetries: 0, defaultHeaders: headers }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "what was it?" }],
    });
    expect(res.choices[0]?.message.content).toBe(`it was ${EMAIL}`);
    await second.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
