import type { Worker } from "node:worker_threads";
import { MerkleFrontier } from "./merkle.js";
import type { PlainEntry } from "./seal-entry.js";
import { startWriterThread } from "./start-writer-thread.js";
import type { ThreadWriterOptions } from "./thread-writer-options.js";
import { forgetKeys, writerBatchRequest } from "./writer-batch-request.js";
import { WriterOutage } from "./writer-outage.js";
import type { WriterRequest } from "./writer-request.js";
import type { WriterResponse } from "./writer-response.js";
import { DEFAULT_WRITER_RESTART, restartDelay, type WriterRestartOptions } from "./writer-restart.js";
import type { WriterThreadData } from "./writer-thread-data.js";

/** The largest batch buffer kept for reuse (a burst of large payloads leaves no large buffer behind). */
const MAX_SPARE = 1024 * 1024;

interface Waiter {
  resolve(seq: number): void;
  reject(err: unknown): void;
}

interface Queued {
  entry: PlainEntry;
  key: Buffer | undefined;
  waiter: Waiter;
  /** While no thread is up: refused if still queued then (performance.now() ms). */
  deadline: number;
  /** How many times it was sent to a thread: an entry whose thread died twice with it in flight is refused. */
  sends: number;
}

/** A batch (or the look-up of a dead thread's batch) on the thread. */
interface InFlight {
  items: Queued[];
  /** The highest seq known committed when the batch was sent: its entries can only be after it. */
  after: number;
  find: boolean;
  done: Promise<void>;
  settle(): void;
}

/**
 * The audit log's writes on a worker thread: entries submitted during one event-loop turn (or one `windowMs`) go
 * to the thread as one batch, which encrypts, digests, chains and inserts them in one transaction; each `submit`
 * resolves with its seq only once the batch is committed (durable), or rejects when it failed.
 *
 * If the thread dies, it is replaced after a back-off (100 ms doubling to 5 s by default). The replacement opens its
 * own connection and reads the chain tail from the store before appending, so the chain goes on from what is
 * committed, not from anything the dead thread held in memory. The batch in flight at the death may or may not have
 * been committed (all or nothing: one transaction): the replacement first looks its entries up in the store, under
 * the append lock; found, they are acknowledged with their stored seqs; not found, they are sent again, once (a
 * second death with them in flight refuses them). So no entry is acknowledged without being durable, and none is
 * written twice. Entries submitted while no thread is up wait in a small queue (bounded in size and in time) and are
 * refused beyond it: the gateway fails closed only while no thread is up.
 */
