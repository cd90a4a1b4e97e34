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
  /** First wait before reconnecting (ms), doubled after each failed attempt up to `maxRetryMs`. Default 250. */
  retryMs?: number;
  /** Longest wait between reconnection attempts (ms). Default 5 000. */
  maxRetryMs?: number;
  /** The clock (tests). */
  now?: () => number;
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The payload a writer sends with `pg_notify(channel, payload)` for one changed row. */
export const changePayload = (scope: string, id: string): string => `${scope}:${id}`;

/**
 * PostgreSQL LISTEN on a dedicated connection (a pooled one would be handed to other queries), named
 * `<channel>-<scope>` in `pg_stat_activity`. Notifications are not queued for a listener that is gone, so when the
 * connection is lost the feed is *down*: it reconnects with exponential backoff (with jitter, so replicas cut off
 * together do not reconnect in step) and, once listening again, runs `onReconnect` (the store reloads everything);
 * only when that reload succeeded is the feed live again. {@link downSince} says since when changes may have been
 * missed, for a store that bounds how stale it may serve (`keys.maxStaleSeconds`).
 */
export class PostgresChangeFeed {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private attempts = 0;
  private lostAt: number | undefined;
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly opts: PostgresChangeFeedOptions) {
    if (!CHANNEL_NAME.test(opts.channel)) throw new Error(`invalid NOTIFY channel '${opts.channel}'`);
    this.now = opts.now ?? Date.now;
  }

  /** Connect and LISTEN; rejects when the database cannot be reached (the caller decides whether that is fatal). */
  async start(): Promise<void> {
    await this.listen();
  }

  /**
   * Connect and LISTEN, or, when the database cannot be reached, start *down* and keep retrying in the background (as
   * after a lost connection: `onReconnect` runs once listening). For a feed whose absence is not fatal at start.
   * Resolves true when listening.
   */
  async startOrRetry(): Promise<boolean> {
    try {
      await this.listen();
      return true;
    } catch (err) {
      this.lostAt ??= this.now();
      this.opts.onError?.(err, `${this.opts.channel} listener: not connected at start; retrying`);
      this.scheduleRetry();
      return false;
    }
  }

  /** When the feed went down (changes since then may be unseen), or undefined while it is live. */
  downSince(): number | undefined {
    return this.lostAt;
  }

  private async listen(): Promise<void> {
    const { Client } = createRequire(import.meta.url)("pg") as typeof pg;
    const client = new Client({ connectionString: this.opts.url, connectionTimeoutMillis: 5_000, application_name: `${this.opts.channel}-${this.opts.scope}`.slice(0, 63) });
    const prefix = `${this.opts.scope}:`;
    client.on("notification", (msg) => {
      const payload = msg.payload ?? "";
      if (payload.startsWith(prefix)) this.opts.onChange(payload.slice(prefix.length));
    });
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.opts.channel}`);
    } catch (err) {
      // Not a live connection: forget it (its own error/end events are then ignored) and let the caller decide.
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      throw err;
    }
  }

  /** The connection `client` failed or ended: unless it was already replaced (or the feed closed), go down and retry. */
  private lost(client: pg.Client, err?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.lostAt ??= this.now();
    this.opts.onError?.(err ?? new Error("connection ended"), `${this.opts.channel} listener lost; reconnecting`);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    const base = this.opts.retryMs ?? 250;
    const cap = this.opts.maxRetryMs ?? 5_000;
    const delay = Math.min(cap, base * 2 ** Math.min(this.attempts, 20));
    this.attempts++;
    // "equal jitter": between half the delay and the whole of it
    this.retry = setTimeout(() => void this.reconnect(), delay / 2 + Math.random() * (delay / 2));
    this.retry.unref();
  }

  private async reconnect(): Promise<void> {
    this.retry = undefined;
    if (this.closed) return;
    try {
      await this.listen();
    } catch (err) {
      this.opts.onError?.(err, `${this.opts.channel} listener: reconnection failed`);
      return this.scheduleRetry();
    }
    const mine = this.client;
    try {
      // Listening again before the reload, so a change committed during the reload is heard, not missed.
      await this.opts.onReconnect();
    } catch (err) {
      // Still not known to be current: stay down, drop the connection, and try the whole step again.
      this.opts.onError?.(err, `${this.opts.channel} listener: reload after reconnecting failed`);
      if (this.client === mine) {
        this.client = undefined;
        await mine?.end().catch(() => undefined);
      }
      return this.scheduleRetry();
    }
    // Lost again during the reload (and perhaps already replaced): that attempt owns the state now.
    if (this.closed || this.client === undefined || this.client !== mine) return;
    this.attempts = 0;
    this.lostAt = undefined;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = undefined;
    const c = this.client;
    this.client = undefined;
    await c?.end().catch(() => undefined);
  }
}
