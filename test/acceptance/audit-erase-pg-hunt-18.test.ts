/**
 * Acceptance hunt 18, what a purge leaves in PostgreSQL's heap (issue 5: a purge "removes or shreds expired
 * payloads"; docs/audit.md: "A purge removes the payload bytes of expired entries"). The rows are right after the
 * purge; the question is whether the purged ciphertext (whose tenant data key is still live, so anyone with the KEK
 * and a copy of the data files or a base backup decrypts it) can still be read from the table's pages
 * (pageinspect's get_raw_page, as a copy of the data directory would show them). The same for a shredded or
 * re-wrapped data key.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { decryptPayload, payloadAad } from "../../src/record/data-keys.js";
import { kekFromFile } from "../../src/record/key-encryption-key.js";
import { postJson, startTestGateway, tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
const URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `hunt18_erase_${randomBytes(5).toString("hex")}`;
const dirs: string[] = [];

afterAll(async () => {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  for (const s of [schema, ...keySchemas]) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The raw bytes of every page of one of the schema's tables. */
async function heapBytes(c: pg.Client, table = "audit_entries", s = schema): Promise<Buffer> {
  const pages = Number((await c.query(`SELECT pg_relation_size('"${s}".${table}') / 8192 AS n`)).rows[0].n);
  const out: Buffer[] = [];
  for (let i = 0; i < pages; i++) out.push(((await c.query(`SELECT get_raw_page('"${s}".${table}', $1) AS p`, [i])).rows[0] as { p: Buffer }).p);
  return Buffer.concat(out);
}

const keySchemas: string[] = [];

