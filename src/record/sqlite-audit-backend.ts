import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../core/start-worker.js";
import Database from "better-sqlite3";
import { type CheckpointRow, checkpointFromRow, type EntryRow, entryFromRow, type KeyRow, keyFromRow } from "./audit-rows.js";
import type { AuditBackend, PurgeSpec, RewrappedKey, SearchFilter, WrappedDataKey } from "./audit-backend.js";
import { type EntryDraft, GENESIS_HASH, type StoredEntry } from "./audit-entry.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import { checkedHashes } from "./damaged-record.js";
import { hashEntry } from "./entry-hash.js";
import { ThreadWriter } from "./thread-writer.js";
import type { ThreadWriterOptions } from "./thread-writer-options.js";

/** Schema changes, applied in order once each and remembered in `audit_migrations`. Never edit a shipped one. */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "entries, checkpoints, data keys",
    sql: `
      CREATE TABLE audit_entries (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        request_id TEXT NOT NULL,
        time INTEGER NOT NULL,
        tenant TEXT NOT NULL,
        app TEXT NOT NULL,
        key_id TEXT NOT NULL,
        meta TEXT NOT NULL,
        key_version INTEGER,
        payload BLOB,
        original BLOB,
        payload_digest BLOB,
        original_digest BLOB,
        prev_hash BLOB NOT NULL,
        hash BLOB NOT NULL
      );
      CREATE INDEX audit_entries_request ON audit_entries (request_id);
      CREATE INDEX audit_entries_time ON audit_entries (time);
      CREATE INDEX audit_entries_tenant_time ON audit_entries (tenant, time);
      CREATE TABLE audit_checkpoints (
        seq INTEGER PRIMARY KEY,
        hash TEXT NOT NULL,
        root TEXT NOT NULL,
        time INTEGER NOT NULL,
        public_key TEXT NOT NULL,
        signature TEXT NOT NULL,
        frontier TEXT
      );
      CREATE TABLE audit_data_keys (
        tenant TEXT NOT NULL,
        version INTEGER NOT NULL,
        wrapped BLOB,
        kek_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        shredded_at INTEGER,
        PRIMARY KEY (tenant, version)
      );`,
  },
];

export interface SqliteBackendOptions {
  /**
   * `normal` (default): a commit survives the process being killed (WAL pages are in the OS cache); `full` also
   * fsyncs every commit, to survive power loss, at the cost of one fsync per group commit.
   */
  synchronous?: "normal" | "full";
  readonly?: boolean;
  /**
   * Run SQLite's WAL checkpoints every this many ms from a worker thread (its own connection, PASSIVE mode) instead
   * of automatically on the writing connection, so the event loop never waits for a checkpoint's writes and fsync.
   * The writing connection keeps a large automatic checkpoint as a safety net. Unset: SQLite's default.
   */
  backgroundCheckpointMs?: number;
  /**
   * With `backgroundCheckpointMs`: the caller will call `startWriterThread`, whose thread runs the checkpoints, so no
   * checkpointer worker is started here (one isolate started at boot only to be stopped cost the gateway idle RSS).
   */
  checkpointInWriterThread?: boolean;
  /** `wal_autocheckpoint` of this connection (SQLite's default: 1000 pages). */
  autocheckpointPages?: number;
  /** How long a write waits for the database lock held by another connection (default 5000 ms). */
  busyTimeoutMs?: number;
}

