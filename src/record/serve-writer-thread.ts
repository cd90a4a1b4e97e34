import { createSecretKey, type KeyObject } from "node:crypto";
import type { MessagePort } from "node:worker_threads";
import type { EntryDraft } from "./audit-entry.js";
import { ByteArena } from "./byte-arena.js";
import { MerkleFrontier } from "./merkle.js";
import { decodeBatch } from "./plain-entry-codec.js";
import { sealEntry } from "./seal-entry.js";
import type { WriterRequest } from "./writer-request.js";
import type { WriterResponse } from "./writer-response.js";

/** What a writer thread does with sealed entries: append them (durably), read hashes back, close its store. */
export interface WriterThreadStore {
  /** Chain and commit the drafts in one transaction; resolves with their seqs and hashes once durable. */
  append(drafts: readonly EntryDraft[]): Promise<{ seq: number; hash: Buffer }[]> | { seq: number; hash: Buffer }[];
  /** Entry hashes for seqs in [from, to] (entries this thread did not write: other processes, other replicas). */
  hashes(from: number, to: number): Promise<Buffer[]>;
  /** The last committed entry's seq, read from the store (not from memory): what the next append chains after. */
  tail(): Promise<{ seq: number }>;
  /** Entries from seq `from` on, in seq order (to find the entries of a batch whose thread died). */
  scan(from: number): AsyncIterable<{ seq: number; kind: string; requestId: string; time: number; meta: string }>;
  close(): Promise<void>;
}

/** Hashes per slice when a Merkle frontier is extended (between slices, batches go on). */
const SLICE = 2_000;

/**
 * The message loop of an audit writer thread (SQLite or PostgreSQL): decode each batch, encrypt and digest its
 * payloads under the tenants' data keys, hand the drafts to the store, and answer with the seqs once committed.
 * Batches (and `forget`, `close`) are handled strictly one after the other in the order posted, so the chain order is
 * the order of submission. The thread also extends the checkpoints' Merkle tree (`frontier` requests) from the hashes
 * it wrote, reading back only the seqs others wrote, so that neither hashing nor reading rows loads the event loop.
 *
 * Before the first batch the thread reads the chain tail from the store and says `ready`: a thread started to replace
 * a dead one goes on from what is committed. If the store cannot be read, the thread dies (and is replaced later).
 */
