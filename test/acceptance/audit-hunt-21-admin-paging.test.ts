/**
 * Acceptance hunt 21, the admin API's audit search and export on a tenant with more records than one answer holds
 * (issue 5 "query and export ... the same through an admin HTTP API for the dashboard"). `records` answers at most
 * 100 records by default and `export` at most 10,000 (or `limit`), oldest first: an answer that stops there without
 * saying so passes for the whole log, and the tenant's newest calls cannot be reached at all (the CLI's own export
 * refuses to leave a record out silently). The store is seeded with 260 records of the tenant through the audit log's own
 * API, then two real calls are made through the built `warden serve` with the `openai` client, and an auditor of the
 * tenant reads everything back over HTTP by following the answers' cursor.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/record/audit-log.js";
import { serveProcess } from "../support/serve-process.js";
import { tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
const SEEDED_CALLS = 130;
/** The request ids of the seeded and the real calls. */
const CALL = /^(seed|newest)-\d+$/;
let dir = "";
let cfg = "";
let url = "";
let auditor = "";
const children: ChildProcess[] = [];

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function createKey(...args: string[]): string {
  const r = warden("keys", "create", ...args);
  expect(r.code, r.err).toBe(0);
  return r.out.trim().split("\n").at(-1) ?? "";
}
async function get(path: string): Promise<Response> {
  return fetch(`${url}${path}`, { headers: { authorization: `Bearer ${auditor}` } });
}

beforeAll(async () => {
  dir = tempDir("warden-audit-hunt-21-paging-");
  cfg = join(dir, "w.yaml");
  writeFileSync(cfg, JSON.stringify({ listen: { host: "127.0.0.1", port: 0 }, dataDir: dir, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }], audit: { checkpoint: { intervalMs: 0 } } }));
  // Seed older calls of tenant acme (a request and a response entry each), as a busy tenant's log would hold.
  const log = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 0, checkpointIntervalMs: 0 });
  const time = Date.now() - 3_600_000;
  const appends: Promise<number>[] = [];
  for (let i = 0; i < SEEDED_CALLS; i++) {
    const requestId = `seed-${i}`;
    appends.push(log.append({ kind: "request", requestId, time, tenant: "acme", app: "web", keyId: "seedkey00001", meta: { api: "openai.chat", model: "demo", verdict: "forward" }, payload: { n: i } }));
    appends.push(log.append({ kind: "response", requestId, time, tenant: "acme", app: "web", keyId: "seedkey00001", meta: { status: 200 }, payload: { n: i } }));
  }
  await Promise.all(appends);
  await log.close();
  const app = createKey("--tenant", "acme", "--app", "web");
  auditor = createKey("--tenant", "acme", "--app", "audit", "--role", "auditor");
  ({ url } = await serveProcess(BIN, cfg, dir, children));
  const openai = new OpenAI({ apiKey: app, baseURL: `${url}/v1`, maxRetries: 0 });
  for (const id of ["newest-1", "newest-2"]) await openai.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hello" }] }, { headers: { "x-request-id": id } });
}, 60_000);
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

type Page = { records: { seq: number; kind: string; requestId: string }[]; count: number; truncated?: boolean; nextAfterSeq?: number };

describe("records: an answer that stops at its limit says so and where to go on", () => {
  it("the default page of 100 is marked truncated, and following nextAfterSeq reaches the newest calls", async () => {
    const first = (await (await get("/admin/v1/tenants/acme/audit/records")).json()) as Page;
    expect(first.count).toBe(100);
    expect(first.truncated).toBe(true);
    expect(first.nextAfterSeq).toBe(first.records.at(-1)?.seq);
    // the auditor's own reads (admin events) and refused reads (rejected-call entries) are the tenant's records too:
    // only the calls are counted
    const calls = (p: Page) => p.records.filter((r) => CALL.test(r.requestId)).map((r) => r.requestId);
    const ids: string[] = calls(first);
    let cursor = first.nextAfterSeq;
    for (let pages = 0; cursor !== undefined && pages < 5; pages++) {
      const r = await get(`/admin/v1/tenants/acme/audit/records?limit=100&afterSeq=${cursor}`);
      expect(r.status).toBe(200);
      const page = (await r.json()) as Page;
      expect(page.records[0]?.seq ?? Infinity).toBeGreaterThan(cursor);
      ids.push(...calls(page));
      cursor = page.truncated ? page.nextAfterSeq : undefined;
      if (!page.truncated) expect(page.nextAfterSeq).toBeUndefined();
    }
    expect(cursor).toBeUndefined();
    expect(ids.length).toBe(2 * SEEDED_CALLS + 4);
    expect(ids.filter((i) => i === "newest-1" || i === "newest-2")).toHaveLength(4);
  });

  it("a page that holds the rest is not marked truncated", async () => {
    const page = (await (await get("/admin/v1/tenants/acme/audit/records?requestId=newest-1")).json()) as Page;
    expect(page.count).toBe(2);
    expect(page.truncated).toBe(false);
    expect(page.nextAfterSeq).toBeUndefined();
  });

  it("afterSeq that is not a whole number is refused (400)", async () => {
    expect((await get("/admin/v1/tenants/acme/audit/records?afterSeq=-1")).status).toBe(400);
    expect((await get("/admin/v1/tenants/acme/audit/records?afterSeq=x")).status).toBe(400);
  });
});

describe("export: at most `limit` records (10,000 by default), and the answer says when more match", () => {
  it("jsonl: truncated in its headers with the cursor; the next export from it holds the rest, newest calls included", async () => {
    const r = await get("/admin/v1/tenants/acme/audit/export?limit=200");
    expect(r.status).toBe(200);
    const lines = (await r.text()).split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(200);
    expect(r.headers.get("x-warden-truncated")).toBe("true");
    const last = JSON.parse(lines.at(-1) ?? "{}") as { seq: number };
    expect(r.headers.get("x-warden-next-after-seq")).toBe(String(last.seq));
    const rest = await get(`/admin/v1/tenants/acme/audit/export?afterSeq=${last.seq}`);
    expect(rest.headers.get("x-warden-truncated")).toBe("false");
    expect(rest.headers.get("x-warden-next-after-seq")).toBeNull();
    const all = [...lines, ...(await rest.text()).split("\n").filter((l) => l !== "")].map((l) => JSON.parse(l) as { kind: string; requestId: string });
    const more = all.slice(lines.length);
    expect(all.filter((x) => CALL.test(x.requestId))).toHaveLength(2 * SEEDED_CALLS + 4);
    expect(more.filter((m) => m.requestId.startsWith("newest-"))).toHaveLength(4);
  });

  it("csv: the same headers", async () => {
    const r = await get("/admin/v1/tenants/acme/audit/export?format=csv&limit=10");
    expect(r.headers.get("x-warden-truncated")).toBe("true");
    const rows = (await r.text()).trim().split("\n");
    expect(rows).toHaveLength(11);
    expect(r.headers.get("x-warden-next-after-seq")).toBe(rows.at(-1)?.split(",")[0]);
  });
});
