/**
 * Acceptance (issue 6, scaling out): a deployment that grew on one node (SQLite in its data directory) moves to
 * PostgreSQL with `warden keys migrate --to-postgres`. Real processes of the built gateway (bin/warden.js → dist/):
 * keys are made with the CLI and a tenant disabled through the admin API of a SQLite gateway; after the migration a
 * gateway on PostgreSQL (its own, empty data directory) accepts the same keys, refuses the revoked one and the
 * disabled tenant's; a revocation made on the old node afterwards is a reported conflict until `--force`, which the
 * running PostgreSQL gateway applies at once.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminCall } from "../admin/admin-support.js";
import { tempDir } from "../support/test-gateway.js";
import { serveProcess } from "../support/serve-process.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/warden.js");
const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `keys_migrate_${randomBytes(4).toString("hex")}`;
const dir = tempDir("warden-keys-migrate-");
const sqliteData = join(dir, "node-data");
const children: ChildProcess[] = [];

function configFile(name: string, extra: Record<string, unknown>): string {
  const file = join(dir, `${name}.json`);
  const base = { listen: { host: "127.0.0.1", port: 0 }, logging: { level: "info" }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }] };
  writeFileSync(file, JSON.stringify({ ...base, ...extra }));
  return file;
}
const cfgSqlite = configFile("single-node", { dataDir: sqliteData });
const cfgPg = configFile("replica", {
  dataDir: join(dir, "replica-data"),
  store: { type: "postgres", url: PG_URL, schema },
  keys: { store: "postgres" },
  audit: { kek: { file: join(dir, "audit-kek.key") }, signingKeyFile: join(dir, "audit-signing.key") },
});

function cli(cfg: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function createKey(cfg: string, ...args: string[]): { id: string; key: string } {
  const r = cli(cfg, "keys", "create", ...args);
  expect(r.code, r.err).toBe(0);
  const key = r.out.trim().split("\n").at(-1) ?? "";
  expect(key).toMatch(/^wdn_[A-Za-z0-9]{12}_/);
  return { id: key.slice(4, 16), key };
}

const serve = (cfg: string): Promise<{ url: string; child: ChildProcess }> => serveProcess(BIN, cfg, dir, children);
function stop(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.on("exit", () => r());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

async function chat(url: string, key: string): Promise<{ status: number; code: unknown }> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "demo-1", messages: [{ role: "user", content: "hello" }] }),
  });
  const json = (await res.json()) as { error?: { code?: string } };
  return { status: res.status, code: json.error?.code };
}

let admin = { id: "", key: "" };
let live = { id: "", key: "" };
let revoked = { id: "", key: "" };
let disabledTenant = { id: "", key: "" };

beforeAll(async () => {
  writeFileSync(join(dir, "audit-kek.key"), randomBytes(32).toString("hex"));
  admin = createKey(cfgSqlite, "--tenant", "root", "--app", "ops", "--role", "admin");
  live = createKey(cfgSqlite, "--tenant", "acme", "--app", "bot", "--models", "demo-*", "--rpm", "100");
  revoked = createKey(cfgSqlite, "--tenant", "acme", "--app", "old");
  disabledTenant = createKey(cfgSqlite, "--tenant", "globex", "--app", "bot");
  expect(cli(cfgSqlite, "keys", "revoke", revoked.id).code).toBe(0);
  // the single node in use: a call (last use), a tenant disabled through its admin API
  const node = await serve(cfgSqlite);
  expect((await chat(node.url, live.key)).status).toBe(200);
  const off = await adminCall(node.url, "PATCH", "/admin/v1/tenants/globex", admin.key, { disabled: true });
  expect(off.status, off.text).toBe(200);
  expect((await chat(node.url, disabledTenant.key)).code).toBe("WARDEN_AUTH_TENANT_DISABLED");
  await stop(node.child); // writes the last use
}, 90_000);

afterAll(async () => {
  await Promise.all(children.map(stop));
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe("warden keys migrate --to-postgres", () => {
  it("usage: the target flag is required (2), a config whose key store is not PostgreSQL is refused (2), a data directory without warden.db fails (1)", () => {
    const noFlag = cli(cfgPg, "keys", "migrate", "--data-dir", sqliteData);
    expect(noFlag.code).toBe(2);
    expect(noFlag.err).toMatch(/--to-postgres/);
    const notPg = cli(cfgSqlite, "keys", "migrate", "--to-postgres");
    expect(notPg.code).toBe(2);
    expect(notPg.err).toMatch(/not PostgreSQL/);
    const empty = cli(cfgPg, "keys", "migrate", "--to-postgres", "--data-dir", join(dir, "nowhere"));
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/no warden.db/);
  });

  it("keys made on the SQLite node work on a PostgreSQL gateway after the migration; revoked ones and a disabled tenant's stay refused; a re-run changes nothing; a later revocation is a conflict until --force", async () => {
    const dry = cli(cfgPg, "keys", "migrate", "--to-postgres", "--data-dir", sqliteData, "--dry-run");
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain("keys: 4 in");
    expect(dry.out).toContain("would copy 4");
    expect(dry.out).toMatch(/tenants: 1 in .*would copy 1/);
    expect(dry.out).toContain("dry run: nothing was written");
    // nothing written: the PostgreSQL side knows no key yet
    const before = cli(cfgPg, "keys", "list", "--json");
    expect(before.code, before.err).toBe(0);
    expect(JSON.parse(before.out)).toEqual([]);

    const done = cli(cfgPg, "keys", "migrate", "--to-postgres", "--data-dir", sqliteData, "--json");
    expect(done.code, done.err).toBe(0);
    const report = JSON.parse(done.out) as Record<string, { copied: number; conflicts: string[] }>;
    expect([report["keys"]?.copied, report["tenants"]?.copied, report["policies"]?.copied]).toEqual([4, 1, 0]);

    const listed = JSON.parse(cli(cfgPg, "keys", "list", "--json").out) as { id: string; state: string; lastUsed: string | null; models: string[] | null; limits: unknown }[];
    const byId = new Map(listed.map((k) => [k.id, k]));
    expect(byId.get(revoked.id)?.state).toBe("revoked");
    expect(byId.get(live.id)?.lastUsed).not.toBeNull();
    expect(byId.get(live.id)?.models).toEqual(["demo-*"]);
    expect(byId.get(live.id)?.limits).toEqual({ rpm: 100 });

    const replica = await serve(cfgPg);
    expect(await chat(replica.url, live.key)).toEqual({ status: 200, code: undefined });
    expect(await chat(replica.url, revoked.key)).toEqual({ status: 401, code: "WARDEN_AUTH_REVOKED_KEY" });
    expect(await chat(replica.url, disabledTenant.key)).toEqual({ status: 403, code: "WARDEN_AUTH_TENANT_DISABLED" });
    const keys = await adminCall(replica.url, "GET", "/admin/v1/tenants/acme/keys", admin.key);
    expect(keys.status, keys.text).toBe(200);

    const again = cli(cfgPg, "keys", "migrate", "--to-postgres", "--data-dir", sqliteData);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/keys: 4 in .*copied 0, already there 4, conflicts 0/);

    // the old node revokes a key after the copy: PostgreSQL has it active, a difference the migration reports
    expect(cli(cfgSqlite, "keys", "revoke", live.id).code).toBe(0);
    const conflict = cli(cfgPg, "keys", "migrate", "--to-postgres", "--data-dir", sqliteData);
    expect(conflict.code).toBe(1);
    expect(conflict.out).toContain(`differs in PostgreSQL: ${live.id}`);
    expect(conflict.err).toMatch(/--force/);
    expect((await chat(replica.url, live.key)).status).toBe(200);

    const forced = cli(cfgPg, "keys", "migrate", "--to-postgres", "--data-dir", sqliteData, "--force");
    expect(forced.code, forced.err).toBe(0);
    expect(forced.out).toContain("overwritten 1");
    // the running PostgreSQL gateway was told in the migration's transaction (NOTIFY)
    await expect.poll(async () => (await chat(replica.url, live.key)).code, { timeout: 2_000, interval: 20 }).toBe("WARDEN_AUTH_REVOKED_KEY");
  }, 90_000);
});
