/**
 * Issue 6: a replica whose LISTEN connection to PostgreSQL drops must not keep serving a key revoked meanwhile for
 * longer than `keys.maxStaleSeconds`. Real PostgreSQL; the replica under test reaches it through a TCP relay the
 * test can cut (every connection dropped, new ones refused) and restore, while a second store writes directly.
 */
import { randomBytes } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Authenticator } from "./authenticate.js";
import { PostgresKeyStore } from "./postgres-key-store.js";
import { PostgresTenantPolicyStore } from "../admin/postgres-tenant-policy-store.js";
import { PostgresTenantStore } from "../admin/postgres-tenant-store.js";
import { LocalKek } from "../record/key-encryption-key.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const target = new URL(PG_URL);
const run = randomBytes(4).toString("hex");
/** The audit KEK the policy stores share (it wraps their policy data key). */
const policyKek = new LocalKek(randomBytes(32));
let n = 0;
const schemas: string[] = [];
const closers: (() => Promise<void>)[] = [];

function newSchema(): string {
  const s = `keys_stale_${run}_${n++}`;
  schemas.push(s);
  return s;
}
async function sql<T extends pg.QueryResultRow>(text: string, args: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return (await c.query<T>(text, args)).rows;
  } finally {
    await c.end();
  }
}

