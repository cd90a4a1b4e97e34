import { rmSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import Anthropic from "@anthropic-ai/sdk";
import Database from "better-sqlite3";
import OpenAI from "openai";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateApiKey } from "../../src/authenticate/api-key.js";
import { Authenticator } from "../../src/authenticate/authenticate.js";
import { keyState } from "../../src/authenticate/key-state.js";
import type { KeyStore } from "../../src/authenticate/key-store.js";
import { SqliteKeyStore } from "../../src/authenticate/sqlite-key-store.js";
import { parseConfig } from "../../src/config/load-config.js";
import { WardenError } from "../../src/core/warden-error.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";
import { expectErrorResponse } from "../support/expect-error.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

/** A key for `id` with a fresh secret and a correct checksum (the format's CRC32 in 6 base62 digits). */
function forgedKey(id: string): string {
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  const body = `wdn_${id}_${generateApiKey().key.slice(17, 57)}`;
  let n = crc32(body);
  let check = "";
  for (let i = 0; i < 6; i++) {
    check = alphabet[n % 62] + check;
    n = Math.floor(n / 62);
  }
  return body + check;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chat = (model = "gpt-4o-mini") => ({ model, messages: [{ role: "user" as const, content: "hi" }] });

let mock: MockUpstream;
let t: TestGateway;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway(mockConfig(mock.url));
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const newKey = (extra: Partial<Parameters<KeyStore["create"]>[0]> = {}) => t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], ...extra });
const post = (key: string, body: unknown = chat()) => postJson(`${t.url}/v1/chat/completions`, body, key);

describe("rotation with an overlap", () => {
  it("both keys work during the overlap; then the old one is refused as expired and the new one keeps working", async () => {
    const { record: old, key: oldKey } = newKey({ name: "svc", models: ["gpt-*"], cidrs: ["127.0.0.0/8"], limits: { rpm: 1000 } });
    expect((await post(oldKey)).status).toBe(200);
    const rotated = t.gw.keys.rotate(old.id, 700);
    expect(rotated).toBeDefined();
    const { record, key } = rotated as NonNullable<typeof rotated>;
    expect(record).toMatchObject({ tenant: "t1", app: "a1", roles: ["app"], name: "svc", models: ["gpt-*"], cidrs: ["127.0.0.0/8"], limits: { rpm: 1000 }, replacedBy: null });
    expect(t.gw.keys.get(old.id)).toMatchObject({ replacedBy: record.id });
    expect(keyState(t.gw.keys.get(old.id) as NonNullable<ReturnType<KeyStore["get"]>>)).toBe("rotating");
    const client = (k: string) => new OpenAI({ apiKey: k, baseURL: `${t.url}/v1`, maxRetries: 0 });
    await client(oldKey).chat.completions.create(chat());
    await client(key).chat.completions.create(chat());
    await sleep(750);
    const err = await client(oldKey)
      .chat.completions.create(chat())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((err as InstanceType<typeof OpenAI.AuthenticationError>).error).toMatchObject({ code: "WARDEN_AUTH_EXPIRED_KEY" });
    await client(key).chat.completions.create(chat());
    expect(keyState(t.gw.keys.get(old.id) as NonNullable<ReturnType<KeyStore["get"]>>)).toBe("rotated");
  });

  it("a key with an expiry passes its lifetime on; an overlap never extends the old key; revoked keys are not rotated", () => {
    const now = Date.now();
    const { record: old } = newKey({ expiresAt: now + 10_000 });
    const r = t.gw.keys.rotate(old.id, 3_600_000, now + 1_000);
    expect(r?.old.expiresAt).toBe(now + 10_000);
    expect(r?.record.expiresAt).toBeGreaterThanOrEqual(now + 1_000 + 10_000 - 50);
    const { record: gone } = newKey();
    t.gw.keys.revoke(gone.id);
    expect(t.gw.keys.rotate(gone.id, 1_000)).toBeUndefined();
    expect(t.gw.keys.rotate("NoSuchKeyId1", 1_000)).toBeUndefined();
  });
});

describe("revocation and expiry", () => {
  it("a revocation takes effect on the very next call (no cache delay in the process that revoked)", async () => {
    const { record, key } = newKey();
    expect((await post(key)).status).toBe(200);
    expect(t.gw.keys.revoke(record.id)).toBe(true);
    await expectErrorResponse(await post(key), 401, "WARDEN_AUTH_REVOKED_KEY", "openai");
  });

  it("an expired key is refused", async () => {
    const { key } = newKey({ expiresAt: Date.now() + 300 });
    expect((await post(key)).status).toBe(200);
    await sleep(350);
    await expectErrorResponse(await post(key), 401, "WARDEN_AUTH_EXPIRED_KEY", "openai");
  });
});

