import { EventEmitter } from "node:events";
import type { Redis } from "ioredis";

/** The pub/sub channel revocations are sent on (also used by `warden keys revoke`, which runs outside a gateway). */
export function revocationChannelName(prefix: string): string {
  return `${prefix}keys:revoked`;
}

/**
 * Key revocations (and rotations, which shorten the old key's life) pushed to every replica over Redis pub/sub,
 * so a revoked key is refused at once everywhere instead of after the one-second record cache. Messages carry
 * only the key id. When the subscription reconnects, messages sent meanwhile are lost, so every cached record is
 * dropped then (`onReset`). Emits `invalidated` (id) after handling a message and `reset` after a (re)connection, for
 * other caches that ride on the channel (tenants: "tenant:<id>") and for tests.
 */
export class RevocationChannel extends EventEmitter {
  private readonly channel: string;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    prefix: string,
    handlers: { onRevoked(id: string): void; onReset(): void },
  ) {
    super();
    this.channel = revocationChannelName(prefix);
    subscriber.on("message", (channel: string, id: string) => {
      if (channel !== this.channel) return;
      handlers.onRevoked(id);
      this.emit("invalidated", id);
    });
    // Also on the first connection: harmless, and no special case for a subscriber that connected before this.
    subscriber.on("ready", () => {
      handlers.onReset();
      this.emit("reset");
    });
  }

  /** Subscribe (resolves once Redis confirmed it; ioredis re-subscribes by itself after a reconnect). */
  async start(): Promise<void> {
    await this.subscriber.subscribe(this.channel);
  }

  /** Tell every replica (this one included) to forget a key's cached record. */
  async publish(id: string): Promise<void> {
    await this.publisher.publish(this.channel, id);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
  }
}
