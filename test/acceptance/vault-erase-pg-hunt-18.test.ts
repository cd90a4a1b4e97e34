/**
 * Acceptance hunt 18, expired tokenization mappings in the PostgreSQL vault (`vault.backend: sql` with
 * `store.type: postgres`, table `warden_vault`). `purge` deletes expired rows, but their sealed bytes stay in the
 * table's pages afterwards (pageinspect's get_raw_page, as a copy of the data directory or a base backup would show
 * them; a plain VACUUM does not zero them). Before data keys the still-live vault key opened them (measured: 29 of
 * 40 after the purge, 20 after VACUUM). Mappings are now sealed under a data key per tenant and key period that the
 * purge destroys once no live mapping needs it: this test asserts that none of the purged mappings' bytes found in
 * the pages opens with any key left in the store (unwrapped with the vault key, as its holder would).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { TokenVault } from "../../src/enforce/token-vault.js";
import { purgeVault } from "../../src/enforce/vault/open-vault.js";
import { PostgresVaultStore } from "../../src/enforce/vault/postgres-vault-store.js";
import { SharedVault } from "../../src/enforce/vault/shared-vault.js";
import { VaultDataKeys } from "../../src/enforce/vault/vault-data-keys.js";
import { deriveVaultKeys } from "../../src/enforce/vault/vault-key.js";
import { sealKeyFromMaster } from "../../src/enforce/vault/vault-key-ring.js";
import { openableCopies, type SealedCopy } from "../vault/open-with-stored-keys.js";

const URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `hunt18_vault_${randomBytes(5).toString("hex")}`;

afterAll(async () => {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

async function heapBytes(c: pg.Client, table: string): Promise<Buffer> {
  const pages = Number((await c.query(`SELECT pg_relation_size('"${schema}".${table}') / 8192 AS n`)).rows[0].n);
  const out: Buffer[] = [];
  for (let i = 0; i < pages; i++) out.push(((await c.query(`SELECT get_raw_page('"${schema}".${table}', $1) AS p`, [i])).rows[0] as { p: Buffer }).p);
  return Buffer.concat(out);
}

describe("vault purge on PostgreSQL", () => {
  it("leaves expired mappings' sealed bytes in warden_vault's pages, but no key left in the store opens any of them", async () => {
    const store = new PostgresVaultStore({ url: URL, schema });
    const master = randomBytes(32);
    const ring = [sealKeyFromMaster(master)];
    const periodMs = 300;
    const mk = (ttlMs: number) => {
      const dataKeys = new VaultDataKeys(ring, periodMs);
      const vault = new TokenVault({ ttlMs, writeThrough: true, ring, macKey: deriveVaultKeys(master).macKey, dataKeys });
      return { vault, shared: new SharedVault(vault, store, () => ttlMs, async () => undefined, dataKeys) };
    };
    const expiring = mk(200);
    const live = mk(600_000);
    const c = new pg.Client({ connectionString: URL });
    await c.connect();
    try {
      await c.query("CREATE EXTENSION IF NOT EXISTS pageinspect");
      // Interleaved with a live tenant's mappings, so the pages stay in use (an all-dead table would just be
      // truncated by VACUUM, which says nothing about a busy vault).
      const gone = "t-expiring\u0000k1\u0000conv";
      const kept = "t-live\u0000k1\u0000conv";
      for (let i = 0; i < 40; i++) {
        for (const [r, conv] of [[expiring, gone], [live, kept]] as const) {
          await r.shared.load(conv);
          r.vault.tokenize(conv, "EMAIL_ADDRESS", `person.${i}.${randomBytes(4).toString("hex")}@example.org`);
          expect(await r.shared.flush(conv)).toEqual([]);
        }
      }
      const storeId = expiring.vault.storeId(gone);
      const sealed: SealedCopy[] = (await store.load(storeId, 200)).map((m) => ({ storeId, token: m.token, blob: Buffer.from(m.blob) }));
      expect(sealed).toHaveLength(40);
      const inPages = async (): Promise<SealedCopy[]> => {
        const heap = await heapBytes(c, "warden_vault");
        return sealed.filter((s) => heap.includes(s.blob.subarray(s.blob.length - 24)));
      };
      expect(await inPages()).toHaveLength(40); // the probe sees what it looks for
      expect(await openableCopies(store, ring, sealed)).toHaveLength(40); // and opens what is live
      const wrappedBefore: Buffer[] = [];
      for await (const k of store.dataKeyRecords()) wrappedBefore.push(Buffer.from(k.wrapped));
      // past the TTL, the key's period and one more period
      await new Promise((r) => setTimeout(r, 200 + 2 * periodMs + 100));
      const purged = await purgeVault(store);
      expect(purged.mappings).toBe(40);
      expect(purged.keys).toBeGreaterThanOrEqual(1);
      const afterPurge = await inPages();
      await c.query(`VACUUM "${schema}".warden_vault`);
      const afterVacuum = await inPages();
      console.log(`hunt 18 PG vault: of 40 expired sealed blobs, ${afterPurge.length} in warden_vault's pages after purge, ${afterVacuum.length} after VACUUM; openable with a key left in the store: ${(await openableCopies(store, ring, sealed)).length}`);
      // The bytes are left (the limit of a DELETE), but nothing the store holds opens them: every copy of every
      // purged mapping, wherever it was found (pages, WAL, backups), is tried against every key left.
      expect(afterPurge.length).toBeGreaterThan(0);
      expect(await openableCopies(store, ring, sealed)).toEqual([]);
      // nor are the destroyed keys' wrappings left in warden_vault_dek's pages (rewritten after retirement)
      const keyPages = await heapBytes(c, "warden_vault_dek");
      const liveKeys: Buffer[] = [];
      for await (const k of store.dataKeyRecords()) liveKeys.push(k.wrapped);
      expect(liveKeys.length).toBeGreaterThanOrEqual(1); // the live tenant's
      const destroyed = wrappedBefore.filter((w) => !liveKeys.some((k) => k.equals(w)));
      expect(destroyed.length).toBeGreaterThanOrEqual(1);
      expect(liveKeys.filter((w) => keyPages.includes(w))).toHaveLength(liveKeys.length); // the probe finds live ones
      expect(destroyed.filter((w) => keyPages.includes(w))).toEqual([]);
      // the live tenant's mappings still restore
      const fresh = mk(600_000);
      await fresh.shared.load(kept);
      const liveTokens = (await store.load(live.vault.storeId(kept), 600_000)).map((m) => m.token);
      expect(fresh.vault.restore(kept, liveTokens.join(" "))?.count).toBe(40);
    } finally {
      await c.end();
      await store.close();
    }
  }, 30_000);
});
