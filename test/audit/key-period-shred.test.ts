/**
 * Crypto-shredding by key period (issue 5): data keys rotate per tenant per key period, and a purge destroys a past
 * period's key once no stored payload or original needs it, so ciphertext the store leaves in its files is unreadable.
 * Run on SQLite and on PostgreSQL (unique schema per test: other sessions share the database).
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { AuditBackend } from "../../src/record/audit-backend.js";
import { AuditLog } from "../../src/record/audit-log.js";
import { DataKeys } from "../../src/record/data-keys.js";
import { LocalKek } from "../../src/record/key-encryption-key.js";
import { PostgresAuditBackend } from "../../src/record/postgres-audit-backend.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { tempDir } from "../support/test-gateway.js";

const URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const DAY = 86_400_000;
/** Midnight UTC: key periods of one day start here. */
const T0 = Date.UTC(2026, 0, 1);
const schemas: string[] = [];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const c of cleanups.splice(0).reverse()) await c();
});
afterAll(async () => {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
});

function openBackend(kind: "sqlite" | "postgres", dir: string): AuditBackend {
  if (kind === "sqlite") return new SqliteAuditBackend(`${dir}/audit.db`);
  const schema = `keyperiod_${randomBytes(5).toString("hex")}`;
  schemas.push(schema);
  return new PostgresAuditBackend({ url: URL, schema });
}

