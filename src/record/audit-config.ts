import { z } from "zod";
import { DATA_CLASSES } from "../core/data-class.js";

const sqliteStore = z
  .object({
    type: z.literal("sqlite").default("sqlite"),
    /** Default `<dataDir>/audit.db`. */
    file: z.string().min(1).optional(),
    /** `normal` survives a killed process; `full` also survives power loss (one fsync per group commit). */
    synchronous: z.enum(["normal", "full"]).default("normal"),
    /**
     * `thread` (default): the gateway encrypts, hashes and writes audit entries on a worker thread with its own
     * connection, keeping the event loop free; `inline`: on the event loop (one thread in all).
     */
    writer: z.enum(["thread", "inline"]).default("thread"),
  })
  .strict();

const postgresStore = z
  .object({
    type: z.literal("postgres"),
    /** `postgres://user:pass@host:5432/db` (use `${ENV}` for the password). */
    url: z.string().min(1),
    /** Schema for the audit tables (created if missing). */
    schema: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, "must be a plain identifier (letters, digits, _)").default("public"),
    poolSize: z.number().int().min(1).max(100).default(4),
    /**
     * `thread` (default): the gateway encrypts, hashes and appends audit entries on a worker thread with its own
     * connection (the same advisory lock as every writer); `inline`: on the event loop, through the pool above.
     */
    writer: z.enum(["thread", "inline"]).default("thread"),
  })
  .strict();

/**
 * `store:` where the audit log lives: SQLite in the data directory (default), or PostgreSQL shared by several
 * gateway replicas (which must then share the audit KEK).
 */
export const storeConfigSchema = z.union([sqliteStore, postgresStore]);

/** A KMS holding the key-encryption key: Vault/OpenBao transit, or a module of your own (docs/audit.md, "KMS"). */
const kmsSchema = z.union([
  z
    .object({
      type: z.literal("vault-transit"),
      address: z.string().url(),
      key: z.string().min(1),
      mount: z.string().min(1).default("transit"),
      namespace: z.string().min(1).optional(),
      /** Env var holding the token (default `VAULT_TOKEN`); or `tokenFile` (e.g. a Vault Agent sink; wins when both are set). */
      tokenEnv: z.string().min(1).optional(),
      tokenFile: z.string().min(1).optional(),
      timeoutMs: z.number().int().min(100).max(120_000).default(5000),
    })
    .strict(),
  z
    .object({
      type: z.literal("module"),
      /** A module exporting `createKeyEncryptionKey(options)`: a path (relative to the working directory) or a package. */
      module: z.string().min(1),
      options: z.record(z.unknown()).default({}),
    })
    .strict(),
]);