describe("model allowlist", () => {
  it("globs are checked against the requested model, before anything is forwarded", async () => {
    const { key } = newKey({ models: ["gpt-4o*", "claude-3-5-*"] });
    const client = new OpenAI({ apiKey: key, baseURL: `${t.url}/v1`, maxRetries: 0 });
    await client.chat.completions.create(chat("gpt-4o-mini"));
    const err = await client.chat.completions.create(chat("gpt-3.5-turbo")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).error).toMatchObject({ code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" });
    // Case matters (fail closed), and a glob matches the whole name.
    expect((await post(key, chat("GPT-4O-MINI"))).status).toBe(403);
    expect((await post(key, chat("my-gpt-4o"))).status).toBe(403);
    expect(mock.requests.map((r) => (r.body as { model: string }).model)).toEqual(["gpt-4o-mini"]);
    const anthropic = new Anthropic({ apiKey: key, baseURL: t.url, maxRetries: 0 });
    await anthropic.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 5, messages: [{ role: "user", content: "hi" }] });
    const aerr = await anthropic.messages.create({ model: "claude-opus-4", max_tokens: 5, messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e);
    expect(aerr).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect((aerr as InstanceType<typeof Anthropic.PermissionDeniedError>).error).toMatchObject({ type: "error", error: { type: "permission_error", code: "WARDEN_AUTH_MODEL_NOT_ALLOWED" } });
  });
});

