/**
 * Issue 6: two replicas sharing PostgreSQL (`keys.store: postgres`) asked to create the same tenant at the same
 * moment. Each answers from its own memory, so both accept the call; the database keeps one row, and the replica
 * whose insert found it there must answer 409 `WARDEN_ADMIN_CONFLICT` (not 201 for a tenant it did not create, and
 * not a 500), after which both replicas show the winner's tenant.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import type { TestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf, startAdminGateway } from "./admin-support.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `tenant_race_${randomBytes(4).toString("hex")}`;
// Replicas share the key-encryption key (docs/configuration.md `audit.kek`: the same on every replica): it wraps the
// audit data keys and the admin-API policy key that both replicas read from PostgreSQL.
const kekFile = join(mkdtempSync(join(tmpdir(), "warden-race-")), "audit-kek.key");
writeFileSync(kekFile, randomBytes(32).toString("hex"));
const shared = { keys: { store: "postgres" }, store: { type: "postgres", url: PG_URL, schema }, audit: { kek: { file: kekFile } } };
let a: TestGateway & { creds: Record<Role, string> };
let b: TestGateway & { creds: Record<Role, string> };

beforeAll(async () => {
  a = await startAdminGateway(shared);
  b = await startAdminGateway(shared);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

describe("concurrent tenant creation on two replicas (PostgreSQL)", () => {
  it("the loser answers 409 WARDEN_ADMIN_CONFLICT, the winner 201, and both replicas then show the winner's tenant", async () => {
    for (let i = 0; i < 10; i++) {
      const id = `race-${i}`;
      const [ra, rb] = await Promise.all([
        adminCall(a.url, "POST", "/admin/v1/tenants", a.creds.admin, { id, name: "via a" }),
        adminCall(b.url, "POST", "/admin/v1/tenants", b.creds.admin, { id, name: "via b" }),
      ]);
      const statuses = [ra.status, rb.status].sort();
      expect(statuses, `${ra.text} ${rb.text}`).toEqual([201, 409]);
      const loser = ra.status === 409 ? ra : rb;
      expect(codeOf(loser)).toBe("WARDEN_ADMIN_CONFLICT");
      const winnerName = ra.status === 201 ? "via a" : "via b";
      for (const gw of [a, b]) {
        await expect
          .poll(async () => ((await adminCall(gw.url, "GET", `/admin/v1/tenants/${id}`, gw.creds.admin)).json?.["tenant"] as { name?: unknown } | undefined)?.name, { timeout: 2_000, interval: 20 })
          .toBe(winnerName);
      }
    }
    // A create of an existing tenant on either replica is a plain 409 (known in memory already).
    const again = await adminCall(b.url, "POST", "/admin/v1/tenants", b.creds.admin, { id: "race-0" });
    expect(again.status).toBe(409);
    expect(codeOf(again)).toBe("WARDEN_ADMIN_CONFLICT");
  });
});