/** `audit:` what is recorded and how (docs/audit.md). */
export const auditConfigSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** When the store fails: refuse requests (`false`, default) or log and serve them unrecorded (`true`). */
    failOpen: z.boolean().default(false),
    /**
     * Group-commit window: at most one commit per window, so that records arriving within it share a transaction
     * (after an idle spell a record is committed without waiting). 0 (default): commit after every event-loop turn,
     * so everything submitted in one turn shares a transaction. Measured with bench:proxy-style load: 0 keeps the
     * same req/s as 2 ms at 32 connections and cuts p50 at one connection from 3.2 ms to 0.8 ms.
     */
    groupCommitMs: z.number().min(0).max(1000).default(0),
    maxBatch: z.number().int().min(1).max(100_000).default(1024),
    /**
     * When the audit writer thread dies: a replacement is started after `initialDelayMs`, doubled at each death in a
     * row up to `maxDelayMs` (reset once a thread stayed up `stableMs`); meanwhile up to `queueMax` records wait at
     * most `queueMs` for it, beyond which calls are refused (503). `enabled: false`: refuse every call until restarted.
     */
    writerRestart: z
      .object({
        enabled: z.boolean().default(true),
        initialDelayMs: z.number().int().min(1).max(60_000).default(100),
        maxDelayMs: z.number().int().min(1).max(600_000).default(5_000),
        stableMs: z.number().int().min(0).max(3_600_000).default(30_000),
        queueMax: z.number().int().min(0).max(100_000).default(1_000),
        queueMs: z.number().int().min(0).max(60_000).default(2_000),
      })
      .strict()
      .default({}),
    /** Keep the caller's original request (encrypted, separately) when enforcement changed it. */
    recordOriginals: z.boolean().default(true),
    /**
     * Calls refused before routing (bad key, invalid body, unknown model, rate limit, unknown path...): metadata-only
     * entries, one each up to the limits per window, beyond them counted (one count entry per code/source/key).
     */
    rejected: z
      .object({
        enabled: z.boolean().default(true),
        windowMs: z.number().int().min(100).max(3_600_000).default(1000),
        /** Entries of their own per (code, source address, key id) per window. */
        perSource: z.number().int().min(0).max(100_000).default(5),
        /** Entries of their own per window in all. */
        perWindow: z.number().int().min(0).max(100_000).default(50),
        /** Count entries per window (beyond: one per code for every other source). */
        maxGroups: z.number().int().min(1).max(100_000).default(20),
      })
      .strict()
      .default({}),
    checkpoint: z
      .object({
        /** Sign a checkpoint after this many records... */
        everyRecords: z.number().int().min(1).default(10_000),
        /** ...or this long after the last one when there are new records (0: only by count). */
        intervalMs: z.number().int().min(0).default(60_000),
      })
      .strict()
      .default({}),
    /** How long payloads are kept; records (metadata, hashes) stay, so the chain still verifies after a purge. */
    retention: z
      .object({
        /** Days to keep payloads (forwarded requests, responses); omitted: forever. */
        payloadDays: z.number().positive().optional(),
        /** Days to keep originals (requests before enforcement); default `payloadDays`. */
        originalDays: z.number().positive().optional(),
        tenants: z.record(z.object({ payloadDays: z.number().positive().optional(), originalDays: z.number().positive().optional() }).strict()).default({}),
        /** Per finding category (pii, secret, code...): calls with such findings keep payloads at most this long. */
        categories: z.record(z.object({ payloadDays: z.number().positive().optional(), originalDays: z.number().positive().optional() }).strict()).default({}),
        /** Per data class of the call's findings (PII, PHI, PCI, SECRET, SOURCE_CODE, CONFIDENTIAL): at most this long. */
        dataClasses: z
          .record(z.enum(DATA_CLASSES), z.object({ payloadDays: z.number().positive().optional(), originalDays: z.number().positive().optional() }).strict())
          .default({}),
        /** Tenants under legal hold: never purged. */
        legalHolds: z.array(z.string().min(1)).default([]),
        /**
         * Days one data key of a tenant encrypts new payloads; purges destroy a past period's key once no stored
         * payload needs it. Default: 1, or the shortest retention period above when shorter.
         */
        keyPeriodDays: z.number().positive().optional(),
        /** How often the gateway purges (0: only `warden audit purge`). */
        purgeIntervalMs: z.number().int().min(0).default(3_600_000),
      })
      .strict()
      .default({}),
    /**
     * Key-encryption key: a file or an env var (32 bytes, hex or base64), or a KMS that wraps data keys itself.
     * Default `<dataDir>/audit-kek.key`, created.
     */
    kek: z.union([z.object({ file: z.string().min(1) }).strict(), z.object({ env: z.string().min(1) }).strict(), z.object({ kms: kmsSchema }).strict()]).optional(),
    /** Ed25519 checkpoint signing key (PKCS#8 PEM). Default `<dataDir>/audit-signing.key`, created. */
    signingKeyFile: z.string().min(1).optional(),
  })
  .strict();

export type StoreConfig = z.output<typeof storeConfigSchema>;
export type AuditConfig = z.output<typeof auditConfigSchema>;
