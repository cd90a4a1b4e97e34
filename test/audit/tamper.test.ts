import { afterEach, describe, expect, it } from "vitest";
import type { SignedCheckpoint } from "../../src/record/checkpoint.js";
import { hashEntry } from "../../src/record/entry-hash.js";
import { verifyLog } from "../../src/record/verify-log.js";
import type { EntryDraft } from "../../src/record/audit-entry.js";
import { checkSearchFilters } from "./search-filters.js";
import { appendMany, openTempLog } from "./support.js";

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function setup(n = 10) {
  const t = openTempLog();
  cleanup = t.cleanup;
  await appendMany(t.log, n);
  return t;
}

type Db = Awaited<ReturnType<typeof setup>>["db"];

/** Rewrite every hash from `fromSeq` on, as an attacker without the signing key would to hide an edit. */
function rechain(db: Db): void {
  const rows = db.prepare("SELECT * FROM audit_entries ORDER BY seq").all() as Record<string, unknown>[];
  let prev: Buffer = Buffer.alloc(32);
  for (const r of rows) {
    const d: EntryDraft = {
      kind: r["kind"] as EntryDraft["kind"],
      requestId: r["request_id"] as string,
      time: r["time"] as number,
      tenant: r["tenant"] as string,
      app: r["app"] as string,
      keyId: r["key_id"] as string,
      meta: r["meta"] as string,
      keyVersion: r["key_version"] as number | null,
      payload: r["payload"] as Buffer | null,
      original: r["original"] as Buffer | null,
      payloadDigest: r["payload_digest"] as Buffer | null,
      originalDigest: r["original_digest"] as Buffer | null,
    };
    const h = hashEntry(r["seq"] as number, prev, d);
    db.prepare("UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE seq = ?").run(prev, h, r["seq"]);
    prev = h;
  }
}

describe("audit verify: evidence removed behind the chain's back", () => {
  it("a payload deleted without a purge that covers it is reported; a recorded purge is not", async () => {
    const { log, db } = await setup(6);
    db.prepare("UPDATE audit_entries SET payload = NULL WHERE request_id = 'r3'").run();
    const r = await verifyLog(log.backend);
    expect(r).toMatchObject({ ok: false, problem: { requestId: "r3", reason: expect.stringContaining("without a purge") } });
    // a purge recorded later whose cut-off covers r3 explains it (and purges the rest)
    await log.purge({ payloadDays: 1 }, { now: 1_700_000_000_000 + 10 * 86_400_000 });
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    // a payload newer than every cut-off, deleted after the purge, is reported again
    await appendMany(log, 2, "t1", "late");
    db.prepare("UPDATE audit_entries SET original = NULL, payload = NULL WHERE request_id = 'late2'").run();
    expect(await verifyLog(log.backend)).toMatchObject({ ok: false, problem: { requestId: "late2" } });
  });

  it("a category purge explains only its category's records, and never a legal hold's", async () => {
    const t = openTempLog();
    cleanup = t.cleanup;
    const { log, db } = t;
    const old = 1_700_000_000_000;
    const findings = (category: string) => ({ count: 1, byType: { X: 1 }, items: [{ type: "X", category, start: 0, end: 3, score: 1 }] });
    for (const [id, category, tenant] of [["s1", "secret", "t"], ["p1", "pii", "t"], ["h1", "secret", "held"]] as const) {
      await log.append({ kind: "request", requestId: id, time: old, tenant, app: "a", keyId: "k", meta: { findings: findings(category) }, payload: { q: id } });
      await log.append({ kind: "response", requestId: id, time: old + 1, tenant, app: "a", keyId: "k", meta: { status: 200 }, payload: { a: id } });
    }
    await log.purge({ categories: { secret: { payloadDays: 30 } }, legalHolds: ["held"] }, { now: old + 100 * 86_400_000 });
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    db.prepare("UPDATE audit_entries SET payload = NULL WHERE request_id = 'p1'").run();
    expect(await verifyLog(log.backend)).toMatchObject({ ok: false, problem: { requestId: "p1" } });
  });

  it("a legal hold's payload deleted under a category purge is reported", async () => {
    const t = openTempLog();
    cleanup = t.cleanup;
    const { log, db } = t;
    const old = 1_700_000_000_000;
    const items = [{ type: "X", category: "secret", start: 0, end: 3, score: 1 }];
    await log.append({ kind: "request", requestId: "h1", time: old, tenant: "held", app: "a", keyId: "k", meta: { findings: { count: 1, byType: { X: 1 }, items } }, payload: { q: 1 } });
    await log.purge({ categories: { secret: { payloadDays: 30 } }, legalHolds: ["held"] }, { now: old + 100 * 86_400_000, record: "always" });
    db.prepare("UPDATE audit_entries SET payload = NULL WHERE request_id = 'h1'").run();
    expect(await verifyLog(log.backend)).toMatchObject({ ok: false, problem: { requestId: "h1" } });
  });

  it("a deleted data key is reported; a recorded shred is not", async () => {
    const { log, db } = await setup(3);
    await appendMany(log, 2, "t2", "x");
    await log.shredTenant("t2");
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    db.prepare("DELETE FROM audit_data_keys WHERE tenant = 't1'").run();
    expect(await verifyLog(log.backend)).toMatchObject({ ok: false, problem: { requestId: "r1", reason: expect.stringContaining("missing (deleted?)") } });
  });

  it("a data key modified in place (or read with another KEK) is reported when verify has the KEK", async () => {
    const { log, db } = await setup(3);
    const kek = log.keys.keyEncryptionKey;
    expect(await verifyLog(log.backend, { kek })).toMatchObject({ ok: true });
    const row = db.prepare("SELECT wrapped FROM audit_data_keys WHERE tenant = 't1'").get() as { wrapped: Buffer };
    const flipped = Buffer.from(row.wrapped);
    flipped[flipped.length - 1] = flipped[flipped.length - 1]! ^ 1;
    db.prepare("UPDATE audit_data_keys SET wrapped = ? WHERE tenant = 't1'").run(flipped);
    // without the KEK only the key's presence can be checked
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    expect(await verifyLog(log.backend, { kek })).toMatchObject({ ok: false, problem: { requestId: "r1", reason: expect.stringContaining("does not unwrap") } });
    // a value of another type in the key column: reported, not a crash
    db.prepare("UPDATE audit_data_keys SET wrapped = 'x' WHERE tenant = 't1'").run();
    expect(await verifyLog(log.backend, { kek })).toMatchObject({ ok: false, problem: { reason: expect.stringContaining("does not unwrap") } });
  });

  it("a data key shredded without a tenant.shredded event is reported", async () => {
    const { log, db } = await setup(2);
    db.prepare("UPDATE audit_data_keys SET wrapped = NULL, shredded_at = 1").run();
    expect(await verifyLog(log.backend)).toMatchObject({ ok: false, problem: { reason: expect.stringContaining("without a tenant.shredded event") } });
  });
});

