import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { RedisConfig } from "./redis-config.js";

/** Remove credentials from a Redis URL before it goes into a log line. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}

/**
 * Connect to Redis, loading `ioredis` only now (deployments without Redis never load it). Commands fail fast
 * while disconnected (no offline queue), so a limit check never hangs on a dead Redis; the client keeps
 * reconnecting in the background. Resolves even when the first connection fails (logged): callers see errors
 * per command and apply their fail-open/fail-closed rule.
 */
export async function openRedis(cfg: RedisConfig, logger: Logger, opts: { subscriber?: boolean } = {}): Promise<Redis> {
  const { Redis: RedisClient } = await import("ioredis");
  const client = new RedisClient(cfg.url, {
    lazyConnect: true,
    connectTimeout: cfg.connectTimeoutMs,
    // A subscriber sends SUBSCRIBE once connected; command connections must not queue work while Redis is down.
    enableOfflineQueue: opts.subscriber === true,
    maxRetriesPerRequest: opts.subscriber ? null : 0,
    // Commands issued in one event-loop turn (many concurrent calls' limit checks) go out in one write.
    ...(opts.subscriber ? {} : { commandTimeout: cfg.commandTimeoutMs, enableAutoPipelining: true }),
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
  });
  const where = redactRedisUrl(cfg.url);
  let down = false;
  client.on("error", (err: Error) => {
    if (down) return;
    down = true;
    logger.error({ redis: where, err: err.message }, "redis connection failed");
  });
  client.on("ready", () => {
    if (down) logger.warn({ redis: where }, "redis connection restored");
    down = false;
  });
  await client.connect().catch(() => undefined);
  return client;
}
