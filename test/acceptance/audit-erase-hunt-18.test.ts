/**
 * Acceptance hunt 18, what purge, shredding and KEK rotation leave in the SQLite file (issue 5: "a scheduled purge
 * removes or shreds expired payloads"; crypto-shredding "makes its payloads unreadable"). The rows are right after
 * each command; the question here is whether the removed bytes (payload ciphertext, whose data key still exists;
 * a tenant's wrapped data key; a data key wrapped by the retired KEK) can still be read from the files of the data
 * directory, as anyone holding a copy of them would.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { postJson, startTestGateway, tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
const base = { listen: { host: "127.0.0.1", port: 0 }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }] };
const dirs: string[] = [];

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 15_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A data directory with `calls` answered calls of tenant t1, its config (with `audit` merged in) written. */
async function populated(calls: number, audit: Record<string, unknown> = {}): Promise<{ dir: string; cfg: string }> {
  const dir = tempDir("warden-erase-hunt-");
  dirs.push(dir);
  const t = await startTestGateway(base, { dataDir: dir });
  for (let i = 0; i < calls; i++) {
    const r = await postJson(`${t.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: `note ${i}: `.repeat(40) }] }, t.key, { "x-request-id": `e${i}` });
    expect(r.status).toBe(200);
    await r.text();
  }
  await t.close();
  const cfg = join(dir, "w.yaml");
  writeFileSync(cfg, JSON.stringify({ ...base, dataDir: dir, audit }));
  return { dir, cfg };
}

function column(dir: string, sql: string): Buffer[] {
  const db = new Database(join(dir, "audit.db"), { readonly: true });
  const rows = db.prepare(sql).all() as { b: Buffer }[];
  db.close();
  return rows.map((r) => r.b);
}

/** How many of the byte strings still occur in some file of the data directory (the WAL included). */
function stillReadable(dir: string, needles: Buffer[]): { file: string; found: number }[] {
  const out: { file: string; found: number }[] = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    const bytes = readFileSync(p);
    const found = needles.filter((n) => bytes.includes(n)).length;
    if (found > 0) out.push({ file: f, found });
  }
  return out;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("removed bytes are gone from the files, not only from the rows", () => {
  it("audit purge: no expired payload's ciphertext is left in audit.db or its WAL (was 8 of 10 readable)", async () => {
    const { dir, cfg } = await populated(5, { retention: { payloadDays: 0.00001 } });
    // 32-byte slices from inside each ciphertext: unique to it
    const before = column(dir, "select payload as b from audit_entries where payload is not null").map((b) => Buffer.from(b.subarray(16, 48)));
    expect(before.length).toBe(10);
    await new Promise((r) => setTimeout(r, 1_000)); // past the 0.86 s retention
    const p = warden("audit", "purge", "-c", cfg);
    expect(p.code, p.err).toBe(0);
    expect(column(dir, "select payload as b from audit_entries where payload is not null").length).toBe(0);
    expect(stillReadable(dir, before)).toEqual([]);
    expect(warden("audit", "verify", "-c", cfg).code).toBe(0);
  });

  it("the running gateway's scheduled purge (writer thread holding the WAL): no purged ciphertext in audit.db or its WAL", async () => {
    const dir = tempDir("warden-erase-hunt-");
    dirs.push(dir);
    const t = await startTestGateway({ ...base, audit: { retention: { payloadDays: 0.00002, purgeIntervalMs: 1_000 } } }, { dataDir: dir });
    try {
      for (let i = 0; i < 5; i++) {
        const r = await postJson(`${t.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: `note ${i}: `.repeat(40) }] }, t.key);
        expect(r.status).toBe(200);
        await r.text();
      }
      await t.gw.audit?.flush();
      const before = column(dir, "select payload as b from audit_entries where payload is not null").map((b) => Buffer.from(b.subarray(16, 48)));
      expect(before.length).toBe(10);
      // 1.7 s retention, a purge every second: all ten are gone within 4 s
      await new Promise((r) => setTimeout(r, 4_000));
      expect(column(dir, "select payload as b from audit_entries where payload is not null").length).toBe(0);
      expect(stillReadable(dir, before)).toEqual([]);
    } finally {
      await t.close();
    }
  }, 20_000);

  it("audit shred: the tenant's wrapped data key is not left in the files", async () => {
    const { dir, cfg } = await populated(2);
    const wrapped = column(dir, "select wrapped as b from audit_data_keys where tenant = 't1'");
    expect(wrapped.length).toBeGreaterThan(0);
    const s = warden("audit", "shred", "-c", cfg, "--tenant", "t1", "--yes");
    expect(s.code, s.err).toBe(0);
    expect(stillReadable(dir, wrapped)).toEqual([]);
    expect(warden("audit", "verify", "-c", cfg).code).toBe(0);
  });

  it("keys rotate-kek: the data keys as the retired KEK wrapped them are not left in the files", async () => {
    const { dir, cfg } = await populated(2);
    const old = column(dir, "select wrapped as b from audit_data_keys where wrapped is not null");
    expect(old.length).toBeGreaterThan(0);
    const kek = join(dir, "new.kek");
    writeFileSync(kek, "cd".repeat(32));
    const r = warden("keys", "rotate-kek", "-c", cfg, "--new-kek-file", kek);
    expect(r.code, r.err).toBe(0);
    expect(stillReadable(dir, old)).toEqual([]);
  });
});
