import type { Redis } from "ioredis";
import { revocationChannelName } from "../../authenticate/revocation-channel.js";
import type { StoredMapping } from "../token-vault.js";
import { blobDataKey } from "./data-key-blob.js";
import { VAULT_ERASURE_MESSAGE } from "./vault-erasure-feed.js";
import { blobDigest, type DataKeyRecord, type VaultRecord, type VaultStore } from "./vault-store.js";

/**
 * Vault mappings in Redis: one hash per conversation (`<prefix>vault:<id>`), field `v:<token>` = encrypted blob,
 * `r:<token>:<digest>` = `1` once restoring that value is allowed (keyed by digest, so a flag never widens another
 * value that took the same token). Blobs go in with HSETNX, so a replica never replaces another's entry;
 * the hash's TTL is refreshed on every load and save (PEXPIRE), so a conversation in use never expires.
 */
export class RedisVaultStore implements VaultStore {
  readonly kind = "redis";

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(conversation: string): string {
    return `${this.prefix}vault:${conversation}`;
  }

  async load(conversation: string, ttlMs: number): Promise<StoredMapping[]> {
    const key = this.key(conversation);
    const res = await this.redis.multi().hgetallBuffer(key).pexpire(key, ttlMs).exec();
    const [err, all] = res?.[0] ?? [new Error("redis transaction aborted"), undefined];
    if (err) throw err;
    const fields = (all ?? {}) as Record<string, Buffer>;
    const out: StoredMapping[] = [];
    for (const [field, blob] of Object.entries(fields)) {
      if (!field.startsWith("v:")) continue;
      const token = field.slice(2);
      out.push({ token, blob, restore: fields[restoreField(token, blob)] !== undefined });
    }
    return out;
  }

  async save(conversation: string, mappings: readonly StoredMapping[], ttlMs: number): Promise<string[]> {
    if (mappings.length === 0) return [];
    const key = this.key(conversation);
    const tx = this.redis.multi();
    for (const m of mappings) {
      tx.hsetnx(key, `v:${m.token}`, m.blob);
      if (m.restore) tx.hset(key, restoreField(m.token, m.blob), "1");
    }
    tx.pexpire(key, ttlMs);
    const res = await tx.exec();
    if (!res) throw new Error("redis transaction aborted");
    const taken: StoredMapping[] = [];
    let i = 0;
    for (const m of mappings) {
      const [err, created] = res[i++] ?? [new Error("missing reply"), 0];
      if (err) throw err;
      if (created === 0) taken.push(m);
      if (m.restore) i++;
    }
    if (taken.length === 0) return [];
    // Taken already: the same value (another replica got there first) or, rarely, another value's token.
    const stored = await this.redis.hmgetBuffer(key, ...taken.map((m) => `v:${m.token}`));
    return taken.filter((m, j) => {
      const b = stored[j];
      return b !== null && b !== undefined && blobDigest(b) !== blobDigest(m.blob);
    }).map((m) => m.token);
  }

  async record(name: VaultRecord, candidate: Buffer): Promise<Buffer> {
    const key = `${this.prefix}${RECORD_KEY[name]}`;
    await this.redis.set(key, candidate, "NX");
    const stored = await this.redis.getBuffer(key);
    if (!stored) throw new Error(`vault record '${name}' vanished from redis`);
    return stored;
  }

