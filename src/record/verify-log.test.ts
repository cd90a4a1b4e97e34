import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EntryDraft } from "./audit-entry.js";
import { SqliteAuditBackend } from "./sqlite-audit-backend.js";
import { verifyLog } from "./verify-log.js";

const draft = (i: number): EntryDraft => ({ kind: "admin", requestId: `r${i}`, time: 1_700_000_000_000 + i, tenant: "t", app: "a", keyId: "k", meta: `{"event":"e${i}"}`, keyVersion: null, payload: null, original: null, payloadDigest: null, originalDigest: null });

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A store of 4 entries with `sql` run against it behind the log's back. */
async function tampered(sql: string): Promise<SqliteAuditBackend> {
  const dir = mkdtempSync(join(tmpdir(), "warden-verify-"));
  dirs.push(dir);
  const b = new SqliteAuditBackend(join(dir, "audit.db"));
  await b.append([1, 2, 3, 4].map(draft));
  b.db.prepare(sql).run();
  return b;
}

describe("verifyLog: a column changed to another type", () => {
  // SQLite keeps any value in any column (a BLOB in a TEXT column, a REAL in an INTEGER one): such an edit must be
  // reported at its record, not crash verify ("argument must be a string") or pass unseen (a fractional time hashed
  // as its integer part).
  it.each([
    ["meta stored as a blob", "update audit_entries set meta = cast(meta as blob) where seq = 3", /meta/],
    ["prev_hash stored as text", "update audit_entries set prev_hash = hex(prev_hash) where seq = 3", /prev_hash/],
    ["hash stored as text", "update audit_entries set hash = hex(hash) where seq = 3", /hash/],
    ["a fractional time", "update audit_entries set time = time + 0.5 where seq = 3", /time/],
    ["tenant stored as a blob", "update audit_entries set tenant = cast(tenant as blob) where seq = 3", /tenant/],
    ["a payload digest of the wrong length", "update audit_entries set payload_digest = x'0011' where seq = 3", /payload_digest/],
    ["a payload changed into text (as '||' makes it)", "update audit_entries set payload = cast(x'6869' as text) where seq = 3", /payload does not match its digest \(modified: column payload holds text/],
  ])("%s: reported at that record", async (_what, sql, field) => {
    const b = await tampered(sql);
    try {
      const r = await verifyLog(b);
      expect(r.ok).toBe(false);
      expect(r.problem?.seq).toBe(3);
      expect(r.problem?.reason).toMatch(field);
    } finally {
      await b.close();
    }
  });

  it("an intact store still verifies", async () => {
    const b = await tampered("select 1");
    try {
      expect(await verifyLog(b)).toMatchObject({ ok: true, entries: 4 });
    } finally {
      await b.close();
    }
  });
});
