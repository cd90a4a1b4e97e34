import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decryptPayload, encryptPayload, payloadAad } from "../../src/record/data-keys.js";
import { type KeyEncryptionKey, kekFromEnv, LocalKek } from "../../src/record/key-encryption-key.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { tempDir } from "../support/test-gateway.js";
import { appendMany, openTempLog } from "./support.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function temp(opts: Parameters<typeof openTempLog>[0] = {}) {
  const t = openTempLog(opts);
  cleanups.push(t.cleanup);
  return t;
}

describe("payload encryption", () => {
  it("round trip: forwarded and original payloads decrypt to what was recorded; the file holds no plaintext", async () => {
    const { log, dir } = temp();
    const forwarded = { messages: [{ role: "user", content: "my card is [CREDIT_CARD_1]" }] };
    const original = { messages: [{ role: "user", content: "my card is 4111 1111 1111 1111" }] };
    await log.append({ kind: "request", requestId: "req-1", time: Date.now(), tenant: "acme", app: "a", keyId: "k", meta: { model: "m" }, payload: forwarded, original });
    const [e] = await log.backend.search({ requestId: "req-1" });
    expect(e).toBeDefined();
    expect(await log.open(e as NonNullable<typeof e>)).toEqual({ payload: forwarded, original, shredded: false });
    await log.close();
    for (const f of ["audit.db", "audit.db-wal"]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dir, f));
      } catch {
        continue;
      }
      expect(bytes.includes(Buffer.from("4111 1111"))).toBe(false);
      expect(bytes.includes(Buffer.from("CREDIT_CARD_1"))).toBe(false);
    }
  });

  it("a ciphertext moved to another record or field does not decrypt (the record's identity is bound in)", () => {
    const key = randomBytes(32);
    const ct = encryptPayload(key, Buffer.from("secret"), payloadAad("r1", "request", "payload"));
    expect(decryptPayload(key, ct, payloadAad("r1", "request", "payload")).toString()).toBe("secret");
    expect(() => decryptPayload(key, ct, payloadAad("r2", "request", "payload"))).toThrow();
    expect(() => decryptPayload(key, ct, payloadAad("r1", "request", "original"))).toThrow();
    const flipped = Buffer.from(ct);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 1;
    expect(() => decryptPayload(key, flipped, payloadAad("r1", "request", "payload"))).toThrow();
  });

  it("the data key is stored only wrapped; reopening with the same KEK reads old records, another KEK cannot", async () => {
    const dir = tempDir("warden-audit-");
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const kek = new LocalKek(randomBytes(32));
    const a = openTempLog({ dataDir: dir, kek: { kek } });
    await appendMany(a.log, 3);
    const wrapped = a.db.prepare("SELECT wrapped FROM audit_data_keys").all() as { wrapped: Buffer }[];
    expect(wrapped).toHaveLength(1);
    await a.log.close();

    const b = openTempLog({ dataDir: dir, kek: { kek } });
    const [e] = await b.log.backend.search({ requestId: "r2" });
    expect((await b.log.open(e as NonNullable<typeof e>)).payload).toEqual({ messages: [{ role: "user", content: "hello 2" }] });
    await b.log.close();

    const c = openTempLog({ dataDir: dir, kek: { kek: new LocalKek(randomBytes(32)) } });
    const [e2] = await c.log.backend.search({ requestId: "r2" });
    await expect(c.log.open(e2 as NonNullable<typeof e2>)).rejects.toThrow();
    await c.log.close();
  });

  it("a KEK from an env var (hex or base64) and a pluggable KMS-style KEK both work", async () => {
    const raw = randomBytes(32);
    const fromHex = kekFromEnv("K", { K: raw.toString("hex") });
    const fromB64 = kekFromEnv("K", { K: raw.toString("base64") });
    expect(await fromB64.unwrap(await fromHex.wrap(Buffer.from("x".repeat(32))))).toEqual(Buffer.from("x".repeat(32)));
    expect(() => kekFromEnv("MISSING", {})).toThrow(/MISSING/);

    const calls: string[] = [];
    const inner = new LocalKek(randomBytes(32));
    const kms: KeyEncryptionKey = {
      id: "kms:test-key",
      wrap: async (k) => (calls.push("wrap"), inner.wrap(k)),
      unwrap: async (w) => (calls.push("unwrap"), inner.unwrap(w)),
    };
    const { log } = temp({ kek: { kek: kms } });
    await appendMany(log, 2);
    const [e] = await log.backend.search({ requestId: "r1" });
    expect((await log.open(e as NonNullable<typeof e>)).payload).toBeDefined();
    expect(calls).toEqual(["wrap", "unwrap"]);
  });

  it("crypto-shredding a tenant makes its payloads unreadable, leaves others readable, and the chain still verifies", async () => {
    const { log } = temp();
    await appendMany(log, 4, "doomed");
    await log.append({ kind: "request", requestId: "keep", time: Date.now(), tenant: "kept", app: "a", keyId: "k", meta: {}, payload: { x: 1 } });
    await log.checkpoint();
    expect(await log.shredTenant("doomed")).toBe(1);

    const [gone] = await log.backend.search({ tenant: "doomed", requestId: "r1" });
    expect(await log.open(gone as NonNullable<typeof gone>)).toEqual({ shredded: true });
    const [kept] = await log.backend.search({ requestId: "keep" });
    expect((await log.open(kept as NonNullable<typeof kept>)).payload).toEqual({ x: 1 });

    // New records of the shredded tenant get a fresh data key (version 2), readable.
    await log.append({ kind: "request", requestId: "after", time: Date.now(), tenant: "doomed", app: "a", keyId: "k", meta: {}, payload: { y: 2 } });
    const [after] = await log.backend.search({ requestId: "after" });
    expect(after?.keyVersion).toBe(2);
    expect((await log.open(after as NonNullable<typeof after>)).payload).toEqual({ y: 2 });

    const shredEvents = await log.backend.search({ kind: "admin" });
    expect(shredEvents.map((e) => JSON.parse(e.meta) as unknown)).toEqual([{ event: "tenant.shredded", tenant: "doomed", keys: 1 }]);
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true, entries: 7 });
  });
});

describe("payload IVs", () => {
  it("are never repeated across many encryptions (pooled CSPRNG output, refilled)", () => {
    const key = randomBytes(32);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(encryptPayload(key, Buffer.from("x"), "a").subarray(1, 13).toString("hex"));
    expect(seen.size).toBe(2000);
  });
});
