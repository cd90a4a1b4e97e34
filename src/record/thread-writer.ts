import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { MerkleFrontier } from "./merkle.js";
import { encodeBatch } from "./plain-entry-codec.js";
import type { PlainEntry } from "./seal-entry.js";

/** What the SQLite writer thread is started with. */
export interface SqliteWriterThreadData {
  backend: "sqlite";
  file: string;
  synchronous: "normal" | "full";
  autocheckpointPages?: number;
  /** Run a PASSIVE WAL checkpoint this often (ms) on the thread's connection (the backend's background checkpoints). */
  checkpointMs?: number;
}

/** What the PostgreSQL writer thread is started with (it opens its own pool). */
export interface PostgresWriterThreadData {
  backend: "postgres";
  url: string;
  schema: string;
}

/** What a writer thread is started with: its backend picks the thread's module (`<backend>-writer-thread`). */
export type WriterThreadData = SqliteWriterThreadData | PostgresWriterThreadData;

/** Main thread → writer thread. */
export type WriterRequest =
  /** `batch`: the entries encoded by `encodeBatch` (transferred, `length` bytes used). */
  | { type: "batch"; id: number; batch: ArrayBuffer; length: number; keys: [tenant: string, version: number, key: Uint8Array][] }
  | { type: "forget"; tenant: string }
  /** Extend the Merkle frontier `from` (a checkpoint's; none: the empty tree) to seq `to` (committed). */
  | { type: "frontier"; id: number; from: { size: number; roots: string[] } | null; to: number }
  | { type: "close" };

/** Writer thread → main thread. */
export type WriterResponse =
  | { type: "done"; id: number; seqs: number[] }
  | { type: "frontier"; id: number; size: number; roots: string[] }
  | { type: "failed"; id: number; error: string }
  | { type: "closed" };

interface Waiter {
  resolve(seq: number): void;
  reject(err: unknown): void;
}

/**
 * Start the writer thread. From the build it is `<backend>-writer-thread.js`; from TypeScript sources (tests, benches
 * under tsx or vitest) the thread registers tsx first, which costs a few hundred ms at start, once.
 */
