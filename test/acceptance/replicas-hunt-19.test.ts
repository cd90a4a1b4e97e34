/**
 * Acceptance hunt 19, replicas (issue 6: "revocation that takes effect at once on every replica", limits shared
 * through Redis): two real `warden serve` processes of the built gateway (bin/warden.js → dist/) sharing one data
 * directory, one Redis (own key prefix) and one PostgreSQL audit store (own schema). Keys are made with the real CLI;
 * calls go through the `openai` client and the admin API over fetch.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import OpenAI from "openai";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminCall } from "../admin/admin-support.js";
import { tempDir } from "../support/test-gateway.js";
import { serveProcess } from "../support/serve-process.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/warden.js");
const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const run = randomBytes(4).toString("hex");
const schema = `hunt19_replicas_${run}`;
const dir = tempDir("warden-replicas-hunt19-");
const cfg = join(dir, "warden.yaml");
const children: ChildProcess[] = [];
let a = "";
let b = "";
let adminKey = "";

const config = {
  listen: { host: "127.0.0.1", port: 0 },
  dataDir: join(dir, "data"),
  logging: { level: "info" },
  providers: { demo: { type: "demo" } },
  routes: [{ models: ["*"], provider: "demo" }],
  redis: { url: "redis://127.0.0.1:6379", keyPrefix: `hunt19:${run}:` },
  store: { type: "postgres", url: PG_URL, schema },
  limits: { leaseMs: 0 },
};

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** `warden keys create ...`: the key text is the last line of stdout. */
function createKey(...args: string[]): { id: string; key: string } {
  const r = cli("keys", "create", ...args);
  expect(r.code, r.err).toBe(0);
  const key = r.out.trim().split("\n").at(-1) ?? "";
  expect(key).toMatch(/^wdn_[A-Za-z0-9]{12}_/);
  return { id: key.slice(4, 16), key };
}

/** Start `warden serve` as its own process; resolves with its URL from the "warden listening" log line. */
const serve = async (): Promise<string> => (await serveProcess(BIN, cfg, dir, children)).url;

async function chat(url: string, key: string): Promise<{ status: number; code: unknown; retryAfter: string | null }> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "demo-1", messages: [{ role: "user", content: "hello" }] }),
  });
  const json = (await res.json()) as { error?: { code?: string } };
  return { status: res.status, code: json.error?.code, retryAfter: res.headers.get("retry-after") };
}

/** Poll `probe` until it gives the wanted status; how long that took (ms), or Infinity. */
async function msUntil(probe: () => Promise<{ status: number }>, want: number, within = 2_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < within) {
    if ((await probe()).status === want) return performance.now() - t0;
  }
  return Number.POSITIVE_INFINITY;
}

beforeAll(async () => {
  writeFileSync(cfg, JSON.stringify(config));
  adminKey = createKey("--tenant", "root", "--app", "admin-cli", "--role", "admin").key;
  [a, b] = await Promise.all([serve(), serve()]);
}, 60_000);

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

