import type pg from "pg";
import { inTransaction } from "./in-transaction.js";
import { changePayload } from "./postgres-change-feed.js";
import { currentWriteScope, type WriteScope } from "./write-scope.js";

/**
 * The write side of a store kept in memory and written through to PostgreSQL (keys, tenants, policies): writes run
 * one after another in the order they were made, each in a transaction that also sends a NOTIFY per changed id
 * (so other replicas hear of it only once it is committed); a failed write runs its `undo` on the memory copy and is
 * reported by the next {@link flush} (of the same admin request, when it runs in a write scope: `write-scope.ts`).
 * While a write to an id is pending, notifications about that id are stale for this replica: {@link pending} says
 * so, and the store ignores them.
 *
 * @example
 * const wt = new WriteThrough(pool, "warden_keys", schema);
 * wt.enqueue([id], (c) => c.query("UPDATE ...", [id]), () => memory.set(id, before));
 * await wt.flush(); // committed, or throws the first failure since the last flush
 */
export class WriteThrough {
  private writes: Promise<void> = Promise.resolve();
  /** Failures of writes queued outside any write scope. */
  private readonly unscoped: WriteScope = { failure: undefined };
  private readonly inflight = new Map<string, number>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
    private readonly scope: string,
  ) {}

  /** Queue `run` after every earlier write; `undo` restores the memory copy when it fails. */
  enqueue(ids: readonly string[], run: (c: pg.PoolClient) => Promise<unknown>, undo: () => void): void {
    const writer = currentWriteScope();
    for (const id of ids) this.inflight.set(id, (this.inflight.get(id) ?? 0) + 1);
    this.writes = this.writes
      .then(() =>
        inTransaction(this.pool, async (c) => {
          await run(c);
          for (const id of ids) await c.query("SELECT pg_notify($1, $2)", [this.channel, changePayload(this.scope, id)]);
        }),
      )
      .catch((err: unknown) => {
        undo();
        // A caller in a write scope (an admin request) is told of its own failures only; others share the store's.
        if (writer) writer.failure ??= err;
        else this.unscoped.failure ??= err;
      })
      .finally(() => {
        for (const id of ids) {
          const n = (this.inflight.get(id) ?? 1) - 1;
          if (n > 0) this.inflight.set(id, n);
          else this.inflight.delete(id);
        }
      });
  }

  /**
   * Queue a write outside the transactional path (no NOTIFY, no undo), in the same order: its failure goes to
   * `onError`, never to {@link flush} (for informational writes such as a key's last use).
   */
  enqueueLoose(run: () => Promise<unknown>, onError: (err: unknown) => void): void {
    this.writes = this.writes.then(run).then(
      () => undefined,
      (err: unknown) => onError(err),
    );
  }

  /** Whether a write to `id` is still queued or running. */
  pending(id: string): boolean {
    return this.inflight.has(id);
  }

  /**
   * Wait for every queued write; throw the first failure since the last flush: of the caller's own writes when it
   * runs in a write scope ({@link inWriteScope}), else of the writes queued outside any scope.
   */
  async flush(): Promise<void> {
    await this.writes;
    const holder = currentWriteScope() ?? this.unscoped;
    const err = holder.failure;
    holder.failure = undefined;
    if (err !== undefined) throw err;
  }

  /** Wait for every queued write, failures included (on close). */
  async drain(): Promise<void> {
    await this.writes;
  }
}