function openLog(kind: "sqlite" | "postgres", kek = new LocalKek(randomBytes(32))): { log: AuditLog; kek: LocalKek } {
  const dir = tempDir("warden-keyperiod-");
  const log = AuditLog.open(openBackend(kind, dir), { dataDir: dir, kek: { kek }, groupCommitMs: 1, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, retention: { keyPeriodDays: 1 } });
  cleanups.push(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { log, kek };
}

/** Append a request with a payload and an original at `time`, the clock set there too (the key is chosen by it). */
async function call(log: AuditLog, tenant: string, requestId: string, time: number): Promise<void> {
  vi.setSystemTime(time);
  await log.append({ kind: "request", requestId, time, tenant, app: "a", keyId: "k", meta: {}, payload: { fwd: requestId }, original: { orig: requestId } });
}

async function keys(log: AuditLog): Promise<Record<string, boolean>> {
  const out: Record<string, boolean> = {};
  for (const k of await log.backend.listDataKeys()) out[`${k.tenant}:${k.version}`] = k.wrapped !== null;
  return out;
}

async function entry(log: AuditLog, requestId: string) {
  const [e] = await log.backend.search({ requestId });
  if (!e) throw new Error(`no entry ${requestId}`);
  return e;
}

describe("DataKeys rotate at key period boundaries", () => {
  it("one version per tenant per period; the cached key is not used past its period", async () => {
    const dir = tempDir("warden-keyperiod-");
    const backend = new SqliteAuditBackend(`${dir}/audit.db`);
    cleanups.push(async () => {
      await backend.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const keys = new DataKeys(backend, new LocalKek(randomBytes(32)), 1000);
    const a = await keys.forWrite("t", 5_000);
    expect(a.version).toBe(1);
    expect((await keys.forWrite("t", 5_999)).version).toBe(1);
    expect(keys.cachedForWrite("t", 5_999)?.version).toBe(1);
    expect(keys.cachedForWrite("t", 6_000)).toBeUndefined(); // the next period: not handed out any more
    const b = await keys.forWrite("t", 6_000);
    expect(b.version).toBe(2);
    expect(b.key.equals(a.key)).toBe(false);
    expect((await keys.forWrite("u", 6_001)).version).toBe(1); // per tenant
    // a second instance (another replica) in the same period finds the stored key rather than making another
    const other = new DataKeys(backend, keys.keyEncryptionKey, 1000);
    expect((await other.forWrite("t", 6_500)).key.equals(b.key)).toBe(true);
    expect(() => new DataKeys(backend, keys.keyEncryptionKey, 0)).toThrow(RangeError);
  });
});

describe.each(["sqlite", "postgres"] as const)("purge retires keys of past periods (%s)", (kind) => {
  it("only once no stored payload or original needs the key, one period after its period ended; legal holds keep keys; verify stays green", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { log } = openLog(kind);
    await call(log, "a", "a0", T0 + 0.1 * DAY); // a:1
    await call(log, "held", "h0", T0 + 0.1 * DAY); // held:1
    await call(log, "a", "a1", T0 + 1.1 * DAY); // a:2
    expect(await keys(log)).toEqual({ "a:1": true, "a:2": true, "held:1": true });
    expect((await entry(log, "a0")).keyVersion).toBe(1);
    expect((await entry(log, "a1")).keyVersion).toBe(2);

    // Originals expire first: a0's payload still needs a:1, so it stays.
    const policy = { payloadDays: 1.5, originalDays: 0.5, legalHolds: ["held"], keyPeriodDays: 1 };
    vi.setSystemTime(T0 + 1.3 * DAY);
    let r = await log.purgeAndRetire(policy, { now: T0 + 1.3 * DAY });
    expect((await entry(log, "a0")).original).toBeNull();
    expect(r.keysRetired).toEqual([]);
    expect(await keys(log)).toEqual({ "a:1": true, "a:2": true, "held:1": true });

    // a0's payload goes too: a:1's period ended (day 1) more than one period ago (day 2.1) → destroyed. a:2 encrypts a1.
    vi.setSystemTime(T0 + 2.1 * DAY);
    r = await log.purgeAndRetire(policy, { now: T0 + 2.1 * DAY });
    expect((await entry(log, "a0")).payload).toBeNull();
    expect((await entry(log, "a1")).payload).not.toBeNull();
    expect(r.keysRetired).toEqual([{ tenant: "a", version: 1 }]);
    expect(await keys(log)).toEqual({ "a:1": false, "a:2": true, "held:1": true });
    expect(await log.open(await entry(log, "a1"))).toEqual({ shredded: false, payload: { fwd: "a1" } }); // its original expired
    expect(await log.open(await entry(log, "h0"))).toMatchObject({ payload: { fwd: "h0" } }); // held: key and payload kept
    const [event] = (await log.backend.search({ kind: "admin" })).slice(-1);
    expect(JSON.parse(event?.meta ?? "{}")).toMatchObject({ event: "audit.purge", keysRetired: [{ tenant: "a", version: 1 }] });
    expect(await verifyLog(log.backend, { kek: log.keys.keyEncryptionKey })).toMatchObject({ ok: true });

    // The next write of a lands in a new period's key; a:2 goes once a1 is purged and day 3 is a period behind.
    await call(log, "a", "a2", T0 + 2.2 * DAY); // a:3
    vi.setSystemTime(T0 + 3.5 * DAY);
    r = await log.purgeAndRetire(policy, { now: T0 + 3.5 * DAY });
    expect(r.keysRetired).toEqual([{ tenant: "a", version: 2 }]);
    expect(await keys(log)).toEqual({ "a:1": false, "a:2": false, "a:3": true, "held:1": true });
    expect(await verifyLog(log.backend, { kek: log.keys.keyEncryptionKey })).toMatchObject({ ok: true });

    // KEK rotation re-wraps every live key (not the destroyed ones); a tenant shred still destroys the held keys.
    expect(await log.rotateKek(new LocalKek(randomBytes(32)))).toBe(2);
    expect(await log.open(await entry(log, "a2"))).toMatchObject({ payload: { fwd: "a2" } });
    expect(await log.shredTenant("held")).toBe(1);
    expect(await log.open(await entry(log, "h0"))).toEqual({ shredded: true });
    expect(await verifyLog(log.backend, { kek: log.keys.keyEncryptionKey })).toMatchObject({ ok: true });
  }, 30_000);

  it("a key whose period ended less than one period ago is kept even with no payload left (appends in flight)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { log } = openLog(kind);
    await call(log, "a", "a0", T0 + 0.9 * DAY);
    const policy = { payloadDays: 0.1, keyPeriodDays: 1 };
    vi.setSystemTime(T0 + 1.5 * DAY);
    const r = await log.purgeAndRetire(policy, { now: T0 + 1.5 * DAY });
    expect((await entry(log, "a0")).payload).toBeNull();
    expect(r.keysRetired).toEqual([]);
    vi.setSystemTime(T0 + 2 * DAY);
    expect((await log.purgeAndRetire(policy, { now: T0 + 2 * DAY })).keysRetired).toEqual([{ tenant: "a", version: 1 }]);
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
  }, 30_000);
});

describe("verify after retirement", () => {
  it("a retired key whose record still stores a payload is reported (the payload was made unreadable)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { log } = openLog("sqlite");
    await call(log, "a", "a0", T0 + 0.1 * DAY);
    const before = await entry(log, "a0");
    vi.setSystemTime(T0 + 3 * DAY);
    expect((await log.purgeAndRetire({ payloadDays: 1, keyPeriodDays: 1 }, { now: T0 + 3 * DAY })).keysRetired).toHaveLength(1);
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    // put the ciphertext back (as a restore from an old backup would): its key is gone, verify says so
    const db = (log.backend as SqliteAuditBackend).db;
    db.prepare("UPDATE audit_entries SET payload = ? WHERE request_id = 'a0'").run(before.payload);
    expect(await verifyLog(log.backend)).toMatchObject({ ok: false, problem: { requestId: "a0", reason: expect.stringContaining("retired by a purge") } });
  });
});