describe("audit verify", () => {
  it("an intact log verifies, with its checkpoints", async () => {
    const { log } = await setup(25);
    const cp = await log.checkpoint();
    await appendMany(log, 5);
    await log.checkpoint();
    const r = await verifyLog(log.backend, { external: cp ? [cp] : [] });
    expect(r).toMatchObject({ ok: true, entries: 30, checkpoints: 3 });
  });

  it("an empty log verifies", async () => {
    const t = openTempLog();
    cleanup = t.cleanup;
    expect(await verifyLog(t.log.backend)).toMatchObject({ ok: true, entries: 0 });
  });

  const cases: { name: string; tamper(db: Db): void; seq: number; reason: RegExp }[] = [
    { name: "metadata modified", tamper: (db) => db.prepare("UPDATE audit_entries SET meta = ? WHERE seq = 4").run('{"model":"demo","status":403}'), seq: 4, reason: /modified/ },
    { name: "tenant modified", tamper: (db) => db.prepare("UPDATE audit_entries SET tenant = 't2' WHERE seq = 6").run(), seq: 6, reason: /modified/ },
    { name: "time modified", tamper: (db) => db.prepare("UPDATE audit_entries SET time = time + 1 WHERE seq = 2").run(), seq: 2, reason: /modified/ },
    {
      name: "payload ciphertext modified",
      tamper: (db) => db.prepare("UPDATE audit_entries SET payload = substr(payload, 1, length(payload) - 1) || x'00' WHERE seq = 5").run(),
      seq: 5,
      reason: /payload does not match/,
    },
    { name: "record deleted", tamper: (db) => db.prepare("DELETE FROM audit_entries WHERE seq = 3").run(), seq: 3, reason: /missing/ },
    {
      name: "record inserted (later records renumbered)",
      tamper: (db) => {
        db.prepare("UPDATE audit_entries SET seq = -seq WHERE seq >= 5").run();
        db.prepare("UPDATE audit_entries SET seq = -seq + 1 WHERE seq < 0").run();
        db.prepare("INSERT INTO audit_entries SELECT 5, kind, 'forged', time, tenant, app, key_id, meta, key_version, payload, original, payload_digest, original_digest, prev_hash, hash FROM audit_entries WHERE seq = 4").run();
      },
      seq: 5,
      reason: /predecessor/,
    },
    {
      name: "a copy inserted with seq 0 (below the first record)",
      tamper: (db) => {
        db.prepare("INSERT INTO audit_entries SELECT 0, kind, 'forged', time, tenant, app, key_id, meta, key_version, payload, original, payload_digest, original_digest, prev_hash, hash FROM audit_entries WHERE seq = 1").run();
      },
      seq: 1,
      reason: /unexpected seq 0/,
    },
    {
      name: "a copy inserted with a negative seq",
      tamper: (db) => {
        db.prepare("INSERT INTO audit_entries SELECT -3, kind, 'forged', time, tenant, app, key_id, meta, key_version, payload, original, payload_digest, original_digest, prev_hash, hash FROM audit_entries WHERE seq = 4").run();
      },
      seq: 1,
      reason: /unexpected seq -3/,
    },
    {
      name: "records reordered",
      tamper: (db) => {
        db.prepare("UPDATE audit_entries SET seq = 100 WHERE seq = 7").run();
        db.prepare("UPDATE audit_entries SET seq = 7 WHERE seq = 8").run();
        db.prepare("UPDATE audit_entries SET seq = 8 WHERE seq = 100").run();
      },
      seq: 7,
      reason: /predecessor/,
    },
  ];

  it.each(cases)("catches: $name, naming the first bad record", async ({ tamper, seq, reason }) => {
    const { log, db } = await setup(10);
    tamper(db);
    const r = await verifyLog(log.backend);
    expect(r.ok).toBe(false);
    expect(r.problem?.seq).toBe(seq);
    expect(r.problem?.reason).toMatch(reason);
  });

  it("a rewritten history (every hash recomputed) is caught by the signed checkpoints", async () => {
    const { log, db } = await setup(10);
    await log.checkpoint();
    db.prepare("UPDATE audit_entries SET meta = ? WHERE seq = 4").run('{"model":"demo","status":403}');
    rechain(db);
    const r = await verifyLog(log.backend);
    expect(r.ok).toBe(false);
    expect(r.problem).toMatchObject({ seq: 10, reason: expect.stringMatching(/checkpoint/) });
  });

  it("truncation is caught against an exported checkpoint, even with the stored checkpoints deleted too", async () => {
    const { log, db } = await setup(10);
    const exported = (await log.checkpoint()) as SignedCheckpoint;
    const copy = JSON.parse(JSON.stringify(exported)) as SignedCheckpoint;
    db.prepare("DELETE FROM audit_entries WHERE seq > 7").run();
    db.prepare("DELETE FROM audit_checkpoints").run();
    expect((await verifyLog(log.backend)).ok).toBe(true); // undetectable from inside alone
    const r = await verifyLog(log.backend, { external: [copy] });
    expect(r.ok).toBe(false);
    expect(r.problem).toMatchObject({ seq: 8, reason: expect.stringMatching(/truncated/) });
  });

  it("a forged checkpoint (bad signature, or another key than the trusted one) is rejected", async () => {
    const { log } = await setup(3);
    const cp = (await log.checkpoint()) as SignedCheckpoint;
    const forged = { ...cp, seq: 2 };
    expect((await verifyLog(log.backend, { external: [forged] })).problem?.reason).toMatch(/invalid signature/);
    expect((await verifyLog(log.backend, { external: [cp], trustedKey: "AAAA" })).ok).toBe(false);
    expect((await verifyLog(log.backend, { external: [cp], trustedKey: cp.publicKey })).ok).toBe(true);
  });
});

describe("audit search (SQLite)", () => {
  it("filters by finding type, action, incomplete calls, limit", async () => {
    const t = openTempLog();
    cleanup = t.cleanup;
    await checkSearchFilters(t.log);
  });
});

describe("checkpoints under load", () => {
  it("a checkpoint completes while appends keep arriving, and covers only committed records", async () => {
    const t = openTempLog();
    cleanup = t.cleanup;
    let stop = false;
    let i = 0;
    const writer = (async () => {
      while (!stop) await t.log.append({ kind: "request", requestId: `w${i++}`, time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} });
    })();
    const writers = [writer];
    await new Promise((r) => setTimeout(r, 50));
    const cp = await t.log.checkpoint();
    stop = true;
    await Promise.all(writers);
    expect(cp?.seq).toBeGreaterThan(0);
    expect(await verifyLog(t.log.backend)).toMatchObject({ ok: true, checkpoints: 1 });
  });
});
