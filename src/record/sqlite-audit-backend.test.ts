import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EntryDraft } from "./audit-entry.js";
import { digest } from "./entry-hash.js";
import { SqliteAuditBackend } from "./sqlite-audit-backend.js";
import { verifyLog } from "./verify-log.js";

// (synthetic payloads: no data key is stored, so the drafts name none; verify checks a named key exists)
const draft = (i: number): EntryDraft => {
  const payload = Buffer.alloc(4096, i % 251);
  return { kind: "request", requestId: `r${i}`, time: i, tenant: "t", app: "a", keyId: "k", meta: "{}", keyVersion: null, payload, original: null, payloadDigest: digest(payload), originalDigest: null };
};

/**
 * Whether the database file grew by checkpointed pages: waited for up to 5 s when growth is expected (a worker's
 * first checkpoint can take a while on a loaded machine: it starts a thread), 300 ms when it is not.
 */
async function fileGrew(file: string, before: number, expected: boolean): Promise<boolean> {
  const grown = (): boolean => statSync(file).size - before > 300_000;
  const until = Date.now() + (expected ? 5_000 : 300);
  while (!grown() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return grown();
}

describe("SqliteAuditBackend", () => {
  it.each([
    { worker: true, moved: true },
    { worker: false, moved: false },
  ])("WAL checkpoints from the worker thread: $worker", async ({ worker, moved }) => {
    const dir = mkdtempSync(join(tmpdir(), "warden-sab-"));
    const file = join(dir, "audit.db");
    const b = new SqliteAuditBackend(file, worker ? { backgroundCheckpointMs: 20 } : {});
    try {
      if (!worker) b.db.pragma("wal_autocheckpoint = 100000");
      const before = statSync(file).size;
      await b.append(Array.from({ length: 100 }, (_, i) => draft(i)));
      // Checkpointed pages land in the main database file; without the worker they stay in the WAL.
      expect(await fileGrew(file, before, moved)).toBe(moved);
      expect((await b.tail()).seq).toBe(100);
    } finally {
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    { thread: true, moved: true },
    { thread: false, moved: false },
  ])("checkpointInWriterThread: no checkpointer of its own; the writer thread checkpoints (thread started: $thread)", async ({ thread, moved }) => {
    const dir = mkdtempSync(join(tmpdir(), "warden-sab-"));
    const file = join(dir, "audit.db");
    const b = new SqliteAuditBackend(file, { backgroundCheckpointMs: 20, checkpointInWriterThread: true });
    const writer = thread ? b.startWriterThread({ windowMs: 1, maxBatch: 64, onCrash: () => undefined, onRestart: () => undefined }) : undefined;
    try {
      const before = statSync(file).size;
      // Written on this connection (automatic checkpoint at 100,000 pages): only a background checkpoint moves them.
      await b.append(Array.from({ length: 100 }, (_, i) => draft(i)));
      expect(await fileGrew(file, before, moved)).toBe(moved);
    } finally {
      await writer?.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a batch whose row fails a constraint (in a later multi-row INSERT) leaves nothing behind; the next one chains on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "warden-sab-"));
    const b = new SqliteAuditBackend(join(dir, "audit.db"));
    try {
      await b.append(Array.from({ length: 3 }, (_, i) => draft(i)));
      // 45 rows go as INSERTs of 32, 8, 4 and 1 rows: the bad row is in the second statement, after 32 rows went in.
      const bad = Array.from({ length: 45 }, (_, i) => draft(3 + i));
      bad[40] = { ...(bad[40] as EntryDraft), time: null as unknown as number };
      expect(() => b.appendSync(bad)).toThrow(/NOT NULL/);
      expect(b.db.inTransaction).toBe(false);
      expect((await b.tail()).seq).toBe(3);
      const out = await b.append(Array.from({ length: 45 }, (_, i) => draft(3 + i)));
      expect(out.map((o) => o.seq)).toEqual(Array.from({ length: 45 }, (_, k) => 4 + k));
      expect(await verifyLog(b)).toMatchObject({ ok: true, entries: 48 });
    } finally {
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("two connections on one file taking turns: each chains after the other's tail (not its own last write)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "warden-sab-"));
    const a = new SqliteAuditBackend(join(dir, "audit.db"));
    const b = new SqliteAuditBackend(join(dir, "audit.db"));
    try {
      let i = 0;
      for (const [who, n] of [[a, 3], [a, 2], [b, 4], [a, 1], [b, 1], [b, 2], [a, 5]] as const) {
        const out = await who.append(Array.from({ length: n }, () => draft(i++)));
        expect(out.map((o) => o.seq)).toEqual(Array.from({ length: n }, (_, k) => i - n + k + 1));
      }
      // A row removed under a connection that wrote the tail: it chains after the row now last, not its memory.
      b.db.prepare("DELETE FROM audit_entries WHERE seq = ?").run(i);
      const [after] = await a.append([draft(i)]);
      expect(after?.seq).toBe(i);
      expect(await verifyLog(a)).toMatchObject({ ok: true, entries: i });
    } finally {
      await a.close();
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("appends chain consecutively across batches and report the tail", async () => {
    const dir = mkdtempSync(join(tmpdir(), "warden-sab-"));
    const b = new SqliteAuditBackend(join(dir, "audit.db"));
    try {
      const first = await b.append([draft(1), draft(2)]);
      const second = await b.append([draft(3)]);
      expect([...first, ...second].map((r) => r.seq)).toEqual([1, 2, 3]);
      const rows = [];
      for await (const e of b.scan()) rows.push(e);
      expect(rows[1]?.prevHash.equals(rows[0]?.hash as Buffer)).toBe(true);
      expect(rows[2]?.prevHash.equals(rows[1]?.hash as Buffer)).toBe(true);
      expect((await b.tail()).hash.equals(rows[2]?.hash as Buffer)).toBe(true);
    } finally {
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Batches are inserted with multi-row statements of 32, 8 and 1 rows: sizes around those boundaries.
  it.each([1, 7, 8, 9, 31, 32, 33, 41, 77])("a batch of %i rows lands in order, each row with its own fields, and verifies", async (n) => {
    const dir = mkdtempSync(join(tmpdir(), "warden-sab-"));
    const b = new SqliteAuditBackend(join(dir, "audit.db"));
    try {
      await b.append([draft(0)]);
      const out = await b.append(Array.from({ length: n }, (_, i) => draft(i + 1)));
      expect(out.map((r) => r.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 2));
      const rows = [];
      for await (const e of b.scan()) rows.push(e);
      expect(rows.map((r) => [r.requestId, r.time, r.payload?.[0]])).toEqual(Array.from({ length: n + 1 }, (_, i) => [`r${i}`, i, i % 251]));
      expect(rows.map((r) => r.hash.toString("hex"))).toEqual([rows[0]?.hash.toString("hex"), ...out.map((r) => r.hash.toString("hex"))]);
      expect(await verifyLog(b)).toMatchObject({ ok: true, entries: n + 1 });
    } finally {
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
