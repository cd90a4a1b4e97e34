/**
 * The Redis limit store's leases (src/limit/redis-limit-store.ts), store to store: two replicas (two stores, two
 * connections) on one Redis (127.0.0.1:6379), each run on its own key prefix. Checked: the limit is never exceeded
 * by the two together and is reached exactly once unused units are given back; a lease's uses are re-dated at its
 * last use; token usage is accounted exactly; concurrency is shared; calls are admitted with no Redis command while
 * a lease lasts; with Redis gone, only units already held are spent and then the limiter fails closed.
 */
import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { MessageSpec } from "../../src/core/message-spec.js";
import { WardenError } from "../../src/core/warden-error.js";
import type { AdmitRequest, AdmitResult, StoreLease } from "../../src/limit/limit-store.js";
import { Limiter } from "../../src/limit/limiter.js";
import { limitsConfigSchema } from "../../src/limit/limits-config.js";
import { RedisLimitStore } from "../../src/limit/redis-limit-store.js";
import { openRedis } from "../../src/redis/open-redis.js";

const log = pino({ level: "silent" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Replica {
  store: RedisLimitStore;
  client: Redis;
  /** Lease scripts this replica has sent. */
  scripts: () => number;
}

let open: Replica[] = [];
let prefix = "";

async function replica(leaseMs: number): Promise<Replica> {
  const client = await openRedis({ url: "redis://127.0.0.1:6379", keyPrefix: prefix, connectTimeoutMs: 2_000, commandTimeoutMs: 2_000 }, log);
  const store = new RedisLimitStore(client, prefix, 30_000, () => undefined, { leaseMs });
  const r = { store, client, scripts: () => store.roundTrips };
  open.push(r);
  return r;
}

async function fresh(): Promise<void> {
  prefix = `warden-test-lease-${randomBytes(4).toString("hex")}:`;
}

afterEach(async () => {
  for (const r of open) {
    await r.store.close();
    r.client.disconnect();
  }
  open = [];
});

const admitted = async (r: Replica, req: AdmitRequest): Promise<AdmitResult> => r.store.admit(req);

describe("Redis leases", () => {
  it("two replicas together never admit more than the limit, and reach it exactly once unused units are given back", async () => {
    await fresh();
    const [a, b] = [await replica(200), await replica(200)];
    const req: AdmitRequest = { subjects: [{ scope: "tenant", id: "t:shared", rpm: 300 }], tokens: 0, windowMs: 60_000 };
    let total = 0;
    let refusedWhileHeld = 0;
    // Interleaved bursts from both replicas (32 calls at once each) until both are refused after give-backs.
    for (let round = 0; round < 40; round++) {
      const results = await Promise.all([a, b].flatMap((r) => Array.from({ length: 32 }, () => admitted(r, req))));
      const ok = results.filter((x) => x.ok).length;
      total += ok;
      expect(total).toBeLessThanOrEqual(300); // never over the limit, at any point
      if (ok < results.length) refusedWhileHeld++;
      if (ok === 0 && total === 300) break;
      if (ok < results.length) await sleep(120); // let the other replica's lease expire and come back
    }
    expect(total).toBe(300);
    expect(refusedWhileHeld).toBeGreaterThan(0);
    // Both replicas did most of their work without Redis: far fewer scripts than calls.
    expect(a.scripts() + b.scripts()).toBeLessThan(150);
  });

  it("a lease's uses are re-dated at its last use when it is given back (so none leaves the window early)", async () => {
    await fresh();
    const a = await replica(300);
    const req: AdmitRequest = { subjects: [{ scope: "key", id: "k:redate", rpm: 1_000 }], tokens: 0, windowMs: 60_000 };
    expect((await admitted(a, req)).ok).toBe(true);
    const [member, grantedAt] = (await a.client.zrange(`${prefix}limit:k:redate:rq`, 0, -1, "WITHSCORES")) as [string, string];
    expect(member).toMatch(/:\d+$/);
    await sleep(150);
    const second = a.store.admit(req);
    expect(second).not.toBeInstanceOf(Promise); // from the lease, synchronously
    expect((second as AdmitResult).ok).toBe(true);
    await sleep(400); // the lease expires (300 ms) and is given back by the next tick
    const after = await a.client.zrange(`${prefix}limit:k:redate:rq`, 0, -1, "WITHSCORES");
    expect(after).toHaveLength(2);
    expect(after[0]).toMatch(/:u:2$/); // two used, the unused rest given back
    const redatedAt = Number(after[1]);
    expect(redatedAt - Number(grantedAt)).toBeGreaterThanOrEqual(140);
    expect(redatedAt - Number(grantedAt)).toBeLessThan(300);
    expect(await a.client.get(`${prefix}limit:k:redate:rqs`)).toBe("2");
  });

  it("token usage is accounted exactly across replicas (reservations replaced by usage, over-use charged)", async () => {
    await fresh();
    const [a, b] = [await replica(200), await replica(200)];
    const req: AdmitRequest = { subjects: [{ scope: "app", id: "a:tok", tpm: 1_000_000 }], tokens: 100, windowMs: 60_000 };
    const leases: StoreLease[] = [];
    for (let i = 0; i < 50; i++) {
      for (const r of [a, b]) {
        const res = await admitted(r, req);
        if (!res.ok) throw new Error("refused");
        leases.push(res.lease);
      }
    }
    // Half use less than they reserved, half more (over the lease: charged at once).
    leases.forEach((l, i) => void l.settle(i % 2 === 0 ? 60 : 250));
    await sleep(500); // leases expire and are given back
    expect(Number(await a.client.get(`${prefix}limit:a:tok:tks`))).toBe(50 * 60 + 50 * 250);
  });

  it("concurrency is shared: slots in use on one replica are not available to the other; idle ones come back", async () => {
    await fresh();
    const [a, b] = [await replica(100), await replica(100)];
    const req: AdmitRequest = { subjects: [{ scope: "tenant", id: "t:conc", concurrency: 40 }], tokens: 0, windowMs: 60_000 };
    const held: StoreLease[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await admitted(a, req);
      if (!res.ok) throw new Error("refused");
      held.push(res.lease);
    }
    let onB = 0;
    for (let i = 0; i < 20; i++) {
      const res = await admitted(b, req);
      if (res.ok) {
        onB++;
        held.push(res.lease);
      } else expect(res.kind).toBe("concurrency");
    }
    expect(30 + onB).toBeLessThanOrEqual(40);
    expect(onB).toBeGreaterThanOrEqual(10 - 2); // a keeps at most 40/16 idle slots
    for (const l of held) await l.settle(0);
    await sleep(300); // idle for longer than the lease: every slot given back
    expect(await a.client.hvals(`${prefix}limit:t:conc:cc`)).toEqual([]);
    let all = 0;
    for (let i = 0; i < 45; i++) if ((await admitted(b, req)).ok) all++;
    expect(all).toBe(40);
  });

  it("leaseMs 0 asks Redis for every call (exact mode), with the same limits", async () => {
    await fresh();
    const a = await replica(0);
    const req: AdmitRequest = { subjects: [{ scope: "key", id: "k:exact", rpm: 1_000 }], tokens: 0, windowMs: 60_000 };
    for (let i = 0; i < 20; i++) expect((await admitted(a, req)).ok).toBe(true);
    expect(a.scripts()).toBe(20);
    expect(await a.client.get(`${prefix}limit:k:exact:rqs`)).toBe("20");
  });

  it("Redis gone: units already held are spent, then the limiter fails closed (503)", async () => {
    await fresh();
    const a = await replica(5_000);
    const cfg = limitsConfigSchema.parse({ key: { rpm: 1_600 } });
    const limiter = new Limiter(cfg, a.store, log);
    const spec: MessageSpec = { api: "openai.chat", model: "m", stream: false, parts: [] };
    const principal = { keyId: "gone", tenant: "t", app: "x", roles: ["app" as const] };
    (await limiter.admit(principal, spec)).end(); // grant: 1 + floor(1599 / 16) = 100 units
    a.client.disconnect();
    let fromLease = 0;
    let failure: unknown;
    for (let i = 0; i < 200; i++) {
      try {
        (await limiter.admit(principal, spec)).end();
        fromLease++;
      } catch (err) {
        failure = err;
        break;
      }
    }
    expect(fromLease).toBe(99);
    expect(WardenError.isInstance(failure) && failure.code).toBe("WARDEN_LIMIT_UNAVAILABLE");
  });
});
