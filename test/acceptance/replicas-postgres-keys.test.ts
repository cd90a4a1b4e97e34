/**
 * Acceptance (issue 6 / 2, "stateless replicas over PostgreSQL"): two real `warden serve` processes of the built
 * gateway (bin/warden.js → dist/), each with its OWN data directory and no Redis, sharing only one PostgreSQL
 * database (own schema) for the audit store, the keys and the tenants (`keys.store: postgres`). A key made on one
 * replica is used on the other; one revoked on the other is refused on the first within a second (LISTEN/NOTIFY); a
 * tenant disabled on one is refused on the other.
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
const run = randomBytes(4).toString("hex");
const schema = `pgkeys_replicas_${run}`;
const dir = tempDir("warden-pgkeys-replicas-");
const children: ChildProcess[] = [];
let a = "";
let b = "";
let adminKey = "";

/** One config per replica: everything shared but the data directory. */
function configFile(name: string): string {
  const file = join(dir, `${name}.json`);
  const config = {
    listen: { host: "127.0.0.1", port: 0 },
    dataDir: join(dir, `data-${name}`),
    logging: { level: "info" },
    providers: { demo: { type: "demo" } },
    routes: [{ models: ["*"], provider: "demo" }],
    store: { type: "postgres", url: PG_URL, schema },
    keys: { store: "postgres" },
    // replicas sharing a PostgreSQL audit store share its key-encryption key and signing key
    audit: { kek: { file: join(dir, "audit-kek.key") }, signingKeyFile: join(dir, "audit-signing.key") },
  };
  writeFileSync(file, JSON.stringify(config));
  return file;
}
const cfgA = configFile("a");
const cfgB = configFile("b");

function cli(cfg: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const serve = async (cfg: string): Promise<string> => (await serveProcess(BIN, cfg, dir, children)).url;

async function chat(url: string, key: string): Promise<{ status: number; code: unknown }> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "demo-1", messages: [{ role: "user", content: "hello" }] }),
  });
  const json = (await res.json()) as { error?: { code?: string } };
  return { status: res.status, code: json.error?.code };
}

async function msUntil(probe: () => Promise<{ status: number }>, want: number, within = 3_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < within) {
    if ((await probe()).status === want) return performance.now() - t0;
  }
  return Number.POSITIVE_INFINITY;
}

beforeAll(async () => {
  writeFileSync(join(dir, "audit-kek.key"), randomBytes(32).toString("hex"));
  // the admin key is made with the CLI of replica A's config: it goes to PostgreSQL, not to A's data directory
  const r = cli(cfgA, "keys", "create", "--tenant", "root", "--app", "admin-cli", "--role", "admin");
  expect(r.code, r.err).toBe(0);
  adminKey = r.out.trim().split("\n").at(-1) ?? "";
  expect(adminKey).toMatch(/^wdn_[A-Za-z0-9]{12}_/);
  a = await serve(cfgA);
  b = await serve(cfgB);
  // One call on each first: a process's first call starts its detection thread and warms the code, which on this
  // shared machine can take longer than the propagation the tests time.
  const warm = cli(cfgA, "keys", "create", "--tenant", "warmup", "--app", "bot");
  expect(warm.code, warm.err).toBe(0);
  const warmKey = warm.out.trim().split("\n").at(-1) ?? "";
  for (const url of [a, b]) expect((await chat(url, warmKey)).status).toBe(200);
}, 90_000);

