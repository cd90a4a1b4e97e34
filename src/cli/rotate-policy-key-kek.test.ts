import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresTenantPolicyStore } from "../admin/postgres-tenant-policy-store.js";
import { SqliteTenantPolicyStore } from "../admin/sqlite-tenant-policy-store.js";
import type { TenantPolicyStore } from "../admin/tenant-policy-store.js";
import { type KeyEncryptionKey, LocalKek } from "../record/key-encryption-key.js";
import { tempDir } from "../../test/support/test-gateway.js";
import { rotatePolicyKeyKek } from "./rotate-policy-key-kek.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `hopen_rotate_policy_${randomBytes(4).toString("hex")}`;
const dir = tempDir("warden-rotate-policy-");

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

const doc = JSON.stringify({ hashKey: "0123456789abcdef-secret", rules: [] });

describe.each([
  ["SQLite", { dataDir: dir, keys: { store: "sqlite" as const }, store: { type: "sqlite" as const } }, (kek: KeyEncryptionKey): Promise<TenantPolicyStore> => SqliteTenantPolicyStore.open(dir, kek)],
  ["PostgreSQL", { dataDir: dir, keys: { store: "postgres" as const }, store: { type: "postgres" as const, url: PG_URL, schema } }, (kek: KeyEncryptionKey): Promise<TenantPolicyStore> => PostgresTenantPolicyStore.open({ url: PG_URL, schema, kek })],
] as const)("rotate-kek and the policy data key (%s)", (_name, cfg, open) => {
  it("re-wraps it where the config keeps the policies: the store opens under the new KEK only", async () => {
    const oldKek = new LocalKek(randomBytes(32));
    const newKek = new LocalKek(randomBytes(32));
    const s = await open(oldKek);
    s.put({ scope: "*", document: doc, updatedAt: 1, updatedBy: "test" });
    await s.flush();
    await s.close();
    expect(await rotatePolicyKeyKek(cfg, oldKek, newKek)).toBe(true);
    await expect(open(oldKek)).rejects.toThrow(/does not unwrap it/);
    const after = await open(newKek);
    expect(after.get("*")?.document).toBe(doc);
    await after.close();
  });
});

it("nothing to re-wrap when the data directory has no warden.db", async () => {
  const empty = tempDir("warden-rotate-policy-empty-");
  try {
    expect(await rotatePolicyKeyKek({ dataDir: empty, keys: { store: "sqlite" as const }, store: { type: "sqlite" as const } }, new LocalKek(randomBytes(32)), new LocalKek(randomBytes(32)))).toBe(false);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
