import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EntryDraft } from "./audit-entry.js";
import { digest } from "./entry-hash.js";
import { SqliteAuditBackend } from "./sqlite-audit-backend.js";

const draft = (i: number): EntryDraft => {
  const payload = Buffer.alloc(4096, i % 251);
  return { kind: "request", requestId: `r${i}`, time: i, tenant: "t", app: "a", keyId: "k", meta: "{}", keyVersion: 1, payload, original: null, payloadDigest: digest(payload), originalDigest: null };
};

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
      await new Promise((r) => setTimeout(r, 300));
      // Checkpointed pages land in the main database file; without the worker they stay in the WAL.
      expect(statSync(file).size - before > 300_000).toBe(moved);
      expect((await b.tail()).seq).toBe(100);
    } finally {
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
});
