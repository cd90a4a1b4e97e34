import { randomUUID } from "node:crypto";
import { join } from "node:path";
import type { JsonObject, JsonValue } from "../core/json.js";
import type { AuditBackend } from "./audit-backend.js";
import type { EntryDraft, EntryKind, StoredEntry } from "./audit-entry.js";
import { CheckpointSigner, type SignedCheckpoint } from "./checkpoint.js";
import { DataKeys, decryptPayload, payloadAad, type WriteKey } from "./data-keys.js";
import { type KeyEncryptionKey, kekFromEnv, kekFromFile } from "./key-encryption-key.js";
import { ModuleKek } from "./module-kek.js";
import { VaultTransitKek, type VaultTransitOptions } from "./vault-transit-kek.js";
import { MerkleFrontier } from "./merkle.js";
import { SqliteAuditBackend } from "./sqlite-audit-backend.js";
import { GroupCommitter } from "./group-committer.js";
import { keyPeriodMs } from "./key-period.js";
import { type PurgeResult, purgeDetails, purgeExpired, type RetentionPolicy } from "./retention.js";
import { type PlainEntry, sealEntry } from "./seal-entry.js";
import type { ThreadWriter } from "./thread-writer.js";
import type { WriterRestart, WriterRestartOptions } from "./writer-restart.js";

/** One entry to append: metadata in clear (no raw values!), payloads to encrypt. */
export interface AppendInput {
  kind: EntryKind;
  requestId: string;
  time: number;
  tenant: string;
  app: string;
  keyId: string;
  meta: JsonObject;
  payload?: JsonValue;
  original?: JsonValue;
  /**
   * `payload` / `original` already as JSON text (the text the caller sent or the upstream returned, or its exact
   * UTF-8 bytes): stored as is, without serialising the value again. Takes the place of the value when both are
   * given. Bytes must not change until the append has resolved (they are read when the batch is encoded).
   */
  payloadText?: string | Buffer;
  originalText?: string | Buffer;
}

export interface AuditLogOptions {
  /** Group-commit window in ms: at most one commit per window (default 2; 0: one per event-loop turn). */
  groupCommitMs?: number;
  /** Most entries in one transaction. */
  maxBatch?: number;
  /** Sign a checkpoint after this many new entries... */
  checkpointEvery?: number;
  /** ...or this long after the last one, when there are new entries. 0 disables the timer. */
  checkpointIntervalMs?: number;
  /** Retention: payloads past it are purged (tombstoned) by `purge()` and every `purgeIntervalMs`. */
  retention?: RetentionPolicy;
  /** 0 disables the scheduled purge. */
  purgeIntervalMs?: number;
  /** Sign a checkpoint on `close()` when there are records since the last one (the gateway's graceful stop). */
  checkpointOnClose?: boolean;
  /** Called (never throws) when a background step such as a checkpoint fails. */
  onError?: (err: unknown, what: string) => void;
  /**
   * Encrypt, hash and write on a worker thread (its own connection: SQLite, PostgreSQL) instead of the event loop.
   * Same guarantees: an append resolves once durable, the chain in submission order. If the thread dies, the death is
   * recorded as `audit.writer.failed`, the writes it had in flight fail, and a replacement is started after a back-off
   * (`writerRestart`), recorded as `audit.writer.restarted` once up; meanwhile appends wait in a small queue, and fail
   * beyond it (calls fail closed). Ignored by backends without a writer thread.
   */
  writerThread?: boolean;
  /** How a dead writer thread is replaced (defaults: `DEFAULT_WRITER_RESTART`). */
  writerRestart?: Partial<WriterRestartOptions>;
}

/** A KMS as configured (`audit.kek.kms`). */
export type KmsConfig = ({ type: "vault-transit" } & VaultTransitOptions) | { type: "module"; module: string; options?: Record<string, unknown> };

/** Where the KEK comes from: a file, an env var, a configured KMS, or any `KeyEncryptionKey` (e.g. a KMS client). */
export type KekSource = { file: string } | { env: string } | { kms: KmsConfig } | { kek: KeyEncryptionKey };