afterAll(async () => {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((r) => {
          if (c.exitCode !== null) return r();
          c.on("exit", () => r());
          c.kill("SIGTERM");
          setTimeout(() => c.kill("SIGKILL"), 5_000).unref();
        }),
    ),
  );
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe("two warden processes with their own data directories, sharing one PostgreSQL for keys", () => {
  it("a key created through A's admin API works on B; revoked through B's admin API, A refuses it within a second", async () => {
    const made = await adminCall(a, "POST", "/admin/v1/tenants/acme/keys", adminKey, { app: "bot", roles: ["app"] });
    expect(made.status, made.text).toBe(201);
    const key = String(made.json?.["secret"]);
    const id = String((made.json?.["key"] as { id: string }).id);
    // B learns the new key by NOTIFY (its authenticator may have cached "unknown" for the id: none asked yet)
    expect(await msUntil(() => chat(b, key), 200, 1_000)).toBeLessThan(1_000);
    // A has just admitted the key, so its record is cached: only the notification can make it refuse at once
    expect((await chat(a, key)).status).toBe(200);
    const rv = await adminCall(b, "POST", `/admin/v1/tenants/acme/keys/${id}/revoke`, adminKey);
    expect(rv.status, rv.text).toBe(200);
    const ms = await msUntil(() => chat(a, key), 401);
    process.stdout.write(`revocation on B refused on A after ${ms.toFixed(1)} ms\n`);
    expect(ms).toBeLessThan(1_000);
    expect((await chat(a, key)).code).toBe("WARDEN_AUTH_REVOKED_KEY");
    const view = await adminCall(a, "GET", `/admin/v1/tenants/acme/keys/${id}`, adminKey);
    expect((view.json?.["key"] as { state: string }).state).toBe("revoked");
  });

  it("a tenant disabled through A's admin API is refused on B within a second, and re-enabled there too (no Redis)", async () => {
    const made = await adminCall(b, "POST", "/admin/v1/tenants/initech/keys", adminKey, { app: "bot", roles: ["app"] });
    expect(made.status, made.text).toBe(201);
    const key = String(made.json?.["secret"]);
    expect(await msUntil(() => chat(a, key), 200, 1_000)).toBeLessThan(1_000);
    expect((await chat(b, key)).status).toBe(200);
    expect((await adminCall(a, "PATCH", "/admin/v1/tenants/initech", adminKey, { disabled: true })).status).toBe(200);
    expect(await msUntil(() => chat(b, key), 403)).toBeLessThan(1_000);
    expect((await chat(b, key)).code).toBe("WARDEN_AUTH_TENANT_DISABLED");
    expect((await adminCall(a, "PATCH", "/admin/v1/tenants/initech", adminKey, { disabled: false })).status).toBe(200);
    expect(await msUntil(() => chat(b, key), 200)).toBeLessThan(1_000);
    const view = await adminCall(b, "GET", "/admin/v1/tenants/initech", adminKey);
    expect((view.json?.["tenant"] as { disabled: boolean }).disabled).toBe(false);
  });

  it("a tenant policy applied through A's admin API is in force on B after B's policy watcher runs (every 2 s)", async () => {
    const body = { scopes: [{ match: {}, rules: [{ id: "no-email", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }] };
    const put = await adminCall(a, "PUT", "/admin/v1/tenants/hooli/policy", adminKey, body);
    expect(put.status, put.text).toBe(200);
    const version = String(put.json?.["version"]);
    const t0 = performance.now();
    let seen = "";
    while (performance.now() - t0 < 5_000 && seen !== version) {
      seen = String((await adminCall(b, "GET", "/admin/v1/tenants/hooli/policy", adminKey)).json?.["version"]);
      if (seen !== version) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toBe(version);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it("`warden keys rotate --overlap 0s` with B's config ends the old key on A at once; the new key works on both", async () => {
    const c = cli(cfgB, "keys", "create", "--tenant", "acme", "--app", "rot");
    expect(c.code, c.err).toBe(0);
    const old = c.out.trim().split("\n").at(-1) ?? "";
    const oldId = old.slice(4, 16);
    expect(await msUntil(() => chat(a, old), 200, 1_000)).toBeLessThan(1_000);
    const rot = cli(cfgB, "keys", "rotate", oldId, "--overlap", "0s");
    expect(rot.code, rot.err).toBe(0);
    expect(rot.out).toContain("told at once (postgres)");
    const fresh = rot.out.trim().split("\n").at(-1) ?? "";
    expect(await msUntil(() => chat(a, old), 401)).toBeLessThan(1_000);
    expect((await chat(a, old)).code).toBe("WARDEN_AUTH_EXPIRED_KEY");
    expect((await chat(a, fresh)).status).toBe(200);
    expect((await chat(b, fresh)).status).toBe(200);
    // the list from either config is the same, from PostgreSQL
    const la = JSON.parse(cli(cfgA, "keys", "list", "--tenant", "acme", "--json").out) as { id: string; state: string }[];
    const lb = JSON.parse(cli(cfgB, "keys", "list", "--tenant", "acme", "--json").out) as { id: string; state: string }[];
    expect(la.map((k) => k.id)).toEqual(lb.map((k) => k.id));
    expect(la.find((k) => k.id === oldId)?.state).toBe("rotated");
  });
});