describe("source-IP allowlist (CIDR)", () => {
  it("IPv4 networks: the caller's address must be inside one", async () => {
    expect((await post(newKey({ cidrs: ["127.0.0.0/8"] }).key)).status).toBe(200);
    expect((await post(newKey({ cidrs: ["10.0.0.0/8", "127.0.0.1/32"] }).key)).status).toBe(200);
    const outside = newKey({ cidrs: ["10.0.0.0/8", "192.168.0.0/16"] }).key;
    await expectErrorResponse(await post(outside), 403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED", "openai");
    await expectErrorResponse(await fetch(`${t.url}/v1/models`, { headers: { authorization: `Bearer ${outside}` } }), 403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED", "openai");
    // An IPv6-only list does not admit an IPv4 caller.
    await expectErrorResponse(await post(newKey({ cidrs: ["::1/128"] }).key), 403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED", "openai");
  });

  it("on a dual-stack listener, IPv4 callers (seen as ::ffff:a.b.c.d) match IPv4 networks; IPv6 callers match IPv6 networks", async () => {
    const dataDir = tempDir();
    const { config } = parseConfig({ ...mockConfig(mock.url), dataDir }, {}, "test");
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "::", guard: passThroughGuard });
    try {
      const v4 = `http://127.0.0.1:${gw.port}/v1/chat/completions`;
      const v6 = `http://[::1]:${gw.port}/v1/chat/completions`;
      const k = (cidrs: string[]) => gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], cidrs }).key;
      expect((await postJson(v4, chat(), k(["127.0.0.0/8"]))).status).toBe(200);
      expect((await postJson(v4, chat(), k(["::ffff:127.0.0.0/104"]))).status).toBe(200);
      await expectErrorResponse(await postJson(v4, chat(), k(["10.0.0.0/8"])), 403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED", "openai");
      expect((await postJson(v6, chat(), k(["::1/128"]))).status).toBe(200);
      expect((await postJson(v6, chat(), k(["::/0"]))).status).toBe(200);
      await expectErrorResponse(await postJson(v6, chat(), k(["127.0.0.0/8", "2001:db8::/32"])), 403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED", "openai");
    } finally {
      await gw.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("distinct errors", () => {
  it("missing, malformed, invalid, expired, revoked, model not allowed and source not allowed each have their own code", async () => {
    const revoked = newKey();
    t.gw.keys.revoke(revoked.record.id);
    const cases: [string | undefined, unknown, number, string][] = [
      [undefined, chat(), 401, "WARDEN_AUTH_MISSING_KEY"],
      ["sk-proj-not-ours", chat(), 401, "WARDEN_AUTH_MALFORMED_KEY"],
      [generateApiKey().key, chat(), 401, "WARDEN_AUTH_INVALID_KEY"],
      [newKey({ expiresAt: Date.now() - 1 }).key, chat(), 401, "WARDEN_AUTH_EXPIRED_KEY"],
      [revoked.key, chat(), 401, "WARDEN_AUTH_REVOKED_KEY"],
      [newKey({ models: ["claude-*"] }).key, chat(), 403, "WARDEN_AUTH_MODEL_NOT_ALLOWED"],
      [newKey({ cidrs: ["10.0.0.0/8"] }).key, chat(), 403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED"],
    ];
    const codes = new Set<string>();
    for (const [key, body, status, code] of cases) {
      const res = await postJson(`${t.url}/v1/chat/completions`, body, key);
      const b = await expectErrorResponse(res, status, code, "openai");
      // Nothing about the key record (tenant, app, allowlists) is echoed in the error.
      expect(JSON.stringify(b)).not.toMatch(/t1|a1|10\.0\.0\.0|claude-\*/);
      codes.add(code);
    }
    expect(codes.size).toBe(cases.length);
    expect(mock.requests).toHaveLength(0);
  });

  it("takes the same time whether the key id exists or not (same hash work; no early exit)", () => {
    const dir = tempDir();
    const store = new SqliteKeyStore(dir);
    const auth = new Authenticator(store);
    try {
      const { record } = store.create({ tenant: "t", app: "a", roles: ["app"] });
      const known = forgedKey(record.id); // an issued id, another secret: only the hash comparison refuses it
      const unknown = generateApiKey().key; // valid checksum, id never issued
      const once = (key: string): number => {
        const t0 = process.hrtime.bigint();
        try {
          auth.authenticate({ authorization: `Bearer ${key}` });
        } catch (e) {
          expect(WardenError.isInstance(e) && e.code).toBe("WARDEN_AUTH_INVALID_KEY");
        }
        return Number(process.hrtime.bigint() - t0);
      };
      // Interleaved (known, unknown, known, …) so that both see the same machine load; medians of 600 each.
      const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
      const known_: number[] = [];
      const unknown_: number[] = [];
      for (let i = 0; i < 100; i++) (once(known), once(unknown));
      for (let i = 0; i < 600; i++) {
        known_.push(once(known));
        unknown_.push(once(unknown));
      }
      const ratio = median(known_) / median(unknown_);
      expect(ratio).toBeGreaterThan(0.4);
      expect(ratio).toBeLessThan(2.5);
    } finally {
      auth.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("last-used time", () => {
  it("is the time each key was used, not the time of the batched write", () => {
    const dir = tempDir();
    try {
      const store = new SqliteKeyStore(dir);
      const auth = new Authenticator(store);
      const a = store.create({ tenant: "t", app: "a", roles: ["app"] });
      const b = store.create({ tenant: "t", app: "b", roles: ["app"] });
      const t0 = Date.now() - 60_000;
      auth.authenticate({ "x-api-key": a.key }, t0);
      auth.authenticate({ "x-api-key": b.key }, t0 + 5_000);
      auth.authenticate({ "x-api-key": a.key }, t0 + 7_000);
      auth.flushLastUsed();
      expect(store.get(a.record.id)?.lastUsedAt).toBe(t0 + 7_000);
      expect(store.get(b.record.id)?.lastUsedAt).toBe(t0 + 5_000);
      // an older use written later never moves it back
      auth.authenticate({ "x-api-key": b.key }, t0 + 1_000);
      auth.close();
      expect(store.get(b.record.id)?.lastUsedAt).toBe(t0 + 5_000);
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("schema migration", () => {
  it("a warden.db made before the new columns gets them on open, and its keys keep working", () => {
    const dir = tempDir();
    try {
      const db = new Database(join(dir, "warden.db"));
      db.exec(`CREATE TABLE api_keys (id TEXT PRIMARY KEY, hash BLOB NOT NULL, tenant TEXT NOT NULL, app TEXT NOT NULL, roles TEXT NOT NULL,
        name TEXT, created_at INTEGER NOT NULL, expires_at INTEGER, revoked_at INTEGER)`);
      const { id, key, hash } = generateApiKey();
      db.prepare("INSERT INTO api_keys (id, hash, tenant, app, roles, name, created_at) VALUES (?, ?, 'old', 'app', '[\"app\"]', NULL, 1)").run(id, hash);
      db.close();
      const store = new SqliteKeyStore(dir);
      const again = new SqliteKeyStore(dir); // a second open (another replica) finds nothing left to add
      const auth = new Authenticator(store);
      expect(auth.authenticate({ "x-api-key": key })).toEqual({ keyId: id, tenant: "old", app: "app", roles: ["app"] });
      expect(store.get(id)).toMatchObject({ models: null, cidrs: null, limits: null, lastUsedAt: null, replacedBy: null });
      auth.close(); // flushes last use
      expect(store.get(id)?.lastUsedAt).toBeGreaterThan(1);
      expect(store.rotate(id, 0)).toBeDefined();
      again.close();
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
