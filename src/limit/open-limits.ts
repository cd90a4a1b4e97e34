import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Authenticator } from "../authenticate/authenticate.js";
import type { KeyStore } from "../authenticate/key-store.js";
import { RevocationChannel } from "../authenticate/revocation-channel.js";
import { openRedis } from "../redis/open-redis.js";
import type { RedisConfig } from "../redis/redis-config.js";
import type { LimitsConfig } from "./limits-config.js";
import { Limiter } from "./limiter.js";
import { MemoryLimitStore } from "./memory-limit-store.js";

export interface AccessState {
  limiter: Limiter;
  /** Revocations pushed to every replica, when Redis is configured. */
  revocations: RevocationChannel | undefined;
  close(): Promise<void>;
}

/**
 * The limit stage and the shared state behind it: counters in memory, or in Redis when `redis.url` is set (then
 * key revocations made through this gateway's key store are also published to every replica).
 */
export async function openLimits(opts: { limits: LimitsConfig; redis: RedisConfig | undefined; logger: Logger; keys: KeyStore; authenticator: Authenticator }): Promise<AccessState> {
  const { limits, redis: redisCfg, logger, keys, authenticator } = opts;
  let client: Redis | undefined;
  let subscriber: Redis | undefined;
  let revocations: RevocationChannel | undefined;
  let store;
  if (redisCfg) {
    client = await openRedis(redisCfg, logger);
    subscriber = await openRedis(redisCfg, logger, { subscriber: true });
    // Loaded only with Redis configured (its Lua scripts and store are not needed in memory otherwise).
    const { RedisLimitStore } = await import("./redis-limit-store.js");
    store = new RedisLimitStore(client, redisCfg.keyPrefix, limits.slotTtlMs, (err) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, "redis limit update failed"), { leaseMs: limits.leaseMs });
    revocations = new RevocationChannel(client, subscriber, redisCfg.keyPrefix, {
      onRevoked: (id) => authenticator.invalidate(id),
      onReset: () => authenticator.invalidateAll(),
    });
    // Wait briefly for the subscription (so a revocation right after start is heard), never block start-up on it:
    // with Redis down the subscriber keeps retrying in the background and the one-second cache bound holds.
    const subscribed = revocations.start().then(
      () => true,
      () => false,
    );
    const ok = await Promise.race([subscribed, new Promise<boolean>((r) => setTimeout(() => r(false), redisCfg.connectTimeoutMs).unref())]);
    if (!ok) logger.error({}, "key revocation channel not subscribed yet (retrying in the background)");
  } else {
    store = new MemoryLimitStore();
  }
  const channel = revocations;
  const off = keys.onChange((id, remote) => {
    authenticator.invalidate(id);
    // A change learned from the shared key store (PostgreSQL NOTIFY) reached every replica that way already.
    if (remote) return;
    channel?.publish(id).catch((err: unknown) => logger.error({ keyId: id, err: err instanceof Error ? err.message : String(err) }, "could not publish a key revocation; other replicas see it within a second"));
  });
  const limiter = new Limiter(limits, store, logger);
  return {
    limiter,
    revocations,
    async close() {
      off();
      await limiter.close();
      await revocations?.close();
      if (client) await client.quit().catch(() => client?.disconnect());
    },
  };
}
