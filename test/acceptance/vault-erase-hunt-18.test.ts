/**
 * Acceptance hunt 18, expired tokenization mappings in the SQLite vault (`vault.backend: sql` without PostgreSQL,
 * `<dataDir>/vault.db`, docs/policy.md): a mapping seals an original value under the vault key, which sits beside it
 * in the data directory (`vault.key`). Once expired and purged, its sealed bytes must be gone from the files too, not
 * only from the table, or a copy of the directory still opens them.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteVaultStore } from "../../src/enforce/vault/sqlite-vault-store.js";
import { tempDir } from "../support/test-gateway.js";

const dir = tempDir("warden-vault-erase-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vault purge", () => {
  it("leaves no expired mapping's sealed bytes in vault.db or its WAL (was 40 of 40 readable)", async () => {
    const store = new SqliteVaultStore(join(dir, "vault.db"));
    const blobs = Array.from({ length: 40 }, () => randomBytes(120));
    await store.save("t1\u0000key1\u0000", blobs.map((blob, i) => ({ token: `⟦EMAIL_${i}⟧`, blob, restore: true })), 50);
    await new Promise((r) => setTimeout(r, 100)); // past the 50 ms TTL
    expect(await store.purge()).toBe(40);
    expect(await store.load("t1\u0000key1\u0000", 50)).toEqual([]);
    const found = readdirSync(dir).map((f) => ({ f, n: blobs.filter((b) => readFileSync(join(dir, f)).includes(b.subarray(40, 72))).length }));
    await store.close();
    expect(found.filter((x) => x.n > 0)).toEqual([]);
  });
});