export class ThreadWriter {
  private worker: Worker | undefined;
  /** A thread is up: the first one from the start (its messages wait for it to boot), a replacement once ready. */
  private isUp = true;
  private pending: Queued[] = [];
  private timer: NodeJS.Immediate | NodeJS.Timeout | undefined;
  private readonly inflight = new Map<number, InFlight>();
  /** The batch in flight when the thread died, until the replacement has looked it up (or it timed out). */
  private limbo: { items: Queued[]; after: number; deadline: number } | undefined;
  /** The highest seq known committed (the ready tail, the batches answered). */
  private knownSeq = 0;
  private nextId = 1;
  /** Data keys the thread has (`tenant\0version`): each is sent once, with the first batch that needs it. */
  private readonly sent = new Set<string>();
  private failure: Error | undefined;
  private closed: Promise<void> | undefined;
  private readonly restart: WriterRestartOptions;
  private readonly outage: WriterOutage;
  private restartTimer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  /** `flush` calls waiting for a thread to come up (or for the queue to empty, or for the end). */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly data: WriterThreadData,
    private readonly opts: ThreadWriterOptions,
  ) {
    this.restart = { ...DEFAULT_WRITER_RESTART, ...opts.restart };
    this.outage = new WriterOutage(this.restart.stableMs);
    this.spawn(opts.crashAfterCommit ? { ...data, crashAfterCommit: opts.crashAfterCommit } : data);
  }

  private spawn(data = this.data): void {
    const worker = startWriterThread(data);
    this.worker = worker;
    // Held only while it has work: an idle writer does not keep the process alive, a busy one does.
    worker.unref();
    // Events of a thread already replaced (its `exit` after its `error`) are ignored.
    worker.on("message", (m: WriterResponse) => worker === this.worker && this.onMessage(m));
    worker.on("error", (err) => this.crashed(worker, err));
    worker.on("exit", (code) => this.crashed(worker, new Error(`the audit writer thread exited (code ${code})`)));
  }

  /** A thread died on its own: keep what it had in flight for the look-up, and start a replacement after the back-off. */
  private crashed(worker: Worker, err: Error): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    if (this.closed || this.failure) return this.fail(err);
    this.opts.onCrash?.(err);
    if (!this.restart.enabled) return this.fail(err);
    const now = performance.now();
    const attempt = this.outage.died(err.message, this.isUp, now);
    this.isUp = false;
    // In flight: committed or not, nobody can tell from here: kept until the replacement has looked it up.
    const deadline = now + this.restart.queueMs;
    for (const b of this.inflight.values()) {
      this.limbo = { items: b.items, after: b.after, deadline: Math.min(this.limbo?.deadline ?? Infinity, deadline) };
      b.settle();
    }
    this.inflight.clear();
    const lost = new Error(`the audit writer thread died: ${err.message}`);
    for (const q of this.queries.values()) q.reject(lost);
    this.queries.clear();
    this.sent.clear(); // the replacement has no data keys yet
    this.clearSendTimer();
    for (const p of this.pending) p.deadline = Math.min(p.deadline, deadline);
    const over = this.pending.splice(this.restart.queueMax);
    for (const p of over) p.waiter.reject(new Error("the audit writer thread died and its restart queue is full"));
    this.outage.refused += over.length;
    this.armSweep();
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      // Also while closing: what is queued is then written before the close.
      if (!this.failure) this.spawn();
    }, restartDelay(attempt, this.restart));
    this.wake();
  }

  /** Permanently failed (closed, or died with restarts disabled): every write fails. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** A thread is up: writes go out now (false while a dead thread is being replaced, and once closed). */
  get up(): boolean {
    return this.isUp && !this.failure;
  }

  /** Queue an entry; resolves with its seq once committed. `key` is the tenant's data key for `entry.keyVersion`. */
  submit(entry: PlainEntry, key: Buffer | undefined): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    if (!this.isUp && this.pending.length >= this.restart.queueMax) {
      this.outage.refused++;
      return Promise.reject(new Error("no audit writer thread is up (restarting) and its queue is full"));
    }
    return new Promise<number>((resolve, reject) => {
      this.pending.push({ entry, key, waiter: { resolve, reject }, deadline: this.isUp ? Infinity : performance.now() + this.restart.queueMs, sends: 0 });
      if (!this.isUp) return this.armSweep();
      if (this.inflight.size > 0) return; // sent when the batch in flight is committed
      this.schedule();
    });
  }

  /** Drop a tenant's data keys from the thread (after crypto-shredding). */
  forget(tenant: string): void {
    for (const id of [...this.sent]) if (id.startsWith(`${tenant}\0`)) this.sent.delete(id);
    if (!this.failure) this.worker?.postMessage({ type: "forget", tenant } satisfies WriterRequest);
  }

  /** Send what is queued and wait until everything sent so far is committed (or failed). */
  async flush(): Promise<void> {
    while (!this.failure && (this.pending.length > 0 || this.inflight.size > 0 || this.limbo)) {
      if (!this.isUp) {
        await new Promise<void>((r) => this.waiting.push(r));
        continue;
      }
      if (this.inflight.size === 0) this.send();
      await Promise.all([...this.inflight.values()].map((b) => b.done));
    }
  }

  /** Flush, then stop the thread (its connection closed). */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.flush();
      const worker = this.worker;
      if (this.failure || !worker) return this.fail(new Error("the audit writer is closed"));
      const stopped = new Promise<void>((resolve) => {
        worker.once("message", (m: WriterResponse) => m.type === "closed" && resolve());
        worker.once("exit", () => resolve());
      });
      worker.ref();
      worker.postMessage({ type: "close" } satisfies WriterRequest);
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 2000).unref())]);
      // Anything submitted after the flush is refused, not left waiting.
      this.fail(new Error("the audit writer is closed"));
      await worker.terminate();
    })();
    return this.closed;
  }

  /**
   * The buffer of the last batch, handed back by the thread: the next batch is encoded into it when it fits (no
   * allocation, page faults and GC of a fresh buffer per batch on either thread). Kept only up to `MAX_SPARE` bytes.
   */
  private spare: ArrayBuffer | undefined;

  /** When the last batch was committed (or failed): the window counts from there. */
  private lastDoneAt = -Infinity;

  /**
   * Post the queued entries now (a full batch) or once the window since the last commit is over: at most one commit
   * per `windowMs`, so that entries arriving meanwhile share it; after an idle spell (the window already over) an
   * entry goes after the current event-loop turn without waiting. `windowMs` 0: after every turn.
   */
  private schedule(): void {
    if (!this.isUp || this.inflight.size > 0 || this.pending.length === 0) return;
    if (this.pending.length >= this.opts.maxBatch) return this.send();
    if (this.timer) return;
    const wait = this.opts.windowMs > 0 ? this.lastDoneAt + this.opts.windowMs - performance.now() : 0;
    this.timer = wait > 0 ? setTimeout(() => this.send(), wait) : setImmediate(() => this.send());
  }

  private clearSendTimer(): void {
    if (!this.timer) return;
    clearTimeout(this.timer as NodeJS.Timeout);
    clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = undefined;
  }

  /**
   * Post what is queued as one batch. One batch is in flight at a time: entries submitted meanwhile wait for it and
   * go together as the next one. Under load that makes few, large batches (each wake-up of the thread costs a
   * context switch on a busy machine); alone, an entry is posted after the current event-loop turn.
   */
  private send(): void {
    this.clearSendTimer();
    const worker = this.worker;
    if (!this.isUp || !worker) return;
    if (this.inflight.size === 0 && this.pending.length > 0) {
      const batch = this.pending.splice(0, this.opts.maxBatch);
      const id = this.nextId++;
      let settle = () => undefined as void;
      const done = new Promise<void>((r) => (settle = r));
      for (const b of batch) b.sends++;
      this.inflight.set(id, { items: batch, after: this.knownSeq, find: false, done, settle });
      try {
        const request = writerBatchRequest(id, batch, this.sent, this.spare);
        this.spare = undefined;
        worker.ref();
        try {
          worker.postMessage(request, [request.batch]);
        } catch (err) {
          forgetKeys(request.keys, this.sent);
          throw err;
        }
      } catch (err) {
        // Not sent (cannot encode, or the thread is gone): this batch fails, the next ones may still go.
        this.onMessage({ type: "failed", id, error: err instanceof Error ? err.message : String(err) });
      }
    }
  }

  /**
   * The Merkle frontier of entries 1..`to` (committed), extended on the thread from `from` (the last checkpoint's):
   * from the hashes the thread wrote, reading back only the entries others wrote.
   */
  frontier(from: MerkleFrontier | undefined, to: number): Promise<MerkleFrontier> {
    if (this.failure) return Promise.reject(this.failure);
    const worker = this.worker;
    if (!this.isUp || !worker) return Promise.reject(new Error("no audit writer thread is up (restarting)"));
    const id = this.nextId++;
    return new Promise<MerkleFrontier>((resolve, reject) => {
      this.queries.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ type: "frontier", id, from: from ? { size: from.size, roots: from.toHex() } : null, to } satisfies WriterRequest);
    });
  }

  private readonly queries = new Map<number, { resolve(f: MerkleFrontier): void; reject(err: unknown): void }>();

  private onMessage(m: WriterResponse): void {
    if (m.type === "closed") return;
    if (m.type === "ready") return this.ready(m.seq);
    const query = this.queries.get(m.id);
    if (query) {
      this.queries.delete(m.id);
      if (m.type === "frontier") query.resolve(MerkleFrontier.fromHex(m.size, m.roots));
      else query.reject(new Error(`audit checkpoint failed: ${m.type === "failed" ? m.error : "unexpected answer"}`));
      if (this.inflight.size === 0 && this.queries.size === 0) this.worker?.unref();
      return;
    }
    if (m.type === "frontier") return;
    if ((m.type === "done" || m.type === "failed") && m.batch && m.batch.byteLength <= MAX_SPARE) this.spare = m.batch;
    const batch = this.inflight.get(m.id);
    if (!batch) return;
    this.inflight.delete(m.id);
    if (m.type === "done") {
      batch.items.forEach((b, i) => b.waiter.resolve(m.seqs[i] as number));
      this.knownSeq = Math.max(this.knownSeq, m.seqs[m.seqs.length - 1] ?? 0);
    } else if (m.type === "found") this.found(batch, m.seqs);
    else {
      const err = new Error(`audit ${batch.find ? "look-up of a dead writer's batch" : "write"} failed: ${m.error}`);
      for (const b of batch.items) b.waiter.reject(err);
      if (batch.find) this.restarted();
    }
    batch.settle();
    this.lastDoneAt = performance.now();
    if (this.pending.length > 0) this.schedule();
    else if (this.inflight.size === 0 && this.queries.size === 0) this.worker?.unref();
  }

  /** The thread has opened the store and read the tail (`seq`): a replacement looks up the dead one's batch first. */
  private ready(seq: number): void {
    this.knownSeq = Math.max(this.knownSeq, seq);
    if (this.isUp) return; // the first thread: up from the start
    this.isUp = true;
    this.outage.up(seq);
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.sweepTimer = undefined;
    for (const p of this.pending) p.deadline = Infinity;
    const limbo = this.limbo;
    this.limbo = undefined;
    if (limbo) {
      // Sent before any batch (nothing else is in flight): the look-up's answer decides what goes first.
      const id = this.nextId++;
      let settle = () => undefined as void;
      const done = new Promise<void>((r) => (settle = r));
      this.inflight.set(id, { items: limbo.items, after: limbo.after, find: true, done, settle });
      const entries = limbo.items.map(({ entry: e }): [string, string, number, string] => [e.kind, e.requestId, e.time, e.meta]);
      this.worker?.ref();
      this.worker?.postMessage({ type: "find", id, after: limbo.after, entries } satisfies WriterRequest);
    } else {
      this.restarted();
      this.schedule();
    }
    this.wake();
  }

  /**
   * The dead thread's batch looked up: entries stored are acknowledged with their seqs; the others go first in the
   * queue (in their order), unless this was their second death in flight (then refused).
   */
  private found(batch: InFlight, seqs: readonly (number | null)[]): void {
    const again: Queued[] = [];
    batch.items.forEach((b, i) => {
      const seq = seqs[i];
      if (seq !== null && seq !== undefined) {
        this.outage.recovered++;
        this.knownSeq = Math.max(this.knownSeq, seq);
        b.waiter.resolve(seq);
      } else if (b.sends >= 2) {
        this.outage.refused++;
        b.waiter.reject(new Error("the audit writer thread died twice with this write in flight (not stored)"));
      } else {
        this.outage.resent++;
        again.push(b);
      }
    });
    this.pending.unshift(...again);
    this.restarted();
  }

  /** Recovery is over: record the restart. */
  private restarted(): void {
    this.opts.onRestart?.(this.outage.report());
  }

  /** While no thread is up: refuse queued entries past their deadline (the oldest first: deadlines are in order). */
  private armSweep(): void {
    const first = this.limbo ?? this.pending[0];
    if (this.sweepTimer || this.isUp || !first) return;
    this.sweepTimer = setTimeout(
      () => {
        this.sweepTimer = undefined;
        if (this.isUp) return;
        const now = performance.now();
        const limbo = this.limbo;
        if (limbo && limbo.deadline <= now) {
          // Not looked up in time: refused (stored or not), and never sent again.
          this.limbo = undefined;
          const err = new Error(`the audit writer thread died with this write in flight and none came up within ${this.restart.queueMs} ms`);
          for (const p of limbo.items) p.waiter.reject(err);
          this.outage.refused += limbo.items.length;
        }
        let n = 0;
        while (n < this.pending.length && (this.pending[n] as Queued).deadline <= now) n++;
        const err = new Error(`no audit writer thread came up within ${this.restart.queueMs} ms`);
        for (const p of this.pending.splice(0, n)) p.waiter.reject(err);
        this.outage.refused += n;
        this.wake();
        this.armSweep();
      },
      Math.max(0, first.deadline - performance.now()) + 1,
    );
  }

  private wake(): void {
    for (const w of this.waiting.splice(0)) w();
  }

  /** Closed (or dead with restarts disabled): reject everything pending and every later submit (fail closed). */
  private fail(err: Error): void {
    this.failure ??= err;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.restartTimer = this.sweepTimer = undefined;
    for (const b of this.inflight.values()) {
      for (const p of b.items) p.waiter.reject(this.failure);
      b.settle();
    }
    this.inflight.clear();
    for (const p of this.limbo?.items ?? []) p.waiter.reject(this.failure);
    this.limbo = undefined;
    for (const p of this.pending.splice(0)) p.waiter.reject(this.failure);
    for (const q of this.queries.values()) q.reject(this.failure);
    this.queries.clear();
    this.wake();
  }
}