/** A fresh schema with two answered calls of tenant t1 (so t1 has a data key); its config path. */
async function withDataKey(): Promise<{ s: string; cfg: string }> {
  const s = `hunt18_keys_${randomBytes(5).toString("hex")}`;
  keySchemas.push(s);
  const dir = tempDir("warden-erase-pg-");
  dirs.push(dir);
  const base = { listen: { host: "127.0.0.1", port: 0 }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }], store: { type: "postgres", url: URL, schema: s } };
  const t = await startTestGateway(base, { dataDir: dir });
  for (let i = 0; i < 2; i++) {
    const r = await postJson(`${t.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: `note ${i}` }] }, t.key);
    expect(r.status).toBe(200);
    await r.text();
  }
  await t.close();
  const cfg = join(dir, "w.yaml");
  writeFileSync(cfg, JSON.stringify({ ...base, dataDir: dir }));
  return { s, cfg };
}

describe("data keys on PostgreSQL: no old wrapping left in audit_data_keys' pages", () => {
  for (const what of ["audit shred (was 1 of 1 wrapped key readable after the shred)", "keys rotate-kek (the retired KEK's wrapping)"]) {
    it(what, async () => {
      const { s, cfg } = await withDataKey();
      const c = new pg.Client({ connectionString: URL });
      await c.connect();
      try {
        await c.query("CREATE EXTENSION IF NOT EXISTS pageinspect");
        const wrapped = ((await c.query(`SELECT wrapped FROM "${s}".audit_data_keys WHERE wrapped IS NOT NULL`)).rows as { wrapped: Buffer }[]).map((r) => r.wrapped);
        expect(wrapped.length).toBeGreaterThan(0);
        const readable = async (): Promise<number> => {
          const heap = await heapBytes(c, "audit_data_keys", s);
          return wrapped.filter((w) => heap.includes(w)).length;
        };
        expect(await readable()).toBe(wrapped.length); // the probe sees what it looks for
        const args = what.startsWith("audit shred") ? ["audit", "shred", "-c", cfg, "--tenant", "t1", "--yes"] : ["keys", "rotate-kek", "-c", cfg, "--new-kek-file", join(cfg, "..", "new.kek")];
        if (!what.startsWith("audit shred")) writeFileSync(join(cfg, "..", "new.kek"), "ef".repeat(32));
        const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 15_000 });
        expect(r.status, r.stderr).toBe(0);
        expect(await readable()).toBe(0);
      } finally {
        await c.end();
      }
    }, 30_000);
  }
});

describe("audit purge on PostgreSQL", () => {
  // Was DEFECT (open, it.skip): PostgresAuditBackend.purgePayloads is `UPDATE ... SET payload = NULL`, so the old
  // tuple versions keep the ciphertext in the heap (10 of 10 readable with get_raw_page after the purge, 8 of 10 after
  // a plain VACUUM, and in the WAL and any base backup). PostgreSQL cannot erase those bytes without a table rewrite,
  // so the purge now makes them useless instead: data keys rotate per key period, and a purge destroys a past period's
  // key once no stored payload needs it (crypto-shredding by period). The ciphertext may stay in the pages; the key
  // that opens it is gone from audit_data_keys' rows and pages.
  it("purged payloads' ciphertext left in the table's pages can no longer be decrypted: their data keys are gone", async () => {
    const dir = tempDir("warden-erase-pg-");
    dirs.push(dir);
    // Retention 0.86 s, so the key period defaults to 0.86 s too; the gateway does not purge by itself here.
    const audit = { retention: { payloadDays: 0.00001, purgeIntervalMs: 0 } };
    const base = { listen: { host: "127.0.0.1", port: 0 }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }], store: { type: "postgres", url: URL, schema }, audit };
    const t = await startTestGateway(base, { dataDir: dir });
    for (let i = 0; i < 5; i++) {
      const r = await postJson(`${t.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: `note ${i}: `.repeat(40) }] }, t.key);
      expect(r.status).toBe(200);
      await r.text();
    }
    await t.close();
    const kek = kekFromFile(join(dir, "audit-kek.key"));
    const c = new pg.Client({ connectionString: URL });
    await c.connect();
    try {
      await c.query("CREATE EXTENSION IF NOT EXISTS pageinspect");
      type Row = { payload: Buffer; request_id: string; kind: string; tenant: string; key_version: number };
      const rows = (await c.query(`SELECT payload, request_id, kind, tenant, key_version FROM "${schema}".audit_entries WHERE payload IS NOT NULL`)).rows as Row[];
      expect(rows.length).toBe(10);
      const wrappedOf = async (): Promise<Map<string, Buffer | null>> =>
        new Map(((await c.query(`SELECT tenant, version, wrapped FROM "${schema}".audit_data_keys`)).rows as { tenant: string; version: number; wrapped: Buffer | null }[]).map((k) => [`${k.tenant}\0${k.version}`, k.wrapped]));
      const before = await wrappedOf();
      // The probe decrypts what it looks at: every payload opens with the KEK and its key row before the purge.
      for (const r of rows) {
        const w = before.get(`${r.tenant}\0${r.key_version}`);
        expect(w).toBeInstanceOf(Buffer);
        expect(decryptPayload(await kek.unwrap(w as Buffer), r.payload, payloadAad(r.request_id, r.kind, "payload")).toString("utf8")).toMatch(/note \d: /);
      }
      const usedKeys = [...new Set(rows.map((r) => `${r.tenant}\0${r.key_version}`))];
      const oldWrapped = usedKeys.map((k) => before.get(k) as Buffer);
      const needles = rows.map((r) => Buffer.from(r.payload.subarray(16, 48)));
      const found = async (): Promise<number> => {
        const heap = await heapBytes(c);
        return needles.filter((n) => heap.includes(n)).length;
      };
      expect(await found()).toBe(10); // the probe sees what it looks for
      expect((await heapBytes(c)).includes(Buffer.from("note 0: note 0: "))).toBe(false); // never plaintext
      // Past the retention, and one key period past the end of the keys' period (1.73 s after the last call at most).
      await new Promise((r) => setTimeout(r, 2_000));
      const cfg = join(dir, "w.yaml");
      writeFileSync(cfg, JSON.stringify({ ...base, dataDir: dir }));
      const p = spawnSync(process.execPath, [BIN, "audit", "purge", "-c", cfg], { encoding: "utf8", timeout: 15_000 });
      expect(p.status, p.stderr).toBe(0);
      expect(p.stdout).toMatch(/payload\t\*\tbefore \S+\t10 purged/);
      expect(p.stdout).toMatch(new RegExp(`keys\\t${usedKeys.length} data key\\(s\\) of past key periods destroyed`));
      // What a copy of the data files shows: the ciphertext may still be in audit_entries' pages (PostgreSQL does not
      // erase freed tuples), but every key it was encrypted under is destroyed, in the rows and in the key table's pages.
      const left = await found();
      await c.query(`VACUUM "${schema}".audit_entries`);
      const after = await wrappedOf();
      for (const k of usedKeys) expect(after.get(k)).toBeNull();
      const keyHeap = await heapBytes(c, "audit_data_keys");
      expect(oldWrapped.filter((w) => keyHeap.includes(w)).length).toBe(0);
      // No key row that is left opens any leftover ciphertext (a tenant's other keys do not fit it).
      const live = await Promise.all([...after.values()].filter((w): w is Buffer => w !== null).map((w) => kek.unwrap(w)));
      for (const r of rows) for (const key of live) expect(() => decryptPayload(key, r.payload, payloadAad(r.request_id, r.kind, "payload"))).toThrow();
      console.log(`hunt 18 PG purge: ${left} of 10 purged ciphertexts still in the heap after the purge, ${await found()} after VACUUM; ${usedKeys.length} data key(s) destroyed, 0 old wrappings in audit_data_keys' pages`);
      // The chain still verifies (tombstones keep the digests; the purge event lists the retired keys).
      const v = spawnSync(process.execPath, [BIN, "audit", "verify", "-c", cfg], { encoding: "utf8", timeout: 15_000 });
      expect(v.status, v.stdout + v.stderr).toBe(0);
    } finally {
      await c.end();
    }
  }, 30_000);
});