export interface OpenLogOptions extends AuditLogOptions {
  /** Where keys are created by default (`audit-kek.key`, `audit-signing.key`). */
  dataDir: string;
  /** Default KEK, signing key locations. */
  kek?: KekSource;
  signingKeyFile?: string;
}

export interface OpenSqliteOptions extends AuditLogOptions {
  dataDir: string;
  /** Default: `<dataDir>/audit.db`. */
  file?: string;
  synchronous?: "normal" | "full";
  /** Default: `<dataDir>/audit-kek.key`, created on first use (keep a copy elsewhere: without it payloads are lost). */
  kek?: KekSource;
  /** Default: `<dataDir>/audit-signing.key`, created on first use. */
  signingKeyFile?: string;
}

/** An entry's payloads, decrypted; `shredded` when the tenant's data key no longer exists. */
export interface OpenedPayloads {
  payload?: JsonValue;
  original?: JsonValue;
  shredded: boolean;
}

export function resolveKek(dataDir: string, source: KekSource | undefined): KeyEncryptionKey {
  if (!source) return kekFromFile(join(dataDir, "audit-kek.key"), true);
  if ("kek" in source) return source.kek;
  if ("kms" in source) {
    const k = source.kms;
    if (k.type === "module") return new ModuleKek(k.module, k.options ?? {});
    const { type: _type, ...vault } = k;
    return new VaultTransitKek(vault);
  }
  if ("env" in source) return kekFromEnv(source.env);
  return kekFromFile(source.file);
}

/**
 * The audit log: encrypts payloads under per-tenant data keys, appends entries to the hash chain through group
 * commit (each `append` resolves once its entry is durable), and signs Merkle checkpoints in the background.
 */