  async replaceRecord(name: VaultRecord, expected: Buffer, next: Buffer): Promise<boolean> {
    // Compare-and-set in one script (atomic in Redis).
    const r = await this.redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2]) return 1 end return 0", 1, `${this.prefix}${RECORD_KEY[name]}`, expected, next);
    return r === 1;
  }

  async *entries(): AsyncIterable<{ conversation: string; mappings: StoredMapping[] }> {
    const head = `${this.prefix}vault:`;
    let cursor = "0";
    do {
      const [next, keys] = await this.redis.scan(cursor, "MATCH", `${head}*`, "COUNT", 200);
      cursor = next;
      for (const key of keys) {
        const fields = await this.redis.hgetallBuffer(key);
        const mappings: StoredMapping[] = [];
        for (const [field, blob] of Object.entries(fields)) {
          if (field.startsWith("v:")) mappings.push({ token: field.slice(2), blob, restore: fields[restoreField(field.slice(2), blob)] !== undefined });
        }
        yield { conversation: key.slice(head.length), mappings };
      }
    } while (cursor !== "0");
  }

  async replaceBlob(conversation: string, token: string, expected: Buffer, next: Buffer): Promise<boolean> {
    const r = await this.redis.eval("if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) return 1 end return 0", 1, this.key(conversation), `v:${token}`, expected, next);
    return r === 1;
  }

  async purge(): Promise<number> {
    return 0; // Redis expires the hashes itself.
  }

  private dekKey(tenant: string, period: number): string {
    return `${this.prefix}vault-dek:${tenant}:${period}`;
  }

  /**
   * A data key is a string key that expires by itself: at creation after its period's end plus one period, or later
   * when the mappings sealed under it are kept longer (`keepDataKeys`, PEXPIREAT GT: never shortened).
   */
  async dataKey(tenant: string, period: number, candidate: Buffer, at: { retireAfter: number; keepUntil: number }): Promise<Buffer> {
    const key = this.dekKey(tenant, period);
    const res = await this.redis
      .multi()
      .set(key, candidate, "PXAT", Math.ceil(Math.max(at.retireAfter, at.keepUntil)), "NX")
      .call("PEXPIREAT", key, String(Math.ceil(at.keepUntil)), "GT")
      .getBuffer(key)
      .exec();
    if (!res) throw new Error("redis transaction aborted");
    for (const [err] of res) if (err) throw err;
    const stored = res[2]?.[1];
    if (!Buffer.isBuffer(stored)) throw new Error("vault data key vanished from redis");
    return stored;
  }

  async findDataKeys(tenant: string, periods: readonly number[]): Promise<Map<number, Buffer>> {
    const out = new Map<number, Buffer>();
    if (periods.length === 0) return out;
    const got = await this.redis.mgetBuffer(...periods.map((p) => this.dekKey(tenant, p)));
    periods.forEach((p, i) => {
      const b = got[i];
      if (b) out.set(p, b);
    });
    return out;
  }

  async keepDataKeys(tenant: string, periods: readonly number[], until: number): Promise<void> {
    if (periods.length === 0) return;
    const tx = this.redis.multi();
    for (const p of periods) tx.call("PEXPIREAT", this.dekKey(tenant, p), String(Math.ceil(until)), "GT");
    const res = await tx.exec();
    if (!res) throw new Error("redis transaction aborted");
    for (const [err] of res) if (err) throw err;
  }

  async *dataKeyRecords(): AsyncIterable<DataKeyRecord> {
    const head = `${this.prefix}vault-dek:`;
    for await (const key of this.scanKeys(`${head}*`)) {
      const [tenant, period] = key.slice(head.length).split(":");
      const wrapped = await this.redis.getBuffer(key);
      if (tenant && period && wrapped) yield { tenant, period: Number(period), wrapped };
    }
  }

  async replaceDataKey(tenant: string, period: number, expected: Buffer, next: Buffer): Promise<boolean> {
    const r = await this.redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') return 1 end return 0", 1, this.dekKey(tenant, period), expected, next);
    return r === 1;
  }

  async retireDataKeys(): Promise<{ tenant: string; period: number }[]> {
    return []; // Data keys expire by themselves (see `dataKey`).
  }

  /**
   * Tenant erasure: the tenant's data keys, then every conversation holding a mapping sealed under one of them (a
   * conversation belongs to one tenant; its numbering slots go with it). Walks the whole vault (SCAN).
   */
  async eraseTenant(tenant: string): Promise<{ keys: number; mappings: number }> {
    let keys = 0;
    for await (const key of this.scanKeys(`${this.prefix}vault-dek:${tenant}:*`)) keys += await this.redis.del(key);
    let mappings = 0;
    for await (const key of this.scanKeys(`${this.prefix}vault:*`)) {
      const fields = await this.redis.hgetallBuffer(key);
      const sealed = Object.entries(fields).filter(([f, b]) => f.startsWith("v:") && blobDataKey(b)?.tenant === tenant).length;
      if (sealed > 0 && (await this.redis.del(key)) === 1) mappings += sealed;
    }
    // Every replica subscribed drops the tenant's keys now (not at its next recheck); the message is the keyed id only.
    await this.redis.publish(revocationChannelName(this.prefix), `${VAULT_ERASURE_MESSAGE}${tenant}`);
    return { keys, mappings };
  }

  private async *scanKeys(match: string): AsyncIterable<string> {
    let cursor = "0";
    do {
      const [next, keys] = await this.redis.scan(cursor, "MATCH", match, "COUNT", 200);
      cursor = next;
      yield* keys;
    } while (cursor !== "0");
  }

  async close(): Promise<void> {
    // The client is owned by whoever opened it.
  }
}

const RECORD_KEY: Record<VaultRecord, string> = { key: "vault-key", token: "vault-token-key" };

const restoreField = (token: string, blob: Buffer): string => `r:${token}:${blobDigest(blob).slice(0, 16)}`;
