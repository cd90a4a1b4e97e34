import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import type { JsonObject } from "../../src/core/json.js";
import type { StoredEntry } from "../../src/record/audit-entry.js";
import type { AuditLog } from "../../src/record/audit-log.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, tempDir, type TestGateway } from "../support/test-gateway.js";

const meta = (e: StoredEntry | undefined): JsonObject => JSON.parse(e?.meta ?? "{}") as JsonObject;

async function adminEvents(backend: { search: SqliteAuditBackend["search"] }, event: string): Promise<JsonObject[]> {
  return (await backend.search({ kind: "admin" })).map(meta).filter((m) => m["event"] === event);
}

/** Run the CLI in-process; returns its exit code and what it wrote. */
async function warden(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(["node", "warden", ...args]);
    return { code, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe("key management from the CLI is recorded", () => {
  const dir = tempDir("warden-audit-admin-cli-");
  const configFile = join(dir, "warden.yaml");
  beforeAll(() => writeFileSync(configFile, `dataDir: ${join(dir, "data")}\nlogging: { level: silent }\n`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keys create and revoke: admin entries with the key id, never the key; the chain verifies", async () => {
    const created = await warden("keys", "create", "--tenant", "acme", "--app", "bot", "--role", "app", "-c", configFile);
    expect(created.code).toBe(0);
    const lines = created.stdout.trim().split("\n");
    const key = lines.at(-1) as string;
    const keyId = /created key (\S+)/.exec(created.stdout)?.[1] as string;
    expect(keyId).toBeTruthy();
    const revoked = await warden("keys", "revoke", keyId, "-c", configFile);
    expect(revoked.code).toBe(0);

    const backend = new SqliteAuditBackend(join(dir, "data", "audit.db"), { readonly: true });
    try {
      const [c] = await adminEvents(backend, "key.created");
      expect(c).toMatchObject({ keyId, tenant: "acme", app: "bot", roles: ["app"], expiresAt: null, actor: { via: "cli", pid: process.pid } });
      const [r] = await adminEvents(backend, "key.revoked");
      expect(r).toMatchObject({ keyId, actor: { via: "cli" } });
      const all = await backend.search({});
      for (const e of all) expect(e.meta).not.toContain(key);
      expect(await verifyLog(backend)).toMatchObject({ ok: true });
    } finally {
      await backend.close();
    }
  });

  it("keys rotate: the old and new key ids, never either key", async () => {
    const created = await warden("keys", "create", "--tenant", "acme", "--app", "rot", "-c", configFile);
    const oldId = /created key (\S+)/.exec(created.stdout)?.[1] as string;
    const rotated = await warden("keys", "rotate", oldId, "--overlap", "0s", "-c", configFile);
    expect(rotated.code).toBe(0);
    const newKey = rotated.stdout.trim().split("\n").at(-1) as string;
    const backend = new SqliteAuditBackend(join(dir, "data", "audit.db"), { readonly: true });
    try {
      const [r] = await adminEvents(backend, "key.rotated");
      expect(r).toMatchObject({ keyId: oldId, newKeyId: expect.any(String), tenant: "acme", app: "rot", actor: { via: "cli" } });
      expect(r?.["newKeyId"]).not.toBe(oldId);
      for (const e of await backend.search({})) expect(e.meta).not.toContain(newKey);
    } finally {
      await backend.close();
    }
  });

  it("an unknown key id is not recorded as revoked", async () => {
    const res = await warden("keys", "revoke", "no-such-key", "-c", configFile);
    expect(res.code).toBe(1);
    const backend = new SqliteAuditBackend(join(dir, "data", "audit.db"), { readonly: true });
    try {
      expect((await adminEvents(backend, "key.revoked")).map((m) => m["keyId"])).not.toContain("no-such-key");
    } finally {
      await backend.close();
    }
  });
});

describe("key management from the CLI when the audit store cannot record", () => {
  const dir = tempDir("warden-audit-admin-cli-down-");
  const configFile = join(dir, "warden.yaml");
  // nothing listens on port 1: every write to the audit store fails
  beforeAll(() => writeFileSync(configFile, `dataDir: ${join(dir, "data")}\nlogging: { level: silent }\nstore: { type: postgres, url: "postgres://postgres@127.0.0.1:1/test" }\n`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keys create makes no key; keys revoke refuses unless forced", async () => {
    const created = await warden("keys", "create", "--tenant", "acme", "--app", "bot", "-c", configFile);
    expect(created.code).toBe(1);
    expect(created.stdout).not.toContain("created key");
    expect(created.stderr).toContain("no key was created");
    const listed = await warden("keys", "list", "--json", "-c", configFile);
    expect(JSON.parse(listed.stdout || "[]")).toEqual([]);

    // a key made while the store was up (directly in the key store), then revoked while it is down
    const { SqliteKeyStore } = await import("../../src/authenticate/sqlite-key-store.js");
    const store = new SqliteKeyStore(join(dir, "data"));
    const { record } = store.create({ tenant: "acme", app: "bot", roles: ["app"] });
    store.close();
    const refused = await warden("keys", "revoke", record.id, "-c", configFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--force");
    const forced = await warden("keys", "revoke", record.id, "--force", "-c", configFile);
    expect(forced.stdout).toContain(`revoked ${record.id}`);
    expect(forced.code).toBe(1); // revoked, and the missing record reported
  });
});

describe("policy reloads are recorded", () => {
  const dir = tempDir("warden-audit-admin-policy-");
  const file = join(dir, "policy.yaml");
  const MONITOR = "rules:\n  - id: email\n    match: { type: EMAIL_ADDRESS }\n    action: monitor\n";
  const REDACT = "rules:\n  - id: email\n    match: { type: EMAIL_ADDRESS }\n    action: redact\n";
  let mock: MockUpstream;
  let t: TestGateway;
  let log: AuditLog;
  beforeAll(async () => {
    writeFileSync(file, MONITOR);
    mock = await startMockUpstream();
    t = await startTestGateway({ ...mockConfig(mock.url), policy: { file }, audit: { checkpoint: { intervalMs: 0 } } }, { dataDir: join(dir, "data") });
    log = t.gw.audit as AuditLog;
  });
  afterAll(async () => {
    await t.close();
    const backend = new SqliteAuditBackend(join(t.dataDir, "audit.db"), { readonly: true });
    try {
      const events = (await backend.search({ kind: "admin" })).map((e) => meta(e)["event"]);
      expect(events.at(-1)).toBe("gateway.stopped");
    } finally {
      await backend.close();
    }
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const waitFor = async (event: string, n: number): Promise<JsonObject[]> => {
    for (let i = 0; i < 100; i++) {
      await log.flush();
      const found = await adminEvents(log.backend, event);
      if (found.length >= n) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no ${event} entry`);
  };

  it("a change on SIGHUP: old and new versions; a refused change: the version kept and the problems", async () => {
    const reloader = t.gw.policy;
    if (!reloader) throw new Error("no reloader");
    const v1 = reloader.reload("SIGHUP").version;
    expect(await adminEvents(log.backend, "policy.reloaded")).toHaveLength(0); // unchanged: nothing to record

    writeFileSync(file, "rules:\n  - id: email\n    action: explode\n");
    reloader.reload("SIGHUP");
    const [refused] = await waitFor("policy.reload.refused", 1);
    expect(refused).toMatchObject({ source: "SIGHUP", version: v1, issueCount: 1, issues: [{ path: "rules.0.action" }] });

    writeFileSync(file, REDACT);
    const good = reloader.reload("SIGHUP");
    const [changed] = await waitFor("policy.reloaded", 1);
    expect(changed).toMatchObject({ source: "SIGHUP", from: v1, to: good.version });
    expect(good.version).not.toBe(v1);
  });

  it("the gateway's start (configuration digest, no values) and graceful stop are recorded", async () => {
    const [started] = await adminEvents(log.backend, "gateway.started");
    expect(started).toMatchObject({ pid: process.pid, configSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const entries = await log.backend.search({ kind: "admin" });
    for (const e of entries) expect(e.meta).not.toContain("sk-upstream-secret"); // provider keys are config values
  });

  it("a change of the watched file is reloaded and recorded", async () => {
    writeFileSync(file, `${MONITOR}# touched\n`);
    const found = await waitFor("policy.reloaded", 2);
    expect(found[1]).toMatchObject({ source: expect.stringMatching(/^file change: /) });
  });
});
