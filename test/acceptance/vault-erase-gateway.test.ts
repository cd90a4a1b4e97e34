/**
 * Acceptance (issues #4 and #5): erasure of tokenize mappings through the built gateway (bin/warden.js → dist/), its
 * vault shared through PostgreSQL (`vault.backend: sql`, own schema) with data keys per tenant and key period
 * (`vault.keyPeriodSeconds: 1`, policy `vault.ttlSeconds: 1`). A value is tokenized and restored; once its mapping has
 * expired, `warden vault purge` deletes it and destroys its period's key: the copy of its sealed bytes taken while it
 * was live (as pages, WAL or a backup keep it) opens with no key left in the store, and the model echoing the token
 * gets the token, not the value. `warden vault erase --tenant` does the same at once for a live mapping.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresVaultStore } from "../../src/enforce/vault/postgres-vault-store.js";
import { parseVaultKey } from "../../src/enforce/vault/vault-key.js";
import { sealKeyFromMaster } from "../../src/enforce/vault/vault-key-ring.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, tempDir } from "../support/test-gateway.js";
import { openableCopies, type SealedCopy } from "../vault/open-with-stored-keys.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/warden.js");
const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `verase_gw_${randomBytes(4).toString("hex")}`;
const dir = tempDir("warden-vault-erase-gw-");
const keyFile = join(dir, "vault.key");
const cfg = join(dir, "warden.json");
const EMAIL = "jane.doe@acme-corp.com";
const EMAIL2 = "j.doe.private@mailbox.org";
let mock: MockUpstream;
let child: ChildProcess | undefined;
let url = "";
const apiKeys: Record<string, string> = {};

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function chat(tenant: string, content: string): Promise<string> {
  const res = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKeys[tenant] ?? ""}`, "x-warden-conversation": "erase" },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content }] }),
  });
  const json = (await res.json()) as { choices?: { message: { content: string } }[] };
  expect(res.status, JSON.stringify(json)).toBe(200);
  return json.choices?.[0]?.message.content ?? "";
}

/** The sealed mappings in warden_vault now, as a reader of its files would copy them. */
async function sealedRows(): Promise<SealedCopy[]> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const rows = (await c.query(`SELECT conv, token, blob FROM "${schema}".warden_vault WHERE token NOT LIKE '#%'`)).rows as { conv: string; token: string; blob: Buffer }[];
    return rows.map((r) => ({ storeId: r.conv, token: r.token, blob: r.blob }));
  } finally {
    await c.end();
  }
}

/** Copies that open under a key left in the store, with the vault key from the gateway's key file. */
async function openable(copies: readonly SealedCopy[]): Promise<number> {
  const store = new PostgresVaultStore({ url: PG_URL, schema });
  try {
    return (await openableCopies(store, [sealKeyFromMaster(parseVaultKey(readFileSync(keyFile, "utf8"), "key file"))], copies)).length;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  mock = await startMockUpstream();
  writeFileSync(keyFile, randomBytes(32).toString("hex"));
  const config = {
    ...mockConfig(mock.url),
    logging: { level: "info" },
    dataDir: join(dir, "data"),
    store: { type: "postgres", url: PG_URL, schema },
    audit: { enabled: false },
    vault: { backend: "sql", key: { file: keyFile }, keyPeriodSeconds: 1, purgeIntervalMs: 0 },
    policy: { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }], vault: { ttlSeconds: 1 } },
  };
  writeFileSync(cfg, JSON.stringify(config));
  for (const tenant of ["acme", "globex"]) {
    const r = cli("keys", "create", "--tenant", tenant, "--app", "bot");
    expect(r.code, r.err).toBe(0);
    apiKeys[tenant] = r.out.trim().split("\n").at(-1) ?? "";
  }
  child = spawn(process.execPath, [BIN, "serve", "-c", cfg], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  url = await new Promise<string>((res, rej) => {
    let out = "";
    const timer = setTimeout(() => rej(new Error(`gateway did not start: ${out}`)), 30_000);
    child?.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"[^\n]*"msg":"warden listening"/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        res(m[1]);
      }
    });
    child?.on("exit", (code) => rej(new Error(`gateway exited ${code}: ${out}`)));
  });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child?.on("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  await mock?.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

const tokenSent = (): string => /⟦EMAIL_ADDRESS_[0-9a-f]+⟧/.exec(mock.last.raw.toString("utf8"))?.[0] ?? "missing";

describe("vault erasure through the gateway (PostgreSQL)", () => {
  it("tokenize, expire, purge: the value cannot be recovered from the store's leftover bytes or through the gateway", async () => {
    mock.use(reply.json(chatCompletion("noted")));
    await chat("acme", `write to ${EMAIL}`);
    const token = tokenSent();
    expect(token).toMatch(/^⟦EMAIL_ADDRESS_[0-9a-f]+⟧$/);
    const live = await sealedRows();
    expect(live).toHaveLength(1);
    expect(live[0]?.blob.includes(Buffer.from(EMAIL))).toBe(false);
    expect(await openable(live)).toBe(1); // the probe opens a live mapping
    mock.use(reply.json(chatCompletion(`it is ${token}`)));
    expect(await chat("acme", "which address?")).toBe(`it is ${EMAIL}`);

    // the TTL (1 s from the last use), the key's period (1 s) and one more period
    await new Promise((r) => setTimeout(r, 3_500));
    const purge = cli("vault", "purge");
    expect(purge.code, purge.err).toBe(0);
    expect(purge.out).toMatch(/vault purge: 1 expired mapping\(s\) deleted, [1-9]\d* data key\(s\) destroyed/);
    expect(await sealedRows()).toEqual([]);
    expect(await openable(live)).toBe(0);
    mock.use(reply.json(chatCompletion(`it is ${token}`)));
    expect(await chat("acme", "which address?")).toBe(`it is ${token}`);
  }, 30_000);

  it("warden vault erase --tenant: a live mapping of the tenant is unrecoverable at once; another tenant's restores", async () => {
    mock.use(reply.json(chatCompletion("noted")));
    await chat("acme", `write to ${EMAIL2}`);
    const acmeToken = tokenSent();
    await chat("globex", `write to ${EMAIL2}`);
    const globexToken = tokenSent();
    const live = await sealedRows();
    expect(live).toHaveLength(2);
    const erase = cli("vault", "erase", "--tenant", "acme", "--yes");
    expect(erase.code, erase.err).toBe(0);
    expect(erase.out).toMatch(/vault erase: [1-9]\d* data key\(s\) destroyed and 1 mapping\(s\) deleted for tenant 'acme'/);
    expect(await openable(live)).toBe(1); // globex's only
    mock.use(reply.json(chatCompletion(`it is ${globexToken}`)));
    expect(await chat("globex", "which address?")).toBe(`it is ${EMAIL2}`);
    // the running gateway may hold acme's key for up to a minute (it checks the keys it holds that often); a fresh
    // look at the store is what any other replica and any copy of the files gets
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    const acme = live.filter((r) => r.token === acmeToken);
    expect(acme).toHaveLength(1);
    expect((await c.query(`SELECT count(*)::int AS n FROM "${schema}".warden_vault WHERE token = $1`, [acmeToken])).rows[0].n).toBe(0);
    await c.end();
    expect(await openable(acme)).toBe(0);
  }, 30_000);
});
