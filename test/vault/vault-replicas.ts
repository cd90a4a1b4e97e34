/**
 * Test support for the shared-vault suites: the three shared backends (Redis, PostgreSQL, one SQLite file) under
 * names unique to this run, their cleanup, and two gateway replicas on one vault with an OpenAI client each.
 */
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Redis } from "ioredis";
import OpenAI from "openai";
import pg from "pg";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

export const PG_URL = "postgres://postgres@127.0.0.1:5432/test";

export interface VaultBackend {
  name: "redis" | "postgres" | "sqlite";
  patch: Record<string, unknown> & { vault: { backend: string } };
}

/** The backends with a Redis key prefix `<tag>-<run>:` and a PostgreSQL schema `<tag>_<run>`, and their cleanup. */
export function vaultBackends(tag: string): { run: string; backends: VaultBackend[]; drop: () => Promise<void> } {
  const run = randomBytes(4).toString("hex");
  const backends: VaultBackend[] = [
    { name: "redis", patch: { redis: { url: "redis://127.0.0.1:6379", keyPrefix: `${tag}-${run}:` }, vault: { backend: "redis" } } },
    { name: "postgres", patch: { store: { type: "postgres", url: PG_URL, schema: `${tag}_${run}` }, vault: { backend: "sql" } } },
    { name: "sqlite", patch: { vault: { backend: "sql" } } },
  ];
  const drop = async (): Promise<void> => {
    const r = new Redis("redis://127.0.0.1:6379");
    const keys = await r.keys(`${tag}-${run}:*`);
    if (keys.length > 0) await r.del(...keys);
    await r.quit();
    const c = new pg.Client(PG_URL);
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${tag}_${run} CASCADE`);
    await c.end();
  };
  return { run, backends, drop };
}

export interface ReplicaPair {
  a: TestGateway;
  b: TestGateway;
  viaA: OpenAI;
  viaB: OpenAI;
  dataDir: string;
  close: () => Promise<void>;
}

/**
 * Two replicas on one vault (same data directory, so both accept the same API key; a shared key file except on
 * SQLite, whose key lives beside its file), with the OpenAI client of each in one conversation.
 */
export async function startReplicaPair(mockUrl: string, backend: VaultBackend, policy: object, conversation: string): Promise<ReplicaPair> {
  const dataDir = tempDir("warden-vault-");
  const keyFile = join(dataDir, "shared-vault.key");
  writeFileSync(keyFile, randomBytes(32).toString("hex"));
  const vault = { ...backend.patch.vault, ...(backend.name === "sqlite" ? {} : { key: { file: keyFile } }) };
  const cfg = { ...mockConfig(mockUrl), ...backend.patch, vault, audit: { enabled: false }, policy };
  const a = await startTestGateway(cfg, { dataDir });
  const b = await startTestGateway(cfg, { dataDir });
  const headers = { "x-warden-conversation": conversation };
  const viaA = new OpenAI({ apiKey: a.key, baseURL: `${a.url}/v1`, maxRetries: 0, defaultHeaders: headers });
  const viaB = new OpenAI({ apiKey: a.key, baseURL: `${b.url}/v1`, maxRetries: 0, defaultHeaders: headers });
  const close = async (): Promise<void> => {
    await a.close();
    await b.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { a, b, viaA, viaB, dataDir, close };
}