export function serveWriterThread(port: MessagePort, store: WriterThreadStore, opts: { crashAfterCommit?: number } = {}): void {
  let commits = 0;
  /** Data keys by `tenant\0version`, sent by the main thread before the first batch that needs them. */
  const keys = new Map<string, KeyObject>();
  /** The ciphertexts of the batch being written (views into one reused buffer, alive until its commit). */
  const ciphertexts = new ByteArena(256 * 1024);
  /** Hashes this thread wrote since the last frontier request, by seq (bounded: beyond, the log is read). */
  const written = new Map<number, Buffer>();
  // Batches wait for the tail: each append reads it again inside its transaction, this read proves the store is there.
  let queue: Promise<void> = store.tail().then(
    (t) => port.postMessage({ type: "ready", seq: t.seq } satisfies WriterResponse),
    (err: unknown) => {
      // Thrown out of the thread: it dies, and its owner replaces it after a back-off.
      setImmediate(() => {
        throw err instanceof Error ? err : new Error(String(err));
      });
      return new Promise<void>(() => undefined);
    },
  );
  port.on("message", (msg: WriterRequest) => {
    // A frontier request runs beside the batches (in slices), not in their queue: commits are not held up by it.
    if (msg.type === "frontier") void frontier(msg);
    else queue = queue.then(() => handle(msg));
  });

  async function handle(msg: Exclude<WriterRequest, { type: "frontier" }>): Promise<void> {
    if (msg.type === "forget") {
      for (const id of [...keys.keys()]) if (id.startsWith(`${msg.tenant}\0`)) keys.delete(id);
      return;
    }
    if (msg.type === "find") return find(msg);
    if (msg.type === "close") {
      await store.close().catch(() => undefined);
      port.postMessage({ type: "closed" } satisfies WriterResponse);
      return;
    }
    for (const [tenant, version, key] of msg.keys) keys.set(`${tenant}\0${version}`, createSecretKey(Buffer.from(key.buffer, key.byteOffset, key.byteLength)));
    let reply: WriterResponse;
    // The previous batch is committed (or failed): its ciphertexts are dead, their bytes are reused.
    ciphertexts.reset();
    try {
      const drafts: EntryDraft[] = decodeBatch(Buffer.from(msg.batch, 0, msg.length)).map((e) => {
        const key = e.keyVersion === null ? undefined : keys.get(`${e.tenant}\0${e.keyVersion}`);
        if (e.keyVersion !== null && !key) throw new Error(`no data key ${e.keyVersion} for the tenant of ${e.requestId}`);
        return sealEntry(e, key, ciphertexts.alloc);
      });
      const out = await store.append(drafts);
      if (written.size > 200_000) written.clear();
      for (const w of out) written.set(w.seq, w.hash);
      // Test hook: die between the commit and the answer (the batch durable, its callers not told).
      if (++commits === opts.crashAfterCommit) process.exit(70);
      reply = { type: "done", id: msg.id, seqs: out.map((w) => w.seq), batch: msg.batch };
    } catch (err) {
      reply = { type: "failed", id: msg.id, error: err instanceof Error ? err.message : String(err), batch: msg.batch };
    }
    // The batch's bytes (the plaintexts the drafts were sealed from) are no longer read: the buffer goes back for reuse.
    port.postMessage(reply, [msg.batch]);
  }

  /**
   * Which of the entries of a batch whose thread died are stored, by identity (kind, request id, time, metadata
   * text), among the seqs after `after` (what was known committed when the batch was sent). An empty append first
   * takes the store's append lock (PostgreSQL: the advisory lock), so a commit of the dead thread still under way
   * has finished (or rolled back) before the scan: its batch is then found whole or not at all.
   */
  async function find(msg: Extract<WriterRequest, { type: "find" }>): Promise<void> {
    let reply: WriterResponse;
    try {
      await store.append([]);
      const wanted = new Map<string, number[]>();
      msg.entries.forEach(([kind, requestId, time, meta], i) => {
        const k = `${kind}\0${requestId}\0${time}\0${meta}`;
        wanted.set(k, [...(wanted.get(k) ?? []), i]);
      });
      const seqs: (number | null)[] = msg.entries.map(() => null);
      let left = msg.entries.length;
      for await (const e of store.scan(msg.after + 1)) {
        const at = wanted.get(`${e.kind}\0${e.requestId}\0${e.time}\0${e.meta}`)?.shift();
        if (at === undefined) continue;
        seqs[at] = e.seq;
        if (--left === 0) break;
      }
      reply = { type: "found", id: msg.id, seqs };
    } catch (err) {
      reply = { type: "failed", id: msg.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  }

  async function frontier(msg: Extract<WriterRequest, { type: "frontier" }>): Promise<void> {
    try {
      const f = msg.from ? MerkleFrontier.fromHex(msg.from.size, msg.from.roots) : new MerkleFrontier();
      for (let from = f.size + 1; from <= msg.to; from += SLICE) {
        const to = Math.min(msg.to, from + SLICE - 1);
        for (const h of remembered(from, to) ?? (await store.hashes(from, to))) f.push(h);
        await new Promise((r) => setImmediate(r));
      }
      for (const seq of written.keys()) if (seq <= msg.to) written.delete(seq);
      port.postMessage({ type: "frontier", id: msg.id, size: f.size, roots: f.toHex() } satisfies WriterResponse);
    } catch (err) {
      port.postMessage({ type: "failed", id: msg.id, error: err instanceof Error ? err.message : String(err) } satisfies WriterResponse);
    }
  }

  /** The hashes of seqs `from`..`to` when this thread wrote every one of them, else undefined. */
  function remembered(from: number, to: number): Buffer[] | undefined {
    const out: Buffer[] = new Array(to - from + 1);
    for (let seq = from; seq <= to; seq++) {
      const h = written.get(seq);
      if (!h) return undefined;
      out[seq - from] = h;
    }
    return out;
  }
}
