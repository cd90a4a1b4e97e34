import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { AuditLog } from "../../src/record/audit-log.js";
import { LocalKek } from "../../src/record/key-encryption-key.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { tempDir } from "../support/test-gateway.js";
import { checkCategoryRetention, checkDataClassRetention } from "./category-retention.js";
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

const DAY = 86_400_000;
/** appendMany writes entries dated 2023-11-14; "now" is 100 days later. */
const NOW = 1_700_000_000_000 + 100 * DAY;

async function withOriginals(log: AuditLog, tenant: string, prefix: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await log.append({ kind: "request", requestId: `${prefix}${i}`, time: 1_700_000_000_000 + i, tenant, app: "a", keyId: "k", meta: {}, payload: { fwd: i }, original: { orig: i } });
  }
}

async function payloadsLeft(log: AuditLog, tenant: string): Promise<{ payload: number; original: number }> {
  const rows = await log.backend.search({ tenant, kind: "request" });
  return { payload: rows.filter((e) => e.payload).length, original: rows.filter((e) => e.original).length };
}

describe("retention purge", () => {
  it("tombstones expired payloads per tenant, honours overrides and legal holds, records the purge, and verify stays green", async () => {
    const { log } = temp();
    await withOriginals(log, "short", "s", 3);
    await withOriginals(log, "long", "l", 3);
    await withOriginals(log, "held", "h", 3);
    await log.checkpoint();
    const results = await log.purge({ payloadDays: 30, tenants: { long: { payloadDays: 365 } }, legalHolds: ["held"] }, { now: NOW });
    expect(await payloadsLeft(log, "short")).toEqual({ payload: 0, original: 0 });
    expect(await payloadsLeft(log, "long")).toEqual({ payload: 3, original: 3 });
    expect(await payloadsLeft(log, "held")).toEqual({ payload: 3, original: 3 });
    expect(results.reduce((n, r) => n + r.entries, 0)).toBe(6);

    const [purged] = await log.backend.search({ requestId: "s1" });
    expect(purged?.payloadDigest).not.toBeNull(); // the tombstone keeps the digest the chain commits to
    expect(await log.open(purged as NonNullable<typeof purged>)).toEqual({ shredded: false });

    const [event] = await log.backend.search({ kind: "admin" });
    expect(JSON.parse(event?.meta ?? "{}")).toMatchObject({ event: "audit.purge", entries: 6 });
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true, checkpoints: 1 });
  });

  it("originals can be kept for less time than payloads; nothing expired means no event unless asked", async () => {
    const { log } = temp();
    await withOriginals(log, "t", "x", 2);
    await log.purge({ payloadDays: 1000, originalDays: 10 }, { now: NOW });
    expect(await payloadsLeft(log, "t")).toEqual({ payload: 2, original: 0 });
    await log.purge({ payloadDays: 1000, originalDays: 10 }, { now: NOW });
    expect(await log.backend.search({ kind: "admin" })).toHaveLength(1);
    await log.purge({}, { now: NOW, record: "always" });
    expect(await log.backend.search({ kind: "admin" })).toHaveLength(2);
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
  });
});

describe("retention per finding category", () => {
  it("calls with a finding of the category lose their payloads (request and response); others and holds keep them", async () => {
    await checkCategoryRetention(temp().log);
  });
});

describe("retention per data class", () => {
  it("calls with findings of the class (PCI, SECRET...) lose their payloads at its period; others keep them", async () => {
    await checkDataClassRetention(temp().log);
  });
});

describe("KEK rotation", () => {
  it("re-wraps data keys without rewriting records: the new KEK reads old records, the old one no longer can", async () => {
    const dir = tempDir("warden-audit-rot-");
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const oldKek = new LocalKek(randomBytes(32));
    const newKek = new LocalKek(randomBytes(32));
    const a = openTempLog({ dataDir: dir, kek: { kek: oldKek } });
    await appendMany(a.log, 3, "t1");
    await appendMany(a.log, 2, "t2", "u");
    const before = (a.db.prepare("SELECT hash FROM audit_entries ORDER BY seq").all() as { hash: Buffer }[]).map((r) => r.hash.toString("hex"));
    expect(await a.log.rotateKek(newKek)).toBe(2);
    const after = (a.db.prepare("SELECT hash FROM audit_entries WHERE kind != 'admin' ORDER BY seq").all() as { hash: Buffer }[]).map((r) => r.hash.toString("hex"));
    expect(after).toEqual(before);
    await a.log.close();

    const b = openTempLog({ dataDir: dir, kek: { kek: newKek } });
    const [e] = await b.log.backend.search({ requestId: "u2" });
    expect((await b.log.open(e as NonNullable<typeof e>)).payload).toEqual({ messages: [{ role: "user", content: "hello 2" }] });
    const [ev] = await b.log.backend.search({ kind: "admin" });
    expect(JSON.parse(ev?.meta ?? "{}")).toEqual({ event: "audit.kek.rotated", from: oldKek.id, to: newKek.id, keys: 2 });
    expect(await verifyLog(b.log.backend)).toMatchObject({ ok: true });
    await b.log.close();

    const c = openTempLog({ dataDir: dir, kek: { kek: oldKek } });
    const [e2] = await c.log.backend.search({ requestId: "u2" });
    await expect(c.log.open(e2 as NonNullable<typeof e2>)).rejects.toThrow();
    await c.log.close();
  });
});
