/**
 * Mappings expire `vault.ttlSeconds` after the conversation's last use, on every replica: after the TTL, a token
 * tokenized through replica A is no longer restored by replica B, and the shared store has dropped it.
 */
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Redis } from "ioredis";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const EMAIL = "jane.doe@acme-corp.com";
const prefix = `wtest-ttl-${randomBytes(4).toString("hex")}:`;

let mock: MockUpstream;
let a: TestGateway;
let b: TestGateway;
let dataDir: string;
const redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true });
beforeAll(async () => {
  mock = await startMockUpstream();
  dataDir = tempDir("warden-vault-ttl-");
  const keyFile = join(dataDir, "shared.key");
  writeFileSync(keyFile, randomBytes(32).toString("hex"));
  const cfg = {
    ...mockConfig(mock.url),
    audit: { enabled: false },
    redis: { url: "redis://127.0.0.1:6379", keyPrefix: prefix },
    vault: { key: { file: keyFile } }, // backend auto: Redis is set and so is the key
    policy: { vault: { ttlSeconds: 1 }, rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] },
  };
  a = await startTestGateway(cfg, { dataDir });
  b = await startTestGateway(cfg, { dataDir });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  await mock?.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("vault TTL across replicas", () => {
  it("restored within the TTL, not after it; the store drops the conversation", async () => {
    const headers = { "x-warden-conversation": "ttl" };
    const viaA = new OpenAI({ apiKey: a.key, baseURL: `${a.url}/v1`, maxRetries: 0, defaultHeaders: headers });
    const viaB = new OpenAI({ apiKey: a.key, baseURL: `${b.url}/v1`, maxRetries: 0, defaultHeaders: headers });
    mock.use(reply.json(chatCompletion("noted")));
    await viaA.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `mail ${EMAIL}` }] });
    const token = mock.last.raw.toString("utf8").match(/⟦EMAIL_ADDRESS_[0-9a-f]+⟧/)?.[0] ?? "missing";
    const [key] = await redis.keys(`${prefix}vault:*`);
    const pttl = await redis.pttl(key ?? "none");
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(1000);

    mock.use(reply.json(chatCompletion(`it is ${token}`)));
    const ask = () => viaB.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "what is it?" }] });
    expect((await ask()).choices[0]?.message.content).toBe(`it is ${EMAIL}`);

    await new Promise((r) => setTimeout(r, 1_300));
    expect(await redis.exists(key ?? "none")).toBe(0);
    expect((await ask()).choices[0]?.message.content).toBe(`it is ${token}`);
  });
});
