import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { RevocationChannel } from "../../authenticate/revocation-channel.js";
import { PostgresChangeFeed } from "../../postgres/postgres-change-feed.js";
import { openRedis } from "../../redis/open-redis.js";
import type { RedisConfig } from "../../redis/redis-config.js";

/** PostgreSQL NOTIFY channel of vault erasures; the payload is `<schema>:<tenant id>` (the keyed digest, never the name). */
export const VAULT_ERASURE_CHANNEL = "warden_vault";

/** Messages about vault erasures on the Redis revocation channel start with this (key ids and `tenant:` never do). */
export const VAULT_ERASURE_MESSAGE = "vault:";

/** How long the start waits for the feed to listen. */
const START_WAIT_MS = 2_000;

/** A tenant id as the vault stores it (16 bytes of a keyed digest, in hex): anything else on the channel is ignored. */
const TENANT_ID = /^[0-9a-f]{32}$/;

export interface ErasureHandlers {
  /** Another process erased this tenant (its keyed id): drop its data keys now. */
  onErased(tenant: string): void;
  /** Notifications may have been missed (the listening connection was lost and is back): ask the store again. */
  onMissed(): void;
}

/** A running subscription to the erasures of one shared vault. */
export interface ErasureFeed {
  close(): Promise<void>;
}

/**
 * Subscribe to the tenant erasures of a shared vault, over the mechanism key revocations already use between
 * replicas: PostgreSQL LISTEN on a dedicated connection (`PostgresChangeFeed`, as the key store) for a vault in
 * PostgreSQL, the Redis revocation channel (`RevocationChannel`, as `warden keys revoke`) for a vault in Redis. The
 * store's `eraseTenant` sends the notification (the CLI's too). A database or Redis down at start is not an error: the
 * feed retries in the background, and on (re)connection `onMissed` runs. SQLite has no feed: processes sharing one
 * file see an erasure within the data keys' one-minute recheck.
 */
export async function openErasureFeed(
  opts: { kind: "postgres"; url: string; schema: string } | { kind: "redis"; redis: RedisConfig; client: Redis },
  handlers: ErasureHandlers,
  logger: Logger,
): Promise<ErasureFeed> {
  const warn = (err: unknown, what: string) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, `vault erasure feed: ${what}`);
  if (opts.kind === "postgres") {
    const feed = new PostgresChangeFeed({
      url: opts.url,
      channel: VAULT_ERASURE_CHANNEL,
      scope: opts.schema,
      onChange: (tenant) => {
        if (TENANT_ID.test(tenant)) handlers.onErased(tenant);
      },
      onReconnect: async () => handlers.onMissed(),
      onError: warn,
    });
    // Waited for briefly (so an erasure right after the start is heard), never for long: a database that does not
    // answer would otherwise hold the start for the connection timeout, though the vault works without the feed.
    await Promise.race([feed.startOrRetry(), new Promise<boolean>((r) => setTimeout(() => r(false), START_WAIT_MS).unref())]);
    return { close: () => feed.close() };
  }
  // The vault store's command connection publishes (this process never does through the channel); a subscriber of its own.
  const subscriber = await openRedis(opts.redis, logger, { subscriber: true });
  const channel = new RevocationChannel(opts.client, subscriber, opts.redis.keyPrefix, {
    onRevoked: (id) => {
      const tenant = id.startsWith(VAULT_ERASURE_MESSAGE) ? id.slice(VAULT_ERASURE_MESSAGE.length) : "";
      if (TENANT_ID.test(tenant)) handlers.onErased(tenant);
    },
    onReset: () => handlers.onMissed(),
  });
  // As the revocation channel at start: wait briefly for the subscription, never block the start on it.
  const subscribed = channel.start().then(
    () => true,
    (err: unknown) => {
      warn(err, "not subscribed yet (retrying in the background)");
      return false;
    },
  );
  await Promise.race([subscribed, new Promise<boolean>((r) => setTimeout(() => r(false), opts.redis.connectTimeoutMs).unref())]);
  return {
    close: () => channel.close(),
  };
}
