/**
 * `vault.key: { kms }`: the first replica generates the vault key, a KMS wraps it, the wrapped form is kept in the
 * shared store; every replica unwraps the same key (so tokens restore across replicas) and no key is on disk.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const EMAIL = "jane.doe@acme-corp.com";
const KMS_MODULE = fileURLToPath(new URL("./fixtures/test-kms.mjs", import.meta.url));
const kmsKey = randomBytes(32).toString("hex");
const prefix = `wtest-kms-${randomBytes(4).toString("hex")}:`;
const redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true });

let mock: MockUpstream;
let a: TestGateway;
let b: TestGateway;
let dataDir: string;
const config = (key: string) => ({
  ...mockConfig(mock.url),
  audit: { enabled: false },
  redis: { url: "redis://127.0.0.1:6379", keyPrefix: prefix },
  vault: { backend: "redis", key: { kms: { type: "module", module: KMS_MODULE, options: { key } } } },
  policy: { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] },
});
beforeAll(async () => {
  mock = await startMockUpstream();
  dataDir = tempDir("warden-vault-kms-");
  [a, b] = await Promise.all([startTestGateway(config(kmsKey), { dataDir }), startTestGateway(config(kmsKey), { dataDir })]);
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

describe("vault key wrapped by a KMS", () => {
  it("replicas started together share one key: A tokenizes, B restores", async () => {
    const headers = { "x-warden-conversation": "kms" };
    mock.use(reply.json(chatCompletion("noted")));
    await new OpenAI({ apiKey: a.key, baseURL: `${a.url}/v1`, maxRetries: 0, defaultHeaders: headers }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `mail ${EMAIL}` }],
    });
    const token = mock.last.raw.toString("utf8").match(/⟦EMAIL_ADDRESS_[0-9a-f]+⟧/)?.[0] ?? "missing";
    mock.use(reply.json(chatCompletion(`it is ${token}`)));
    const res = await new OpenAI({ apiKey: a.key, baseURL: `${b.url}/v1`, maxRetries: 0, defaultHeaders: headers }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "what is it?" }],
    });
    expect(res.choices[0]?.message.content).toBe(`it is ${EMAIL}`);
  });

  it("the store keeps only the wrapped key; no key file is written", async () => {
    const wrapped = await redis.getBuffer(`${prefix}vault-key`);
    expect(wrapped?.length).toBe(12 + 16 + 32);
    expect(readdirSync(dataDir).filter((f) => f.includes("vault"))).toEqual([]);
  });

  it("a replica whose KMS cannot unwrap the stored key does not start", async () => {
    await expect(startTestGateway(config(randomBytes(32).toString("hex")), { dataDir })).rejects.toThrow();
  });
});
