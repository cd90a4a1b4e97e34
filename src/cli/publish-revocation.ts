import pino from "pino";
import { revocationChannelName } from "../authenticate/revocation-channel.js";
import { loadConfig } from "../config/load-config.js";
import { openRedis } from "../redis/open-redis.js";

/**
 * Tell running gateways at once that a key was revoked or rotated, when Redis is configured (they drop their
 * cached record). Without Redis, or when Redis is down, gateways see the change within one second anyway
 * (their record cache bound); the caller prints a note then.
 */
export async function publishRevocation(configFile: string | undefined, keyId: string): Promise<"published" | "no-redis" | "failed"> {
  const { config } = loadConfig(configFile);
  if (!config.redis) return "no-redis";
  const client = await openRedis(config.redis, pino({ level: "silent" }));
  try {
    await client.publish(revocationChannelName(config.redis.keyPrefix), keyId);
    return "published";
  } catch {
    return "failed";
  } finally {
    client.disconnect();
  }
}