export class AuditLog {
  readonly keys: DataKeys;
  private readonly committer: GroupCommitter<EntryDraft, { seq: number; hash: Buffer }>;
  private readonly thread: ThreadWriter | undefined;
  private sinceCheckpoint = 0;
  /**
   * Hashes of the entries this log wrote inline since the last checkpoint, by seq: the next checkpoint extends the
   * Merkle tree from them instead of reading each row back (in SQLite the hash column sits behind the payload's
   * overflow pages: ~4 µs per entry). Seqs written by others (other processes, other replicas) are read. With a
   * writer thread, the thread does this (and the hashing) itself.
   */
  private readonly written = new Map<number, Buffer>();
  private checkpointing: Promise<SignedCheckpoint | undefined> | undefined;
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly purgeTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    readonly backend: AuditBackend,
    kek: KeyEncryptionKey,
    private readonly signer: CheckpointSigner,
    private readonly opts: AuditLogOptions = {},
  ) {
    this.keys = new DataKeys(backend, kek, keyPeriodMs(opts.retention));
    this.committer = new GroupCommitter((drafts) => backend.append(drafts), opts.groupCommitMs ?? 2, opts.maxBatch ?? 1024);
    if (opts.writerThread && backend.startWriterThread) {
      this.thread = backend.startWriterThread({
        windowMs: opts.groupCommitMs ?? 2,
        maxBatch: opts.maxBatch ?? 1024,
        onCrash: (err) => this.writerCrashed(err),
        onRestart: (r) => this.writerRestarted(r),
        ...(opts.writerRestart ? { restart: opts.writerRestart } : {}),
      });
    }
    const interval = opts.checkpointIntervalMs ?? 60_000;
    if (interval > 0) {
      this.timer = setInterval(() => {
        if (this.sinceCheckpoint > 0) void this.checkpoint().catch((err: unknown) => this.opts.onError?.(err, "checkpoint"));
      }, interval);
      this.timer.unref();
    }
    const retention = opts.retention;
    if (retention && (opts.purgeIntervalMs ?? 0) > 0) {
      this.purgeTimer = setInterval(() => void this.purge(retention).catch((err: unknown) => this.opts.onError?.(err, "purge")), opts.purgeIntervalMs);
      this.purgeTimer.unref();
    }
  }

  /**
   * Purge payloads past retention (tombstones: the chain still verifies) and record the purge as an admin event
   * (always when `record` is "always", else only when something was purged).
   */
  async purge(policy: RetentionPolicy, o: { now?: number; record?: "always" | "when-purged"; actor?: { tenant?: string; app?: string; keyId?: string } } = {}): Promise<PurgeResult[]> {
    return (await this.purgeAndRetire(policy, o)).results;
  }

  /**
   * `purge`, and then destroy the data keys of past key periods that no stored payload needs any more (what makes
   * purged ciphertext left in the store's files unreadable); the purge event lists them (`keysRetired`), which is
   * what lets `verify` tell a retired key from a deleted one.
   */
  async purgeAndRetire(
    policy: RetentionPolicy,
    o: { now?: number; record?: "always" | "when-purged"; actor?: { tenant?: string; app?: string; keyId?: string } } = {},
  ): Promise<{ results: PurgeResult[]; keysRetired: { tenant: string; version: number }[] }> {
    const now = o.now ?? Date.now();
    const results = await purgeExpired(this.backend, policy, now);
    const keysRetired = await this.keys.retire(now);
    for (const tenant of new Set(keysRetired.map((k) => k.tenant))) this.thread?.forget(tenant);
    const details = purgeDetails(results);
    if (keysRetired.length > 0) details["keysRetired"] = keysRetired.map((k) => ({ tenant: k.tenant, version: k.version }));
    if (o.record === "always" || (details["entries"] as number) > 0 || keysRetired.length > 0) await this.admin("audit.purge", details, o.actor);
    return { results, keysRetired };
  }

  /** Re-wrap every data key under a new KEK (records untouched), and record it. */
  async rotateKek(next: KeyEncryptionKey, actor: { tenant?: string; app?: string; keyId?: string } = {}): Promise<number> {
    const from = this.keys.kekId;
    const n = await this.keys.rotateKek(next);
    await this.admin("audit.kek.rotated", { from, to: next.id, keys: n }, actor);
    return n;
  }

  /** Open a log on any backend, with the KEK and signing key resolved as configured (or their defaults). */
  static open(backend: AuditBackend, o: OpenLogOptions): AuditLog {
    const kek = resolveKek(o.dataDir, o.kek);
    const signer = CheckpointSigner.fromFile(o.signingKeyFile ?? join(o.dataDir, "audit-signing.key"));
    return new AuditLog(backend, kek, signer, o);
  }

  /** Open (creating if needed) the SQLite log of a data directory. */
  static openSqlite(o: OpenSqliteOptions): AuditLog {
    const backend = new SqliteAuditBackend(o.file ?? join(o.dataDir, "audit.db"), o.synchronous ? { synchronous: o.synchronous } : {});
    const kek = resolveKek(o.dataDir, o.kek);
    const signer = CheckpointSigner.fromFile(o.signingKeyFile ?? join(o.dataDir, "audit-signing.key"));
    return new AuditLog(backend, kek, signer, o);
  }

  /** Encrypt, append, and resolve with the entry's seq once it is committed. */
  async append(input: AppendInput): Promise<number> {
    if (this.closed) throw new Error("the audit log is closed");
    const needsKey = input.payload !== undefined || input.original !== undefined || input.payloadText !== undefined || input.originalText !== undefined;
    // The tenant's key is almost always loaded: take it without a promise hop.
    const dek = needsKey ? (this.keys.cachedForWrite(input.tenant) ?? (await this.waitForKey(input.tenant))) : undefined;
    const plain = toPlain(input, dek);
    const every = this.opts.checkpointEvery ?? 10_000;
    let seq: number;
    if (this.thread) seq = await this.thread.submit(plain, dek?.key);
    else {
      const w = await this.committer.submit(sealEntry(plain, dek?.cipherKey));
      seq = w.seq;
      // Remembered for the next checkpoint's Merkle tree (bounded: if checkpoints keep failing, they reread the log).
      if (this.written.size >= 2 * every + 10_000) this.written.clear();
      this.written.set(seq, w.hash);
    }
    if (++this.sinceCheckpoint >= every && !this.checkpointing) {
      void this.checkpoint().catch((err: unknown) => this.opts.onError?.(err, "checkpoint"));
    }
    return seq;
  }

  /**
   * The writer thread died: until a replacement is up, appends wait in a small queue or fail (the gateway refuses
   * calls, fail closed). Record why, written on the event loop's own connection (an admin entry has no payload:
   * nothing to encrypt), so that the evidence itself shows where recording stopped; and report it.
   */
  private writerCrashed(err: Error): void {
    this.opts.onError?.(err, "audit writer thread");
    this.inlineAdmin("audit.writer.failed", { error: err.message.slice(0, 500), pid: process.pid });
  }

  /**
   * A replacement writer thread is up (and the dead one's batch looked up): record the restart (attempt, cause, how
   * long none was up, what happened to the writes caught by the death; no payloads).
   */
  private writerRestarted(r: WriterRestart): void {
    this.inlineAdmin("audit.writer.restarted", { attempt: r.attempt, cause: r.cause.slice(0, 500), downMs: r.downMs, tailSeq: r.tailSeq, refused: r.refused, recovered: r.recovered, resent: r.resent, pid: process.pid });
  }

  /** An admin entry written on the event loop's connection (not through the writer thread it is about). */
  private inlineAdmin(event: string, details: JsonObject): void {
    const plain = toPlain({ kind: "admin", requestId: `admin_${randomUUID()}`, time: Date.now(), tenant: "", app: "", keyId: "", meta: { event, ...details } }, undefined);
    this.committer.submit(sealEntry(plain, undefined)).catch((e: unknown) => this.opts.onError?.(e, `record ${event}`));
  }

  /** A tenant's data key being loaded: `close` waits for these, so an append begun before it still gets committed. */
  private readonly keyLoads = new Set<Promise<unknown>>();

  private waitForKey(tenant: string): Promise<WriteKey> {
    const p = this.keys.forWrite(tenant);
    const settled = p.then(
      () => undefined,
      () => undefined,
    );
    this.keyLoads.add(settled);
    void settled.then(() => this.keyLoads.delete(settled));
    return p;
  }

  /** Record an administrative event (key created/revoked, config reloaded, purge, export...). */
  admin(event: string, details: JsonObject, actor: { tenant?: string; app?: string; keyId?: string } = {}): Promise<number> {
    return this.append({
      kind: "admin",
      requestId: `admin_${randomUUID()}`,
      time: Date.now(),
      tenant: actor.tenant ?? "",
      app: actor.app ?? "",
      keyId: actor.keyId ?? "",
      meta: { event, ...details },
    });
  }

  /** Decrypt an entry's payloads (for export with `--decrypt`; record that as an admin event). */
  async open(e: StoredEntry): Promise<OpenedPayloads> {
    if (e.keyVersion === null || (!e.payload && !e.original)) return { shredded: false };
    const key = await this.keys.forRead(e.tenant, e.keyVersion);
    if (!key) return { shredded: true };
    const out: OpenedPayloads = { shredded: false };
    if (e.payload) out.payload = JSON.parse(decryptPayload(key, e.payload, payloadAad(e.requestId, e.kind, "payload")).toString("utf8")) as JsonValue;
    if (e.original) out.original = JSON.parse(decryptPayload(key, e.original, payloadAad(e.requestId, e.kind, "original")).toString("utf8")) as JsonValue;
    return out;
  }

  /** Crypto-shred a tenant (and record that it was done). */
  async shredTenant(tenant: string, actor: { tenant?: string; app?: string; keyId?: string } = {}): Promise<number> {
    const n = await this.keys.shred(tenant);
    this.thread?.forget(tenant);
    await this.admin("tenant.shredded", { tenant, keys: n }, actor);
    return n;
  }

  /** Wait until every append so far is committed. */
  async flush(): Promise<void> {
    await this.thread?.flush();
    await this.committer.flush();
  }

  /** Sign a checkpoint over the committed tail (extending the Merkle tree from the previous checkpoint). */
  checkpoint(): Promise<SignedCheckpoint | undefined> {
    this.checkpointing ??= (async () => {
      try {
        // The committed tail, without waiting for pending appends: under steady load there always are some, and a
        // checkpoint only ever covers what is committed anyway.
        const tail = await this.backend.tail();
        if (tail.seq === 0) return undefined;
        const prev = await this.backend.lastCheckpoint();
        if (prev && prev.seq === tail.seq) return prev;
        const usable = prev && prev.seq < tail.seq && prev.frontier;
        const base = usable ? MerkleFrontier.fromHex(prev.seq, prev.frontier as string[]) : undefined;
        // With a writer thread, the tree is extended there (two SHA-256 per entry: ~4 µs each off the event loop).
        const frontier = this.thread?.up ? await this.thread.frontier(base, tail.seq) : await this.extend(base ?? new MerkleFrontier(), tail.seq);
        this.sinceCheckpoint = 0;
        const cp = this.signer.sign({ seq: tail.seq, hash: tail.hash.toString("hex"), root: frontier.root().toString("hex"), time: Date.now(), frontier: frontier.toHex() });
        await this.backend.addCheckpoint(cp);
        return cp;
      } finally {
        this.checkpointing = undefined;
      }
    })();
    return this.checkpointing;
  }

  /** Extend `frontier` to seq `to` on this thread, in slices, yielding between them (requests are not stalled). */
  private async extend(frontier: MerkleFrontier, to: number): Promise<MerkleFrontier> {
    for (let from = frontier.size + 1; from <= to; from += 2_000) {
      const end = Math.min(to, from + 1_999);
      for (const h of this.remembered(from, end) ?? (await this.backend.hashes(from, end))) frontier.push(h);
      await new Promise((r) => setImmediate(r));
    }
    for (const seq of this.written.keys()) if (seq <= to) this.written.delete(seq);
    return frontier;
  }

  /** The hashes of seqs `from`..`to` when this log wrote every one of them, else undefined. */
  private remembered(from: number, to: number): Buffer[] | undefined {
    const out: Buffer[] = new Array(to - from + 1);
    for (let seq = from; seq <= to; seq++) {
      const h = this.written.get(seq);
      if (!h) return undefined;
      out[seq - from] = h;
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    // Appends waiting for a data key submit as soon as it is there (their continuations run before this one's).
    while (this.keyLoads.size > 0) await Promise.all([...this.keyLoads]);
    await this.flush();
    if (this.opts.checkpointOnClose && this.sinceCheckpoint > 0 && !this.checkpointing) {
      await this.checkpoint().catch((err: unknown) => this.opts.onError?.(err, "checkpoint"));
    }
    if (this.checkpointing) await this.checkpointing.catch(() => undefined);
    await this.thread?.close();
    await this.backend.close();
  }
}

/** The entry as plain data: metadata and payloads as JSON text (values serialised once, texts taken as they are). */
function toPlain(i: AppendInput, dek: WriteKey | undefined): PlainEntry {
  const payloadText = i.payloadText ?? (i.payload !== undefined ? JSON.stringify(i.payload) : undefined);
  const originalText = i.originalText ?? (i.original !== undefined ? JSON.stringify(i.original) : undefined);
  return {
    kind: i.kind,
    requestId: i.requestId,
    time: i.time,
    tenant: i.tenant,
    app: i.app,
    keyId: i.keyId,
    meta: JSON.stringify(i.meta),
    keyVersion: dek?.version ?? null,
    ...(payloadText !== undefined ? { payloadText } : {}),
    ...(originalText !== undefined ? { originalText } : {}),
  };
}