/** A TCP relay to PostgreSQL that can be cut (all connections dropped, new ones refused) and restored. */
async function relay(): Promise<{ url: string; cut(): void; restore(): void }> {
  const open = new Set<Socket>();
  let up = true;
  const server: Server = createServer((client) => {
    if (!up) return void client.destroy();
    const upstream = connect(Number(target.port || 5432), target.hostname);
    open.add(client);
    open.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  closers.push(() => new Promise<void>((r) => (server.close(() => r()), [...open].forEach((s) => s.destroy()))));
  const url = new URL(PG_URL);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return {
    url: url.toString(),
    cut() {
      up = false;
      for (const s of open) s.destroy();
      open.clear();
    },
    restore() {
      up = true;
    },
  };
}

async function keyStore(url: string, schema: string, maxStaleMs?: number): Promise<PostgresKeyStore> {
  // a reload period far beyond the test: only the reconnection can bring missed changes in
  const s = await PostgresKeyStore.open({ url, schema, refreshMs: 3_600_000, ...(maxStaleMs !== undefined ? { maxStaleMs } : {}), onError: () => undefined });
  closers.push(() => s.close());
  return s;
}

/** The outcome of one authentication: "ok" or the error code. */
function outcome(auth: Authenticator, key: string): string {
  try {
    auth.authenticate({ authorization: `Bearer ${key}` });
    return "ok";
  } catch (err) {
    return String((err as { code?: unknown }).code);
  }
}

afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});
afterAll(async () => {
  for (const s of schemas) await sql(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
});

describe("a replica whose change feed drops (keys.maxStaleSeconds)", () => {
  it("LISTEN backend terminated, key revoked meanwhile: the replica reconnects, reloads, and refuses the key within the record cache's second plus a reconnection; it never went stale", async () => {
    const schema = newSchema();
    const writer = await keyStore(PG_URL, schema);
    const replica = await keyStore(PG_URL, schema, 30_000);
    const auth = new Authenticator(replica);
    const { record, key } = writer.create({ tenant: "t", app: "a", roles: ["app"] });
    await writer.flush();
    await expect.poll(() => outcome(auth, key), { timeout: 2_000, interval: 10 }).toBe("ok");
    const killed = await sql<{ ok: boolean }>("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN%'", [`warden_keys-${schema}`]);
    expect(killed.length).toBeGreaterThanOrEqual(2); // both stores' listeners
    writer.revoke(record.id);
    await writer.flush();
    const t0 = performance.now();
    await expect.poll(() => outcome(auth, key), { timeout: 3_000, interval: 10 }).toBe("WARDEN_AUTH_REVOKED_KEY");
    // reconnection (first attempt after 125-250 ms), reload, and the authenticator's one-second record cache
    expect(performance.now() - t0).toBeLessThan(2_500);
    expect(replica.staleMs()).toBe(0);
  });

  it("cut off for longer than the bound: every key is refused with WARDEN_AUTH_STORE_STALE; once back, reloaded: the revoked key is refused as revoked, the others work", async () => {
    const schema = newSchema();
    const link = await relay();
    const writer = await keyStore(PG_URL, schema);
    const replica = await keyStore(link.url, schema, 1_000);
    const auth = new Authenticator(replica);
    const kept = writer.create({ tenant: "t", app: "a", roles: ["app"] });
    const doomed = writer.create({ tenant: "t", app: "b", roles: ["app"] });
    await writer.flush();
    await expect.poll(() => [outcome(auth, kept.key), outcome(auth, doomed.key)], { timeout: 2_000, interval: 10 }).toEqual(["ok", "ok"]);

    link.cut();
    writer.revoke(doomed.record.id);
    await writer.flush();
    // within the bound the replica serves from memory (the revocation is unseen: the staleness the bound limits)
    await expect.poll(() => replica.staleMs(), { timeout: 1_000, interval: 5 }).toBeGreaterThan(0);
    expect(outcome(auth, kept.key)).toBe("ok");
    // past it, fail closed: no key is vouched for, the revoked one included
    await expect.poll(() => outcome(auth, doomed.key), { timeout: 3_000, interval: 20 }).toBe("WARDEN_AUTH_STORE_STALE");
    expect(outcome(auth, kept.key)).toBe("WARDEN_AUTH_STORE_STALE");
    // a missing key is still told apart (nothing to vouch for)
    expect(outcome(auth, "")).toBe("WARDEN_AUTH_MISSING_KEY");

    link.restore();
    // reconnect with backoff (at most 5 s between attempts), reload, live again
    await expect.poll(() => replica.staleMs(), { timeout: 8_000, interval: 20 }).toBe(0);
    // within the authenticator's one-second record cache: a poll that ran just inside the bound cached the unrevoked
    // record, and on a loaded machine the feed can be live again less than a second later
    await expect.poll(() => outcome(auth, doomed.key), { timeout: 2_000, interval: 10 }).toBe("WARDEN_AUTH_REVOKED_KEY");
    expect(outcome(auth, kept.key)).toBe("ok");
    // and it hears changes again
    writer.revoke(kept.record.id);
    await writer.flush();
    await expect.poll(() => outcome(auth, kept.key), { timeout: 2_000, interval: 10 }).toBe("WARDEN_AUTH_REVOKED_KEY");
  }, 20_000);

  it("maxStaleMs 0 turns the bound off: the replica serves from memory however long the feed is down", async () => {
    const schema = newSchema();
    const link = await relay();
    const writer = await keyStore(PG_URL, schema);
    const replica = await keyStore(link.url, schema, 0);
    const auth = new Authenticator(replica);
    const k = writer.create({ tenant: "t", app: "a", roles: ["app"] });
    await writer.flush();
    await expect.poll(() => outcome(auth, k.key), { timeout: 2_000, interval: 10 }).toBe("ok");
    link.cut();
    await new Promise((r) => setTimeout(r, 1_200));
    expect(replica.staleMs()).toBeGreaterThan(1_000);
    expect(outcome(auth, k.key)).toBe("ok");
  });

  it("the tenant store is bounded the same way: isDisabled throws WARDEN_AUTH_STORE_STALE past the bound, and answers again once reloaded", async () => {
    const schema = newSchema();
    const link = await relay();
    const writer = await PostgresTenantStore.open({ url: PG_URL, schema, onError: () => undefined });
    closers.push(() => writer.close());
    const replica = await PostgresTenantStore.open({ url: link.url, schema, refreshMs: 3_600_000, maxStaleMs: 1_000, onError: () => undefined });
    closers.push(() => replica.close());
    writer.create({ id: "acme" });
    await writer.flush();
    await expect.poll(() => replica.get("acme") !== undefined, { timeout: 2_000, interval: 10 }).toBe(true);
    link.cut();
    writer.update("acme", { disabled: true });
    await writer.flush();
    expect(replica.isDisabled("acme")).toBe(false); // within the bound: the memory copy
    const code = async () => {
      try {
        return replica.isDisabled("acme");
      } catch (err) {
        return (err as { code?: unknown }).code;
      }
    };
    await expect.poll(code, { timeout: 3_000, interval: 20 }).toBe("WARDEN_AUTH_STORE_STALE");
    link.restore();
    await expect.poll(code, { timeout: 8_000, interval: 20 }).toBe(true);
  }, 20_000);

  it("admin-API policies are bounded too (keys.policyMaxStaleSeconds): past the bound assertFresh throws WARDEN_POLICY_STORE_STALE; a policy applied elsewhere meanwhile is in force once back", async () => {
    const schema = newSchema();
    const link = await relay();
    const writer = await PostgresTenantPolicyStore.open({ url: PG_URL, schema, kek: policyKek, onError: () => undefined });
    closers.push(() => writer.close());
    const replica = await PostgresTenantPolicyStore.open({ url: link.url, schema, kek: policyKek, refreshMs: 3_600_000, maxStaleMs: 1_000, onError: () => undefined });
    closers.push(() => replica.close());
    const policy = (document: string) => ({ scope: "acme", document, updatedAt: Date.now(), updatedBy: "test" });
    writer.put(policy("[1]"));
    await writer.flush();
    await expect.poll(() => replica.get("acme")?.document, { timeout: 2_000, interval: 10 }).toBe("[1]");
    link.cut();
    writer.put(policy("[2]"));
    await writer.flush();
    const fresh = () => {
      try {
        replica.assertFresh();
        return "fresh";
      } catch (err) {
        return String((err as { code?: unknown }).code);
      }
    };
    expect(fresh()).toBe("fresh"); // within the bound: the copy in memory
    expect(replica.get("acme")?.document).toBe("[1]");
    await expect.poll(fresh, { timeout: 3_000, interval: 20 }).toBe("WARDEN_POLICY_STORE_STALE");
    link.restore();
    await expect.poll(fresh, { timeout: 8_000, interval: 20 }).toBe("fresh");
    expect(replica.get("acme")?.document).toBe("[2]");
  }, 20_000);

  it("policyMaxStaleSeconds 0 turns the policy bound off", async () => {
    const schema = newSchema();
    const link = await relay();
    const replica = await PostgresTenantPolicyStore.open({ url: link.url, schema, kek: policyKek, refreshMs: 3_600_000, maxStaleMs: 0, onError: () => undefined });
    closers.push(() => replica.close());
    link.cut();
    await expect.poll(() => replica.staleMs(), { timeout: 3_000, interval: 20 }).toBeGreaterThan(1_200);
    expect(() => replica.assertFresh()).not.toThrow();
  }, 20_000);
});
