import { createRequire } from "node:module";
import type pg from "pg";

export interface PostgresChangeFeedOptions {
  url: string;
  /** The NOTIFY channel (a plain identifier). */
  channel: string;
  /** Only payloads `<scope>:<id>` with this scope are passed on (several deployments may share a database). */
  scope: string;
  /** Called with the id of each change this scope was told about. */
  onChange(id: string): void;
  /** Called after the connection was lost and made again: changes sent meanwhile were missed, reload everything. */
  onReconnect(): Promise<void>;
  onError?: (err: unknown, what: string) => void;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The payload a writer sends with `pg_notify(channel, payload)` for one changed row. */
export const changePayload = (scope: string, id: string): string => `${scope}:${id}`;

/**
 * PostgreSQL LISTEN on a dedicated connection (a pooled one would be handed to other queries), named
 * `<channel>-<scope>` in `pg_stat_activity`. When the connection is lost it is made again after a second and
 * `onReconnect` runs (notifications are not queued for a listener that is gone).
 */
export class PostgresChangeFeed {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly opts: PostgresChangeFeedOptions) {
    if (!CHANNEL_NAME.test(opts.channel)) throw new Error(`invalid NOTIFY channel '${opts.channel}'`);
  }

  /** Connect and LISTEN; rejects when the database cannot be reached (the caller decides whether that is fatal). */
  async start(): Promise<void> {
    const { Client } = createRequire(import.meta.url)("pg") as typeof pg;
    const client = new Client({ connectionString: this.opts.url, connectionTimeoutMillis: 5_000, application_name: `${this.opts.channel}-${this.opts.scope}`.slice(0, 63) });
    const lost = (err?: unknown) => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      if (this.closed) return;
      this.opts.onError?.(err ?? new Error("connection ended"), `${this.opts.channel} listener lost; reconnecting`);
      this.retry = setTimeout(() => {
        this.retry = undefined;
        this.start()
          .then(() => this.opts.onReconnect())
          .catch((e: unknown) => lost(e));
      }, 1_000);
      this.retry.unref();
    };
    const prefix = `${this.opts.scope}:`;
    client.on("notification", (msg) => {
      const payload = msg.payload ?? "";
      if (payload.startsWith(prefix)) this.opts.onChange(payload.slice(prefix.length));
    });
    client.on("error", lost);
    client.on("end", () => lost());
    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${this.opts.channel}`);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}
