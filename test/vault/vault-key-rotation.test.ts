/**
 * Rotating the vault key (docs/policy.md, "Rotating the vault key"), per backend, with gateways restarted on the
 * same store: mappings sealed under the old key are restored once it is in `vault.previousKeys` (and the same
 * value keeps its token: the token key outlives the rotation). Mappings are sealed under per tenant and period data
 * keys wrapped by the vault key: a data key a replica uses while both keys are configured is wrapped again under the
 * new one, so its mappings still restore once the old key is removed; another tenant's, which nobody used meanwhile,
 * fail closed with `WARDEN_VAULT_KEY_UNKNOWN`; `warden vault rekey` wraps it again under the new key, after which the
 * old key is no longer needed. A store whose token key only a removed key opens refuses the start.
 */
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { chatChunks, chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";
import { vaultBackends } from "./vault-replicas.js";

const POLICY = { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] };
const TOKEN = /⟦EMAIL_ADDRESS_[0-9a-f]{6,16}⟧/;
const EMAIL = "jane.doe@acme-corp.com";
const EMAIL2 = "j.doe.private@mailbox.org";

const { backends: BACKENDS, drop } = vaultBackends("wrot");

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock?.close();
  await drop();
});

describe.each(BACKENDS)("vault key rotation: $name", ({ patch }) => {
  let dataDir: string;
  let oldKey: string;
  let newKey: string;
  let apiKey = "";
  /** A key of another tenant (t2), whose data key nobody uses while both vault keys are configured. */
  let otherKey = "";
  let gw: TestGateway | undefined;
  const config = (vault: Record<string, unknown>) => ({ ...mockConfig(mock.url), ...patch, vault: { ...patch.vault, ...vault }, audit: { enabled: false }, policy: POLICY });
  const start = async (vault: Record<string, unknown>) => {
    await gw?.close();
    gw = await startTestGateway(config(vault), { dataDir });
    apiKey ||= gw.key;
    otherKey ||= gw.gw.keys.create({ tenant: "t2", app: "a1", roles: ["app"] }).key;
    return new OpenAI({ apiKey, baseURL: `${gw.url}/v1`, maxRetries: 0, defaultHeaders: { "x-warden-conversation": "rotation" } });
  };
  const ask = (client: OpenAI, text: string) => client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
  const tokenSent = () => mock.last.raw.toString("utf8").match(TOKEN)?.[0] ?? "missing";

  beforeAll(() => {
    dataDir = tempDir("warden-vault-rot-");
    oldKey = join(dataDir, "old.key");
    newKey = join(dataDir, "new.key");
    writeFileSync(oldKey, randomBytes(32).toString("hex"));
    writeFileSync(newKey, randomBytes(32).toString("hex"));
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  let oldToken = "";
  let newToken = "";
  let otherToken = "";
  const other = () => new OpenAI({ apiKey: otherKey, baseURL: `${gw?.url ?? ""}/v1`, maxRetries: 0, defaultHeaders: { "x-warden-conversation": "rotation" } });
  it("a mapping sealed under the old key is restored after the rotation; the value keeps its token", async () => {
    let client = await start({ key: { file: oldKey } });
    mock.use(reply.json(chatCompletion("noted")));
    await ask(client, `my email is ${EMAIL}`);
    oldToken = tokenSent();
    expect(oldToken).toMatch(TOKEN);
    await ask(other(), `mine is ${EMAIL}`);
    otherToken = tokenSent();
    expect(otherToken).toMatch(TOKEN);

    client = await start({ key: { file: newKey }, previousKeys: [{ file: oldKey }] });
    mock.use(reply.json(chatCompletion(`It is ${oldToken}.`)));
    expect((await ask(client, "what is it?")).choices[0]?.message.content).toBe(`It is ${EMAIL}.`);
    mock.use(reply.json(chatCompletion("ok")));
    await ask(client, `again ${EMAIL}`);
    expect(tokenSent()).toBe(oldToken);
    await ask(client, `and ${EMAIL2}`);
    newToken = tokenSent();
    expect(newToken).toMatch(TOKEN);
    expect(newToken).not.toBe(oldToken);
  });

  it("with the old key removed: the tenant's mappings restore (its data key was wrapped again when used), the other tenant's fail closed with WARDEN_VAULT_KEY_UNKNOWN", async () => {
    const client = await start({ key: { file: newKey } });
    mock.use(reply.json(chatCompletion(`New: ${newToken}.`)));
    expect((await ask(client, "new?")).choices[0]?.message.content).toBe(`New: ${EMAIL2}.`);
    mock.use(reply.json(chatCompletion(`Old: ${oldToken}.`)));
    expect((await ask(client, "old?")).choices[0]?.message.content).toBe(`Old: ${EMAIL}.`);
    mock.use(reply.json(chatCompletion(`Old: ${otherToken}.`)));
    const err = await ask(other(), "old?").then(
      () => undefined,
      (e: unknown) => e as { status?: number; code?: string; message?: string },
    );
    expect(err?.status).toBe(500);
    expect(err?.code).toBe("WARDEN_VAULT_KEY_UNKNOWN");
    expect(JSON.stringify(err)).not.toContain(EMAIL);
    // Streamed: refused the same way (before the first byte, as here, a normal error response; later, the stream's
    // error event), never the token or the value.
    mock.use(reply.sse(chatChunks(["Old: ", otherToken.slice(0, 6), otherToken.slice(6), " done"])));
    let text = "";
    const failed = await (async () => {
      const stream = await other().chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "old, streamed?" }] });
      for await (const c of stream) text += c.choices[0]?.delta.content ?? "";
    })().then(
      () => undefined,
      (e: unknown) => e as { code?: string; error?: { code?: string } },
    );
    expect(failed?.code ?? failed?.error?.code).toBe("WARDEN_VAULT_KEY_UNKNOWN");
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(otherToken.slice(6));
  });

  it("`warden vault rekey` seals the old mappings under the new key; then the old key is not needed", async () => {
    await gw?.close();
    gw = undefined;
    const file = join(dataDir, "warden.yaml");
    // JSON is YAML: the gateway's config with both keys, as an operator runs the command.
    writeFileSync(file, JSON.stringify({ ...config({ key: { file: newKey }, previousKeys: [{ file: oldKey }] }), dataDir }));
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(["node", "warden", "vault", "rekey", "-c", file]);
    } finally {
      process.stdout.write = write;
      process.exitCode = undefined;
    }
    expect(code).toBe(0);
    // every mapping is under a data key: none is sealed again, t2's data key is wrapped again under the new key
    expect(out.join("")).toMatch(/: 0 mapping\(s\) sealed again, 3 already current, 0 unreadable .*; 1 data key\(s\) wrapped again, 0 unreadable/);

    const client = await start({ key: { file: newKey } });
    mock.use(reply.json(chatCompletion(`Old: ${oldToken}, new: ${newToken}.`)));
    expect((await ask(client, "both?")).choices[0]?.message.content).toBe(`Old: ${EMAIL}, new: ${EMAIL2}.`);
    mock.use(reply.json(chatCompletion(`Old: ${otherToken}.`)));
    expect((await ask(other(), "old?")).choices[0]?.message.content).toBe(`Old: ${EMAIL}.`);
  });

  it("a store whose token key only a removed key opens refuses the start (fail closed)", async () => {
    await gw?.close();
    gw = undefined;
    const stranger = join(dataDir, "stranger.key");
    writeFileSync(stranger, randomBytes(32).toString("hex"));
    const err = await startTestGateway(config({ key: { file: stranger } }), { dataDir }).then(
      async (t) => {
        await t.close();
        return undefined;
      },
      (e: unknown) => e as { code?: string; issues?: { path: string; message: string }[] },
    );
    expect(err?.code).toBe("WARDEN_CONFIG_INVALID");
    expect(err?.issues?.[0]?.path).toBe("vault.previousKeys");
    expect(err?.issues?.[0]?.message).toMatch(/sealed under vault key [0-9a-f]{8}/);
  });
});