function startThread(data: WriterThreadData): Worker {
  const here = import.meta.url;
  const module = data.backend === "postgres" ? "postgres-writer-thread" : "sqlite-writer-thread";
  if (!here.endsWith(".ts")) return new Worker(new URL(`./${module}.js`, here), { workerData: data });
  const tsxApi = pathToFileURL(join(dirname(createRequire(here).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const entry = new URL(`./${module}.ts`, here).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

/**
 * The audit log's writes on a worker thread: entries submitted during one event-loop turn (or one `windowMs`) go
 * to the thread as one batch, which encrypts, digests, chains and inserts them in one transaction; each `submit`
 * resolves with its seq only once the batch is committed (durable), or rejects when it failed. If the thread dies,
 * every pending and later `submit` rejects: the gateway then fails closed like on any store failure.
 */
export class ThreadWriter {
  private readonly worker: Worker;
  private pending: { entry: PlainEntry; key: Buffer | undefined; waiter: Waiter }[] = [];
  private timer: NodeJS.Immediate | NodeJS.Timeout | undefined;
  private readonly inflight = new Map<number, { waiters: Waiter[]; done: Promise<void>; settle(): void }>();
  private nextId = 1;
  /** Data keys the thread has (`tenant\0version`): each is sent once, with the first batch that needs it. */
  private readonly sent = new Set<string>();
  private failure: Error | undefined;
  private closed: Promise<void> | undefined;

  constructor(
    data: WriterThreadData,
    private readonly opts: {
      windowMs: number;
      maxBatch: number;
      /** Called once if the thread dies on its own (not on `close`): every write fails from then on. */
      onCrash?: (err: Error) => void;
    },
  ) {
    this.worker = startThread(data);
    // Held only while it has work: an idle writer does not keep the process alive, a busy one does.
    this.worker.unref();
    this.worker.on("message", (m: WriterResponse) => this.onMessage(m));
    this.worker.on("error", (err) => this.crashed(err));
    this.worker.on("exit", (code) => this.crashed(new Error(`the audit writer thread exited (code ${code})`)));
  }

  private crashed(err: Error): void {
    const first = !this.failure && !this.closed;
    this.fail(err);
    if (first) this.opts.onCrash?.(err);
  }

  /** The thread is gone (or closed): every write fails. */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Queue an entry; resolves with its seq once committed. `key` is the tenant's data key for `entry.keyVersion`. */
  submit(entry: PlainEntry, key: Buffer | undefined): Promise<number> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<number>((resolve, reject) => {
      this.pending.push({ entry, key, waiter: { resolve, reject } });
      if (this.inflight.size > 0) return; // sent when the batch in flight is committed
      this.schedule();
    });
  }

  /** Drop a tenant's data keys from the thread (after crypto-shredding). */
  forget(tenant: string): void {
    for (const id of [...this.sent]) if (id.startsWith(`${tenant}\0`)) this.sent.delete(id);
    if (!this.failure) this.worker.postMessage({ type: "forget", tenant } satisfies WriterRequest);
  }

  /** Send what is queued and wait until everything sent so far is committed (or failed). */
  async flush(): Promise<void> {
    while (!this.failure && (this.pending.length > 0 || this.inflight.size > 0)) {
      if (this.inflight.size === 0) this.send();
      await Promise.all([...this.inflight.values()].map((b) => b.done));
    }
  }

  /** Flush, then stop the thread (its connection closed). */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.flush();
      if (this.failure) return;
      const stopped = new Promise<void>((resolve) => {
        this.worker.once("message", (m: WriterResponse) => m.type === "closed" && resolve());
        this.worker.once("exit", () => resolve());
      });
      this.worker.ref();
      this.worker.postMessage({ type: "close" } satisfies WriterRequest);
      await Promise.race([stopped, new Promise((r) => setTimeout(r, 2000).unref())]);
      // Anything submitted after the flush is refused, not left waiting.
      this.fail(new Error("the audit writer is closed"));
      await this.worker.terminate();
    })();
    return this.closed;
  }

  /**
   * Post what is queued as one batch. One batch is in flight at a time: entries submitted meanwhile wait for it and
   * go together as the next one. Under load that makes few, large batches (each wake-up of the thread costs a
   * context switch on a busy machine); alone, an entry is posted after the current event-loop turn.
   */
  /** When the last batch was committed (or failed): the window counts from there. */
  private lastDoneAt = -Infinity;

  /**
   * Post the queued entries now (a full batch) or once the window since the last commit is over: at most one commit
   * per `windowMs`, so that entries arriving meanwhile share it; after an idle spell (the window already over) an
   * entry goes after the current event-loop turn without waiting. `windowMs` 0: after every turn.
   */
  private schedule(): void {
    if (this.inflight.size > 0 || this.pending.length === 0) return;
    if (this.pending.length >= this.opts.maxBatch) return this.send();
    if (this.timer) return;
    const wait = this.opts.windowMs > 0 ? this.lastDoneAt + this.opts.windowMs - performance.now() : 0;
    this.timer = wait > 0 ? setTimeout(() => this.send(), wait) : setImmediate(() => this.send());
  }

  private send(): void {
    if (this.timer) {
      clearTimeout(this.timer as NodeJS.Timeout);
      clearImmediate(this.timer as NodeJS.Immediate);
      this.timer = undefined;
    }
    if (this.inflight.size === 0 && this.pending.length > 0) {
      const batch = this.pending.splice(0, this.opts.maxBatch);
      const keys: [string, number, Uint8Array][] = [];
      for (const { entry, key } of batch) {
        if (!key || entry.keyVersion === null) continue;
        const id = `${entry.tenant}\0${entry.keyVersion}`;
        if (this.sent.has(id)) continue;
        this.sent.add(id);
        keys.push([entry.tenant, entry.keyVersion, key]);
      }
      const id = this.nextId++;
      let settle = () => undefined as void;
      const done = new Promise<void>((r) => (settle = r));
      this.inflight.set(id, { waiters: batch.map((b) => b.waiter), done, settle });
      try {
        const encoded = encodeBatch(batch.map((b) => b.entry));
        const buffer = encoded.buffer as ArrayBuffer;
        this.worker.ref();
        this.worker.postMessage({ type: "batch", id, batch: buffer, length: encoded.byteLength, keys } satisfies WriterRequest, [buffer]);
      } catch (err) {
        // Not sent (cannot encode, or the thread is gone): this batch fails, the next ones may still go.
        for (const k of keys) this.sent.delete(`${k[0]}\0${k[1]}`);
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
    const id = this.nextId++;
    return new Promise<MerkleFrontier>((resolve, reject) => {
      this.queries.set(id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage({ type: "frontier", id, from: from ? { size: from.size, roots: from.toHex() } : null, to } satisfies WriterRequest);
    });
  }

  private readonly queries = new Map<number, { resolve(f: MerkleFrontier): void; reject(err: unknown): void }>();

  private onMessage(m: WriterResponse): void {
    if (m.type === "closed") return;
    const query = this.queries.get(m.id);
    if (query) {
      this.queries.delete(m.id);
      if (m.type === "frontier") query.resolve(MerkleFrontier.fromHex(m.size, m.roots));
      else query.reject(new Error(`audit checkpoint failed: ${m.type === "failed" ? m.error : "unexpected answer"}`));
      if (this.inflight.size === 0 && this.queries.size === 0) this.worker.unref();
      return;
    }
    if (m.type === "frontier") return;
    const batch = this.inflight.get(m.id);
    if (!batch) return;
    this.inflight.delete(m.id);
    if (m.type === "done") batch.waiters.forEach((w, i) => w.resolve(m.seqs[i] as number));
    else {
      const err = new Error(`audit write failed: ${m.error}`);
      for (const w of batch.waiters) w.reject(err);
    }
    batch.settle();
    this.lastDoneAt = performance.now();
    if (this.pending.length > 0) this.schedule();
    else if (this.inflight.size === 0 && this.queries.size === 0) this.worker.unref();
  }

  /** The thread is gone: reject everything pending and every later submit (fail closed). */
  private fail(err: Error): void {
    this.failure ??= err;
    for (const b of this.inflight.values()) {
      for (const w of b.waiters) w.reject(this.failure);
      b.settle();
    }
    this.inflight.clear();
    for (const p of this.pending.splice(0)) p.waiter.reject(this.failure);
    for (const q of this.queries.values()) q.reject(this.failure);
    this.queries.clear();
  }
}
