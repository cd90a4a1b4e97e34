/**
 * A shared vault store that cannot be reached: calls that need the vault are refused with
 * WARDEN_VAULT_UNAVAILABLE (fail-closed, nothing reaches the upstream), unless the policy's failMode is `open`.
 */
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const EMAIL = "jane.doe@acme-corp.com";
const RULES = [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }];
/** Nothing listens on port 1 of the loopback: connections are refused at once. */
const DOWN = [
  { name: "redis", patch: { redis: { url: "redis://127.0.0.1:1", connectTimeoutMs: 200, commandTimeoutMs: 200 }, vault: { backend: "redis" } } },
  { name: "postgres", patch: { store: { type: "postgres", url: "postgres://postgres@127.0.0.1:1/test" }, vault: { backend: "sql" } } },
] as const;

let mock: MockUpstream;
let dir: string;
let keyFile: string;
beforeAll(async () => {
  mock = await startMockUpstream();
  dir = tempDir("warden-vault-down-");
  keyFile = join(dir, "vault.key");
  writeFileSync(keyFile, randomBytes(32).toString("base64"));
});
afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(DOWN)("vault store down: $name", ({ patch }) => {
  let closed: TestGateway;
  let open: TestGateway;
  beforeAll(async () => {
    const base = { ...mockConfig(mock.url), ...patch, vault: { ...patch.vault, key: { file: keyFile } }, audit: { enabled: false } };
    closed = await startTestGateway({ ...base, policy: { rules: RULES } });
    open = await startTestGateway({ ...base, policy: { failMode: "open", rules: RULES } });
  });
  afterAll(async () => {
    await closed?.close();
    await open?.close();
  });

  it("fail-closed (default): refused with WARDEN_VAULT_UNAVAILABLE, nothing forwarded, no internals", async () => {
    mock.use(reply.json(chatCompletion("ok")));
    const res = await postJson(`${closed.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: `mail ${EMAIL}` }] }, closed.key);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe("WARDEN_VAULT_UNAVAILABLE");
    expect(text).not.toContain(EMAIL);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    expect(mock.requests).toHaveLength(0);
  });

  it("failMode open: forwarded with the value tokenized (mappings kept on this replica), restored for the caller", async () => {
    mock.use((req, res) => {
      const token = JSON.stringify(req.body).match(/⟦EMAIL_ADDRESS_[0-9a-f]+⟧/)?.[0] ?? "none";
      return reply.json(chatCompletion(`you said ${token}`))(req, res, 0);
    });
    const res = await postJson(`${open.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: `mail ${EMAIL}` }] }, open.key);
    expect(res.status).toBe(200);
    expect(mock.last.raw.toString()).not.toContain(EMAIL);
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe(`you said ${EMAIL}`);
  });
});
