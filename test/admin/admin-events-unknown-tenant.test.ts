/**
 * A global admin's action on a tenant that does not exist (not registered, no keys, no policy, no records) is kept in
 * the admin's own trail with the target marked `targetExists: false`, and is not filed under that name: a tenant
 * created later under the name (or a typo that names no tenant) must not inherit entries about a time before it
 * existed. An action that brings the tenant into existence (a tenant created, its first key, a policy set ahead of its
 * onboarding) is filed for it from its outcome on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import type { TestGateway } from "../support/test-gateway.js";
import { adminCall, startAdminGateway } from "./admin-support.js";

let tg: TestGateway & { creds: Record<Role, string> };

beforeAll(async () => {
  tg = await startAdminGateway();
});
afterAll(async () => {
  await tg?.close();
});

interface Row {
  tenant: string;
  meta: Record<string, unknown>;
}

async function rows(tenant: string): Promise<Row[]> {
  return (await tg.gw.audit!.backend.search({ tenant, kind: "admin" })).map((e) => ({ tenant: e.tenant, meta: JSON.parse(e.meta) as Record<string, unknown> }));
}

/** The admin's own entries of one admin request (by the request id the answer carries). */
async function ownEntries(requestId: string): Promise<Row[]> {
  return (await rows("root")).filter((r) => r.meta["requestId"] === requestId);
}

describe("admin actions on a tenant that does not exist", () => {
  it("a read or a refused change on an unknown tenant stays in the admin's trail, marked, and is not inherited by a tenant created later under that name", async () => {
    const read = await adminCall(tg.url, "GET", "/admin/v1/tenants/later-co", tg.creds.admin);
    expect(read.status).toBe(404);
    const patch = await adminCall(tg.url, "PATCH", "/admin/v1/tenants/later-co", tg.creds.admin, { disabled: true });
    expect(patch.status).toBe(404);
    expect(await rows("later-co")).toEqual([]);
    const own = (await rows("root")).filter((r) => r.meta["targetTenant"] === "later-co");
    expect(own.map((r) => r.meta["event"])).toEqual(["admin.tenants.get", "admin.tenants.update"]);
    for (const r of own) expect(r.meta).toMatchObject({ targetExists: false, outcome: "refused" });
    expect(own.every((r) => r.meta["filedFor"] === undefined)).toBe(true);

    // The tenant is created: its trail starts with its creation, nothing from before.
    expect((await adminCall(tg.url, "POST", "/admin/v1/tenants", tg.creds.admin, { id: "later-co" })).status).toBe(201);
    const theirs = await rows("later-co");
    expect(theirs.map((r) => r.meta["event"])).toEqual(["admin.tenants.create"]);
    expect(theirs[0]?.meta).toMatchObject({ filedFor: "target" });
    // Now it exists: the next action on it is filed there, and not marked.
    expect((await adminCall(tg.url, "GET", "/admin/v1/tenants/later-co", tg.creds.admin)).status).toBe(200);
    const after = await rows("later-co");
    expect(after.map((r) => r.meta["event"])).toEqual(["admin.tenants.create", "admin.tenants.get"]);
    expect(after[1]?.meta["targetExists"]).toBeUndefined();
  });

  it("the first key of an unknown tenant: the intent is marked in the admin's trail only, the outcome is filed for the tenant it made", async () => {
    const made = await adminCall(tg.url, "POST", "/admin/v1/tenants/fresh-co/keys", tg.creds.admin, { app: "bot", roles: ["app"] });
    expect(made.status).toBe(201);
    const theirs = await rows("fresh-co");
    expect(theirs.map((r) => r.meta["event"])).toEqual(["admin.keys.create"]);
    expect(theirs[0]?.meta).toMatchObject({ filedFor: "target", outcome: "ok", targetTenant: "fresh-co" });
    const requestId = theirs[0]?.meta["requestId"];
    expect(typeof requestId).toBe("string");
    const own = await ownEntries(requestId as string);
    expect(own.map((r) => [r.meta["event"], r.meta["targetExists"]])).toEqual([
      ["admin.keys.create.begin", false],
      ["admin.keys.create", undefined],
    ]);
  });

  it("a tenant known only by its records (an OIDC tenant with no key or registration) is filed for", async () => {
    await tg.gw.audit!.admin("test.seed", { note: "a record of a tenant known only through tokens" }, { tenant: "token-co" });
    expect((await adminCall(tg.url, "GET", "/admin/v1/tenants/token-co/audit/records?limit=5", tg.creds.admin)).status).toBe(200);
    const theirs = (await rows("token-co")).filter((r) => r.meta["event"] === "admin.audit.search");
    expect(theirs).toHaveLength(1);
    expect(theirs[0]?.meta).toMatchObject({ filedFor: "target" });
  });

  it("a typo that names no tenant leaves nothing under it, whatever the action", async () => {
    expect((await adminCall(tg.url, "GET", "/admin/v1/tenants/tneant-a/keys", tg.creds.admin)).status).toBe(200);
    expect((await adminCall(tg.url, "GET", "/admin/v1/tenants/tneant-a/audit/records?limit=5", tg.creds.admin)).status).toBe(200);
    expect(await rows("tneant-a")).toEqual([]);
    const own = (await rows("root")).filter((r) => r.meta["targetTenant"] === "tneant-a");
    expect(own).toHaveLength(2);
    expect(own.every((r) => r.meta["targetExists"] === false)).toBe(true);
  });
});