describe("two warden processes sharing the data directory, Redis and PostgreSQL", () => {
  it("a key revoked through replica A's admin API is refused by replica B at once, with B's cache freshly filled", async () => {
    const k = createKey("--tenant", "acme", "--app", "bot");
    const oa = new OpenAI({ apiKey: k.key, baseURL: `${a}/v1`, maxRetries: 0 });
    const ob = new OpenAI({ apiKey: k.key, baseURL: `${b}/v1`, maxRetries: 0 });
    expect((await oa.chat.completions.create({ model: "demo-1", messages: [{ role: "user", content: "hi" }] })).choices).toHaveLength(1);
    // B has just verified the key: its record stays cached for a second unless the revocation reaches it.
    expect((await chat(b, k.key)).status).toBe(200);
    const rv = await adminCall(a, "POST", `/admin/v1/tenants/acme/keys/${k.id}/revoke`, adminKey);
    expect(rv.status).toBe(200);
    const ms = await msUntil(() => chat(b, k.key), 401);
    expect(ms).toBeLessThan(500); // pub/sub, not the one-second cache bound
    const err = await ob.chat.completions.create({ model: "demo-1", messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((err as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe("WARDEN_AUTH_REVOKED_KEY");
    // The admin view on B agrees.
    const view = await adminCall(b, "GET", `/admin/v1/tenants/acme/keys/${k.id}`, adminKey);
    expect((view.json?.["key"] as { state: string }).state).toBe("revoked");
  });

  it("a rotation with no overlap on B ends the old key on A at once; the new key works on both", async () => {
    const k = createKey("--tenant", "acme", "--app", "rot");
    expect((await chat(a, k.key)).status).toBe(200);
    const rot = await adminCall(b, "POST", `/admin/v1/tenants/acme/keys/${k.id}/rotate`, adminKey, { overlapSeconds: 0 });
    expect(rot.status).toBe(201);
    const fresh = String(rot.json?.["secret"]);
    const ms = await msUntil(() => chat(a, k.key), 401);
    expect(ms).toBeLessThan(500);
    expect((await chat(a, k.key)).code).toBe("WARDEN_AUTH_EXPIRED_KEY");
    expect((await chat(a, fresh)).status).toBe(200);
    expect((await chat(b, fresh)).status).toBe(200);
  });

  it("a tenant disabled on A is refused on B at once, and re-enabled there too", async () => {
    const k = createKey("--tenant", "globex", "--app", "bot");
    expect((await chat(b, k.key)).status).toBe(200);
    expect((await adminCall(a, "PATCH", "/admin/v1/tenants/globex", adminKey, { disabled: true })).status).toBe(200);
    expect(await msUntil(() => chat(b, k.key), 403)).toBeLessThan(500);
    expect((await chat(b, k.key)).code).toBe("WARDEN_AUTH_TENANT_DISABLED");
    expect((await adminCall(a, "PATCH", "/admin/v1/tenants/globex", adminKey, { disabled: false })).status).toBe(200);
    expect(await msUntil(() => chat(b, k.key), 200)).toBeLessThan(1_500);
  });

  it("`warden keys revoke` and `keys rotate --overlap 0s` from a third process reach both gateways at once", async () => {
    const doomed = createKey("--tenant", "acme", "--app", "cli-revoke");
    const old = createKey("--tenant", "acme", "--app", "cli-rotate");
    for (const url of [a, b]) for (const k of [doomed, old]) expect((await chat(url, k.key)).status).toBe(200);
    const rv = cli("keys", "revoke", doomed.id);
    expect(rv.code, rv.err).toBe(0);
    for (const url of [a, b]) {
      expect(await msUntil(() => chat(url, doomed.key), 401)).toBeLessThan(500);
      expect((await chat(url, doomed.key)).code).toBe("WARDEN_AUTH_REVOKED_KEY");
    }
    const rot = cli("keys", "rotate", old.id, "--overlap", "0s");
    expect(rot.code, rot.err).toBe(0);
    const fresh = rot.out.trim().split("\n").at(-1) ?? "";
    for (const url of [a, b]) {
      expect(await msUntil(() => chat(url, old.key), 401)).toBeLessThan(500);
      expect((await chat(url, old.key)).code).toBe("WARDEN_AUTH_EXPIRED_KEY");
      expect((await chat(url, fresh)).status).toBe(200);
    }
    // The old key, now replaced, is not rotated a second time.
    const again = cli("keys", "rotate", old.id, "--overlap", "0s");
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/only an active key can be rotated/);
  });

  it("a key's rpm is shared: calls spread over both processes, the one over the limit is refused on either with an accurate retry-after", async () => {
    const k = createKey("--tenant", "initech", "--app", "bot", "--rpm", "4");
    const t0 = Date.now();
    const first = [await chat(a, k.key), await chat(b, k.key), await chat(a, k.key), await chat(b, k.key)];
    expect(first.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (const url of [a, b]) {
      const r = await chat(url, k.key);
      expect([r.status, r.code]).toEqual([429, "WARDEN_LIMIT_RATE"]);
      // The first admitted call leaves the 60 s window 60 s after it was admitted.
      const left = Math.ceil((t0 + 60_000 - Date.now()) / 1000);
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(left - 2);
      expect(Number(r.retryAfter)).toBeLessThanOrEqual(60);
    }
  });

  it("both write one audit chain in PostgreSQL: B's admin API finds A's admin events, and the chain verifies", async () => {
    const rec = await adminCall(b, "GET", "/admin/v1/tenants/root/audit/records?kind=admin&limit=1000", adminKey);
    expect(rec.status).toBe(200);
    const events = (rec.json?.["records"] as { meta: { event: string; route?: string } }[]).map((r) => r.meta.event);
    expect(events).toContain("admin.keys.revoke");
    expect(events).toContain("admin.keys.rotate");
    expect(events).toContain("admin.tenants.update");
    const v = await adminCall(a, "GET", "/admin/v1/audit/verify", adminKey);
    expect([v.status, v.json?.["ok"]]).toEqual([200, true]);
  });
  it("last use is written by the process that saw it: after both stop (SIGTERM flushes), `keys list` shows it for a key used on B only", async () => {
    const k = createKey("--tenant", "acme", "--app", "last-used");
    const t0 = Date.now();
    expect((await chat(b, k.key)).status).toBe(200);
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((r) => {
            if (c.exitCode !== null) return r();
            c.on("exit", () => r());
            c.kill("SIGTERM");
          }),
      ),
    );
    const list = cli("keys", "list", "--tenant", "acme", "--json");
    expect(list.code, list.err).toBe(0);
    const row = (JSON.parse(list.out) as { id: string; lastUsed: string | null }[]).find((r) => r.id === k.id);
    const last = row?.lastUsed ?? null;
    expect(last, JSON.stringify(row)).not.toBeNull();
    expect(Date.parse(String(last))).toBeGreaterThanOrEqual(t0 - 1_000);
  }, 30_000);
});
