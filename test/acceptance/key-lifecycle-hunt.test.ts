/**
 * Acceptance hunt, key lifecycle through the CLI (issue 6 as docs/keys-and-limits.md promises it): keys made,
 * rotated and revoked with `warden keys ...` while a gateway serves from the same data directory; expiry, the
 * rotation overlap and revocation take effect within the documented second; a call whose output limit alone
 * exceeds the token quota is refused without retry-after; refusals and key changes are on the audit record, and
 * `keys list` shows states and last use.
 */
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
const base = { listen: { host: "127.0.0.1", port: 0 }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }] };
let dir = "";
let cfg = "";
let t: TestGateway | undefined;

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 15_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** `warden keys create ...`: the key, printed alone on the last line. */
function create(...args: string[]): { id: string; key: string } {
  const r = warden("keys", "create", "--tenant", "acme", "--app", "bot", ...args);
  expect(r.code, r.err).toBe(0);
  const key = r.out.trim().split("\n").at(-1) ?? "";
  expect(key).toMatch(/^wdn_[A-Za-z0-9]{12}_/);
  return { id: key.slice(4, 16), key };
}
async function call(key: string, body: Record<string, unknown> = {}): Promise<{ status: number; code: unknown; retryAfter: string | null }> {
  if (!t) throw new Error("no gateway");
  const res = await postJson(`${t.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: "hello" }], ...body }, key);
  const json = (await res.json()) as { error?: { code?: string } };
  return { status: res.status, code: json.error?.code, retryAfter: res.headers.get("retry-after") };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  dir = tempDir("warden-keys-hunt-");
  cfg = join(dir, "w.yaml");
  writeFileSync(cfg, JSON.stringify({ ...base, dataDir: dir }));
  t = await startTestGateway(base, { dataDir: dir });
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("keys made, rotated and revoked by the CLI, against a running gateway", () => {
  let rotatedOld = "";
  let rotatedNew = "";
  let revoked = "";
  it("expiry, rotation overlap and revocation take effect within a second", async () => {
    // Each CLI run is a fresh Node process (a second or more on a loaded machine): the key that expires is made last
    // and the windows are 3 s, so that its first call and the old key's call in its overlap are inside them.
    const old = create();
    const doomed = create();
    const expiring = create("--expires-in", "3s");
    const expiresBy = Date.now() + 3_000;
    for (const k of [expiring, old, doomed]) expect((await call(k.key)).status).toBe(200);

    const rot = warden("keys", "rotate", old.id, "--overlap", "3s");
    const overlapEndsBy = Date.now() + 3_000;
    expect(rot.code, rot.err).toBe(0);
    const fresh = rot.out.trim().split("\n").at(-1) ?? "";
    expect(fresh).toMatch(/^wdn_/);
    expect((await call(old.key)).status).toBe(200); // in its overlap
    expect((await call(fresh)).status).toBe(200);
    expect(warden("keys", "revoke", doomed.id).code).toBe(0);

    // the expiry and the overlap's end, plus the one-second cache bound
    await sleep(Math.max(0, Math.max(expiresBy, overlapEndsBy) - Date.now()) + 1_100);
    expect(await call(expiring.key)).toMatchObject({ status: 401, code: "WARDEN_AUTH_EXPIRED_KEY" });
    expect(await call(old.key)).toMatchObject({ status: 401, code: "WARDEN_AUTH_EXPIRED_KEY" });
    expect(await call(doomed.key)).toMatchObject({ status: 401, code: "WARDEN_AUTH_REVOKED_KEY" });
    expect((await call(fresh)).status).toBe(200);
    rotatedOld = old.id;
    rotatedNew = fresh.slice(4, 16);
    revoked = doomed.id;
  });

  it("a call whose output limit alone exceeds the key's tpm: 429 WARDEN_LIMIT_TOKENS_TOO_LARGE, no retry-after", async () => {
    const k = create("--tpm", "50");
    expect(await call(k.key, { max_tokens: 500 })).toEqual({ status: 429, code: "WARDEN_LIMIT_TOKENS_TOO_LARGE", retryAfter: null });
    expect((await call(k.key, { max_tokens: 5 })).status).toBe(200);
  });

  it("after the gateway stops: keys list shows states, replacement and last use; the audit has the refusals and key events", async () => {
    await t?.close();
    t = undefined;
    const list = JSON.parse(warden("keys", "list", "--json").out) as { id: string; state: string; lastUsed: string | null; replacedBy: string | null }[];
    const byId = new Map(list.map((k) => [k.id, k]));
    expect(byId.get(revoked)?.state).toBe("revoked");
    expect(["rotated", "expired"]).toContain(byId.get(rotatedOld)?.state);
    expect(byId.get(rotatedOld)?.replacedBy).toBe(rotatedNew);
    expect(byId.get(rotatedNew)?.state).toBe("active");
    expect(byId.get(rotatedNew)?.lastUsed).toMatch(/^\d{4}-\d\d-\d\dT/);

    const rejected = warden("audit", "search", "--rejected", "--json").out;
    for (const code of ["WARDEN_AUTH_EXPIRED_KEY", "WARDEN_AUTH_REVOKED_KEY", "WARDEN_LIMIT_TOKENS_TOO_LARGE"]) expect(rejected).toContain(code);
    const all = warden("audit", "search", "--json").out;
    for (const event of ["key.created", "key.rotated", "key.revoked"]) expect(all).toContain(`"event":"${event}"`);
    expect(warden("audit", "verify").code).toBe(0);
  });
});