/** The checkpointing worker (CommonJS, evaluated: no file to resolve under either tsx or the compiled build). */
const CHECKPOINT_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 5000");
const timer = setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch (err) { parentPort.postMessage(String(err && err.message)); }
}, workerData.ms);
parentPort.on("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/** Row counts of the multi-row INSERT statements, largest first (the last must be 1: any remainder). */
const INSERT_GROUPS = [32, 8, 4, 2, 1] as const;

/** The audit log in SQLite (better-sqlite3, WAL). One file, by default `<dataDir>/audit.db`. */
export class SqliteAuditBackend implements AuditBackend {
  readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly last: Database.Statement<[], { seq: number; hash: Buffer }>;
  private readonly appendTx: (drafts: readonly EntryDraft[]) => { seq: number; hash: Buffer }[];
  private checkpointer: Worker | undefined;
  private checkpointerStopped: Promise<void> | undefined;

  constructor(
    readonly file: string,
    private readonly opts: SqliteBackendOptions = {},
  ) {
    if (!opts.readonly) mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, opts.readonly ? { readonly: true, fileMustExist: true } : {});
    this.db.pragma(`busy_timeout = ${Math.floor(opts.busyTimeoutMs ?? 5000)}`);
    if (!opts.readonly) {
      this.db.pragma("journal_mode = WAL");
      // Purges, shredding and KEK rotation overwrite or null out ciphertext and wrapped keys; without secure_delete
      // SQLite leaves the old bytes in the page's free space, where a copy of the file would still yield them.
      this.db.pragma("secure_delete = ON");
      this.db.pragma(`synchronous = ${opts.synchronous === "full" ? "FULL" : "NORMAL"}`);
      this.migrate();
      if (opts.autocheckpointPages) this.db.pragma(`wal_autocheckpoint = ${Math.floor(opts.autocheckpointPages)}`);
      if (opts.backgroundCheckpointMs && opts.backgroundCheckpointMs > 0) {
        this.db.pragma("wal_autocheckpoint = 100000");
      }
      if (opts.backgroundCheckpointMs && opts.backgroundCheckpointMs > 0 && !opts.checkpointInWriterThread) {
        this.checkpointer = startWorker(CHECKPOINT_WORKER, { eval: true, workerData: { file, ms: opts.backgroundCheckpointMs, module: createRequire(import.meta.url).resolve("better-sqlite3") } });
        this.checkpointer.unref();
        // A failing checkpointer only lets the WAL grow to the safety-net size; the writer is unaffected.
        this.checkpointer.on("error", () => undefined);
      }
    }
    // OR ROLLBACK: a failing row ends the whole transaction (the batch is all or nothing anyway), so SQLite keeps
    // no statement journal for the multi-row INSERTs (one copy of every page they change, and its mallocs).
    const columns = `INSERT OR ROLLBACK INTO audit_entries (seq, kind, request_id, time, tenant, app, key_id, meta, key_version, payload, original,
        payload_digest, original_digest, prev_hash, hash) VALUES `;
    const row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    this.insert = this.db.prepare(columns + row);
    // Multi-row INSERTs: one statement step per group of rows instead of one per row.
    const inserts = INSERT_GROUPS.map((n) => ({ n, stmt: this.db.prepare(columns + Array.from({ length: n }, () => row).join(", ")) }));
    this.last = this.db.prepare("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1");
    const lastSeq = this.db.prepare<[], { seq: number | null }>("SELECT max(seq) AS seq FROM audit_entries");
    /** The tail this connection wrote last: its hash is reused while nobody has appended since. */
    let written: { seq: number; hash: Buffer } | undefined;
    const tx = this.db.transaction((drafts: readonly EntryDraft[]) => {
      // The tail is read inside the (IMMEDIATE) transaction, so another process appending to the same file
      // cannot fork the chain. When the last seq is still the one this connection wrote, its hash is known: the
      // row itself is not read (its hash column sits behind the payload's overflow pages).
      const maxSeq = lastSeq.get()?.seq ?? 0;
      const tail = written && written.seq === maxSeq ? written : this.last.get();
      let seq = tail?.seq ?? 0;
      let prev = tail?.hash ?? GENESIS_HASH;
      const out: { seq: number; hash: Buffer }[] = new Array(drafts.length);
      const params: unknown[] = [];
      let i = 0;
      for (const { n, stmt } of inserts) {
        for (; drafts.length - i >= n; i += n) {
          params.length = 0;
          for (let j = i; j < i + n; j++) {
            const d = drafts[j] as EntryDraft;
            seq++;
            const hash = hashEntry(seq, prev, d);
            params.push(seq, d.kind, d.requestId, d.time, d.tenant, d.app, d.keyId, d.meta, d.keyVersion, d.payload, d.original, d.payloadDigest, d.originalDigest, prev, hash);
            out[j] = { seq, hash };
            prev = hash;
          }
          stmt.run(params);
        }
      }
      // Kept only once committed (a failed transaction rolls back, and the next one reads the row again).
      written = undefined;
      return out;
    });
    this.appendTx = (drafts) => {
      const out = tx.immediate(drafts);
      written = out.at(-1) ?? written;
      return out;
    };
  }

  private migrate(): void {
    this.db.exec("CREATE TABLE IF NOT EXISTS audit_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
    const applied = new Set((this.db.prepare("SELECT version FROM audit_migrations").all() as { version: number }[]).map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      this.db
        .transaction(() => {
          this.db.exec(m.sql);
          this.db.prepare("INSERT INTO audit_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, Date.now());
        })
        .immediate();
    }
  }

  /**
   * Start a writer thread on this file (its own connection, same synchronous mode; with background checkpoints, the
   * same large automatic-checkpoint safety net): appends through it keep the event loop free of encryption, hashing
   * and SQLite writes. This connection stays for reads, data keys and purges.
   */
  startWriterThread(opts: ThreadWriterOptions): ThreadWriter {
    // The writer thread takes over the background checkpoints: one worker (one V8 isolate, ~8 MB) instead of two.
    const checkpointMs = this.checkpointer || this.opts.checkpointInWriterThread ? this.opts.backgroundCheckpointMs : undefined;
    this.checkpointerStopped = this.stopCheckpointer();
    return new ThreadWriter(
      {
        backend: "sqlite",
        file: this.file,
        synchronous: this.opts.synchronous ?? "normal",
        ...(this.opts.backgroundCheckpointMs ? { autocheckpointPages: 100_000 } : {}),
        ...(checkpointMs ? { checkpointMs } : {}),
      },
      opts,
    );
  }

  private async stopCheckpointer(): Promise<void> {
    const worker = this.checkpointer;
    if (!worker) return;
    this.checkpointer = undefined;
    const exited = new Promise((r) => worker.once("exit", r));
    // Held while it stops (it is unref'd otherwise): a process whose last work is this close must wait for it.
    worker.ref();
    worker.postMessage("stop");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 1000).unref())]);
    await worker.terminate();
  }

  /** Synchronous append (the SQLite work is synchronous anyway); `append` wraps it. */
  appendSync(drafts: readonly EntryDraft[]): { seq: number; hash: Buffer }[] {
    return this.appendTx(drafts);
  }

  async append(drafts: readonly EntryDraft[]): Promise<{ seq: number; hash: Buffer }[]> {
    return this.appendTx(drafts);
  }

  async tail(): Promise<{ seq: number; hash: Buffer }> {
    return this.last.get() ?? { seq: 0, hash: GENESIS_HASH };
  }

  async *scan(fromSeq = 1): AsyncIterable<StoredEntry> {
    const stmt = this.db.prepare<[number], EntryRow>("SELECT * FROM audit_entries WHERE seq >= ? ORDER BY seq");
    for (const row of stmt.iterate(fromSeq)) yield entryFromRow(row);
  }

  async hashes(fromSeq: number, toSeq: number): Promise<Buffer[]> {
    const rows = this.db.prepare<[number, number], { seq: number; hash: unknown }>("SELECT seq, hash FROM audit_entries WHERE seq >= ? AND seq <= ? ORDER BY seq").all(fromSeq, toSeq);
    return checkedHashes(rows, fromSeq);
  }

  async search(f: SearchFilter): Promise<StoredEntry[]> {
    const where: string[] = [];
    const args: (string | number)[] = [];
    const add = (sql: string, v: string | number | undefined) => {
      if (v === undefined) return;
      where.push(sql);
      args.push(v);
    };
    add("time >= ?", f.from);
    add("time < ?", f.to);
    add("seq > ?", f.afterSeq);
    add("tenant = ?", f.tenant);
    add("app = ?", f.app);
    add("request_id = ?", f.requestId);
    add("kind = ?", f.kind);
    if (f.findingType !== undefined) {
      where.push("json_type(meta, '$.findings.byType.' || json_quote(?)) IS NOT NULL");
      args.push(f.findingType);
    }
    if (f.action !== undefined) {
      where.push("EXISTS (SELECT 1 FROM json_each(meta, '$.findings.items') j WHERE json_extract(j.value, '$.action') = ?)");
      args.push(f.action);
    }
    if (f.incomplete) {
      // Rejected calls and calls the gateway served itself (the model list) never get a response entry: they are not
      // cut off. A response answers the request of the same
      // id, tenant and key before it with no other such request between them: a retry that reuses the id of a call
      // cut off by a crash does not complete the cut-off one.
      where.push(
        "kind = 'request' AND COALESCE(json_extract(meta, '$.verdict'), '') NOT IN ('rejected', 'served') AND NOT EXISTS (SELECT 1 FROM audit_entries s WHERE s.request_id = audit_entries.request_id AND s.tenant = audit_entries.tenant AND s.key_id = audit_entries.key_id AND s.kind = 'response' AND s.seq > audit_entries.seq" +
          " AND NOT EXISTS (SELECT 1 FROM audit_entries r2 WHERE r2.request_id = audit_entries.request_id AND r2.tenant = audit_entries.tenant AND r2.key_id = audit_entries.key_id AND r2.kind = 'request' AND r2.seq > audit_entries.seq AND r2.seq < s.seq AND COALESCE(json_extract(r2.meta, '$.verdict'), '') NOT IN ('rejected', 'served')))",
      );
    }
    if (f.rejected) where.push("kind = 'request' AND json_extract(meta, '$.verdict') = 'rejected'");
    const sql = `SELECT * FROM audit_entries${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY seq LIMIT ?`;
    return (this.db.prepare(sql).all(...args, f.limit ?? -1) as EntryRow[]).map(entryFromRow);
  }

  async addCheckpoint(cp: SignedCheckpoint): Promise<void> {
    this.db
      .prepare("INSERT OR IGNORE INTO audit_checkpoints (seq, hash, root, time, public_key, signature, frontier) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .run(cp.seq, cp.hash, cp.root, cp.time, cp.publicKey, cp.signature, cp.frontier ? JSON.stringify(cp.frontier) : null);
  }

  async checkpoints(): Promise<SignedCheckpoint[]> {
    return (this.db.prepare("SELECT * FROM audit_checkpoints ORDER BY seq").all() as CheckpointRow[]).map(checkpointFromRow);
  }

  async lastCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const row = this.db.prepare("SELECT * FROM audit_checkpoints ORDER BY seq DESC LIMIT 1").get() as CheckpointRow | undefined;
    return row ? checkpointFromRow(row) : undefined;
  }

  async getDataKey(tenant: string, version?: number): Promise<WrappedDataKey | undefined> {
    const row =
      version === undefined
        ? (this.db.prepare("SELECT * FROM audit_data_keys WHERE tenant = ? ORDER BY version DESC LIMIT 1").get(tenant) as KeyRow | undefined)
        : (this.db.prepare("SELECT * FROM audit_data_keys WHERE tenant = ? AND version = ?").get(tenant, version) as KeyRow | undefined);
    return row ? keyFromRow(row) : undefined;
  }

  async putDataKey(k: WrappedDataKey): Promise<WrappedDataKey> {
    this.db
      .prepare("INSERT OR IGNORE INTO audit_data_keys (tenant, version, wrapped, kek_id, created_at, shredded_at) VALUES (?, ?, ?, ?, ?, ?)")
      .run(k.tenant, k.version, k.wrapped, k.kekId, k.createdAt, k.shreddedAt);
    return (await this.getDataKey(k.tenant, k.version)) as WrappedDataKey;
  }

  async listDataKeys(): Promise<WrappedDataKey[]> {
    return (this.db.prepare("SELECT * FROM audit_data_keys ORDER BY tenant, version").all() as KeyRow[]).map(keyFromRow);
  }

  async rewrapDataKeys(keys: readonly RewrappedKey[], kekId: string): Promise<number> {
    const update = this.db.prepare("UPDATE audit_data_keys SET wrapped = ?, kek_id = ? WHERE tenant = ? AND version = ? AND wrapped IS NOT NULL");
    const n = this.db.transaction(() => keys.reduce((sum, k) => sum + update.run(k.wrapped, kekId, k.tenant, k.version).changes, 0))();
    // the keys as wrapped by the retired KEK must not stay readable in the WAL
    if (n > 0) this.dropOldPageImages();
    return n;
  }

  async purgePayloads(o: PurgeSpec): Promise<number> {
    const col = o.field === "payload" ? "payload" : "original";
    const where = [`${col} IS NOT NULL`, "time < ?"];
    const args: (string | number)[] = [o.before];
    if (o.tenant !== undefined) {
      where.push("tenant = ?");
      args.push(o.tenant);
    }
    if (o.exceptTenants && o.exceptTenants.length > 0) {
      where.push(`tenant NOT IN (${o.exceptTenants.map(() => "?").join(", ")})`);
      args.push(...o.exceptTenants);
    }
    if (o.category !== undefined) {
      where.push(
        "request_id IN (SELECT c.request_id FROM audit_entries c WHERE EXISTS (SELECT 1 FROM json_each(c.meta, '$.findings.items') j WHERE json_extract(j.value, '$.category') = ?))",
      );
      args.push(o.category);
    }
    if (o.dataClass !== undefined) {
      where.push(
        "request_id IN (SELECT c.request_id FROM audit_entries c WHERE EXISTS (SELECT 1 FROM json_each(c.meta, '$.findings.dataClasses') j WHERE j.value = ?))",
      );
      args.push(o.dataClass);
    }
    const n = this.db.prepare(`UPDATE audit_entries SET ${col} = NULL WHERE ${where.join(" AND ")}`).run(...args).changes;
    if (n > 0) this.dropOldPageImages();
    return n;
  }

  async retireDataKeys(o: { periodMs: number; endedBy: number; at: number }): Promise<{ tenant: string; version: number }[]> {
    const rows = this.db
      .prepare(
        `UPDATE audit_data_keys AS k SET wrapped = NULL, shredded_at = ?
          WHERE k.wrapped IS NOT NULL AND (k.created_at / CAST(? AS INTEGER) + 1) * CAST(? AS INTEGER) <= ?
            AND NOT EXISTS (SELECT 1 FROM audit_entries e WHERE e.tenant = k.tenant AND e.key_version = k.version
                            AND (e.payload IS NOT NULL OR e.original IS NOT NULL))
          RETURNING tenant, version`,
      )
      .all(o.at, o.periodMs, o.periodMs, o.endedBy) as { tenant: string; version: number }[];
    if (rows.length > 0) this.dropOldPageImages();
    return rows.sort((a, b) => (a.tenant === b.tenant ? a.version - b.version : a.tenant < b.tenant ? -1 : 1));
  }

  async shredDataKeys(tenant: string, at: number): Promise<number> {
    const n = this.db.prepare("UPDATE audit_data_keys SET wrapped = NULL, shredded_at = ? WHERE tenant = ? AND wrapped IS NOT NULL").run(at, tenant).changes;
    if (n > 0) this.dropOldPageImages();
    return n;
  }

  /**
   * After removing bytes: copy the WAL into the database and truncate it, so that page images from before the
   * removal (which still hold the bytes) leave the WAL file. Best effort: a reader holding an old snapshot keeps the
   * WAL until the next truncating checkpoint.
   */
  private dropOldPageImages(): void {
    if (this.opts.readonly) return;
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  async close(): Promise<void> {
    await this.checkpointerStopped;
    await this.stopCheckpointer();
    if (this.db.open) this.db.close();
  }
}
