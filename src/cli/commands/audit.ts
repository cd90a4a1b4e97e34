import { createPublicKey } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { loadConfig, type LoadedConfig } from "../../config/load-config.js";
import type { AuditBackend, SearchFilter } from "../../record/audit-backend.js";
import type { StoredEntry } from "../../record/audit-entry.js";
import { type AuditLog, resolveKek } from "../../record/audit-log.js";
import type { SignedCheckpoint } from "../../record/checkpoint.js";
import { entryView } from "../../record/entry-view.js";
import { type ConsistencyProofFile, proveConsistency, verifyConsistencyFile } from "../../record/consistency-proof.js";
import { type InclusionProofFile, proveRequest, verifyProofFile } from "../../record/inclusion-proof.js";
import { checkpointSchema, consistencyFileSchema, parseEvidenceFile } from "../../record/proof-file-schema.js";
import { type KeyEncryptionKey, kekFromFile } from "../../record/key-encryption-key.js";
import { openAuditLog, openBackend } from "../../record/open-audit.js";
import { verifyLog } from "../../record/verify-log.js";
import { WardenError } from "../../core/warden-error.js";
import { reportConfigError } from "../report-config-error.js";
import { rotatePolicyKeyKek } from "../rotate-policy-key-kek.js";
import { csvCell } from "../../record/csv-cell.js";

type Cfg = LoadedConfig["config"];

const out = (s: string) => process.stdout.write(s);
/** A file or option value on the command line that is not what the command needs: exit 2 (usage), never 1 (a failed check). */
class BadInputFile extends Error {}

const fail = (msg: string, code = 1) => {
  process.stderr.write(`warden: ${msg}\n`);
  process.exitCode = code;
};

function config(file: string | undefined): Cfg | undefined {
  return reportConfigError(() => loadConfig(file))?.config;
}

/** Open the log read-only (verify, search: no keys needed, nothing written). */
function openReadonly(cfg: Cfg): AuditBackend {
  return openBackend(cfg.dataDir, cfg.store, { readonly: true });
}

/**
 * The KEK verification checks the data keys against: the configured one, or the default file in the data directory
 * when it exists (never created here). Without one (an auditor holding the database but not the key) the chain is
 * verified and the data keys' contents are not; stderr says so.
 */
function verifyKek(cfg: Cfg): KeyEncryptionKey | undefined {
  if (!cfg.audit.kek && !existsSync(join(cfg.dataDir, "audit-kek.key"))) {
    process.stderr.write("note: no key-encryption key here; the data keys were checked for presence, not unwrapped\n");
    return undefined;
  }
  try {
    return resolveKek(cfg.dataDir, cfg.audit.kek);
  } catch (err) {
    process.stderr.write(`note: the key-encryption key could not be loaded (${err instanceof Error ? err.message : String(err)}); the data keys were checked for presence, not unwrapped\n`);
    return undefined;
  }
}

/** Open the log for writing (admin events, checkpoints, decryption), with the configured keys. */
function openLog(cfg: Cfg): AuditLog {
  return openAuditLog(cfg, undefined, { groupCommitMs: 0, checkpointIntervalMs: 0, purgeIntervalMs: 0, walCheckpointWorker: false });
}

function parseTime(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const t = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  // Within a Date's range (ECMA-262 §21.4.1.1): beyond it, PostgreSQL refuses the number as out of its bigint range.
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) throw new BadInputFile(`${name}: not a time (ISO 8601, or epoch ms up to 8640000000000000): '${value}'`);
  return t;
}

interface FilterOpts {
  from?: string;
  to?: string;
  tenant?: string;
  app?: string;
  requestId?: string;
  limit?: string;
  incomplete?: boolean;
  rejected?: boolean;
  finding?: string;
  action?: string;
}

function filterOf(o: FilterOpts): SearchFilter {
  const f: SearchFilter = {};
  const from = parseTime(o.from, "--from");
  const to = parseTime(o.to, "--to");
  if (from !== undefined) f.from = from;
  if (to !== undefined) f.to = to;
  if (o.tenant) f.tenant = o.tenant;
  if (o.app) f.app = o.app;
  if (o.requestId) f.requestId = o.requestId;
  if (o.limit !== undefined) {
    // Checked here: SQLite answered "datatype mismatch" to 'abc' or 1.5, and read -1 as no limit at all.
    if (!/^\d+$/.test(o.limit) || !Number.isSafeInteger(Number(o.limit)) || Number(o.limit) < 1) throw new BadInputFile(`--limit: not a whole number of at least 1: '${o.limit}'`);
    f.limit = Number(o.limit);
  }
  if (o.incomplete) f.incomplete = true;
  if (o.rejected) f.rejected = true;
  if (o.finding) f.findingType = o.finding;
  if (o.action) f.action = o.action;
  return f;
}

function withFilters(cmd: Command): Command {
  return cmd
    .option("--from <time>", "records at or after this time (ISO 8601 or epoch ms)")
    .option("--to <time>", "records before this time")
    .option("--tenant <tenant>", "only this tenant")
    .option("--app <app>", "only this app")
    .option("--request-id <id>", "only this request")
    .option("--limit <n>", "at most this many records")
    .option("--finding <type>", "only records with a finding of this type (e.g. EMAIL_ADDRESS)")
    .option("--action <action>", "only records where the policy took this action (e.g. block, redact)")
    .option("--incomplete", "only calls with no response record (cut off by a crash, or still in flight)")
    .option("--rejected", "only calls refused before routing (bad key or body, unknown model, limits...)")
    .option("-c, --config <file>", "YAML config file (for dataDir and keys)");
}

/**
 * `--trusted-key` as given, once it is an Ed25519 public key (SPKI DER, base64, as checkpoints print it). A value that
 * is not one is a usage error: every checkpoint would otherwise fail its signature check, which reads as a forged log.
 */
function trustedKeyOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let type: string | undefined;
  try {
    type = createPublicKey({ key: Buffer.from(value, "base64"), format: "der", type: "spki" }).asymmetricKeyType;
  } catch {
    type = undefined;
  }
  if (type !== "ed25519") throw new BadInputFile("--trusted-key: not an Ed25519 public key (SPKI DER in base64, as a checkpoint's publicKey)");
  return value;
}

/** Exported checkpoints named on the command line; a file that is not one is refused, naming it and its problems. */
function readCheckpoints(files: readonly string[]): SignedCheckpoint[] {
  return files.map((f) => readEvidence(checkpointSchema, f, "a checkpoint file"));
}

function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (err) {
    throw new BadInputFile(`${file} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A checkpoint or consistency proof file, checked against its schema (exit 2, naming each problem, when it is not). */
function readEvidence<S extends Parameters<typeof parseEvidenceFile>[0]>(schema: S, file: string, what: string): ReturnType<typeof parseEvidenceFile<S>> {
  const raw = readJsonFile(file);
  try {
    return parseEvidenceFile(schema, raw, file, what);
  } catch (err) {
    throw new BadInputFile(err instanceof Error ? err.message : String(err));
  }
}

/** An entry as exported: clear metadata, chain fields, and (with decryption) the payloads. */
const exportRow = (e: StoredEntry): Record<string, unknown> => entryView(e);

/** The admin API's columns (`event` names what an admin entry records: key.created, audit.purge, ...). */
const CSV_COLUMNS = ["seq", "kind", "requestId", "time", "tenant", "app", "keyId", "event", "status", "model", "errorCode", "hash"] as const;

function csvRow(e: StoredEntry): string {
  const r = exportRow(e);
  const meta = r["meta"] as Record<string, unknown>;
  const cells = CSV_COLUMNS.map((c) => csvCell(c in r ? r[c] : meta[c]));
  return `${cells.join(",")}\n`;
}

const run =
  <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
  async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err), err instanceof BadInputFile ? 2 : 1);
    }
  };

/**
 * `rotate-kek` under a parent command: `warden audit rotate-kek`, and `warden keys rotate-kek` (the name issue #5 and
 * people managing keys look for).
 */
export function registerRotateKek(parent: Command): void {
  parent
    .command("rotate-kek")
    .description("re-wrap every tenant data key under a new key-encryption key (records are not rewritten)")
    .option("--new-kek-file <file>", "the new KEK (32 bytes: raw, hex or base64); point audit.kek.file at it afterwards")
    .option("--new-kek-config <file>", "a config file whose audit.kek is the new KEK (e.g. a KMS); use that audit.kek afterwards")
    .option("-c, --config <file>", "YAML config file")
    .action(
      run(async (opts: { newKekFile?: string; newKekConfig?: string; config?: string }) => {
        if (!opts.newKekFile === !opts.newKekConfig) throw new Error("give one of --new-kek-file or --new-kek-config");
        const cfg = config(opts.config);
        if (!cfg) return;
        let next;
        if (opts.newKekFile) next = kekFromFile(opts.newKekFile);
        else {
          const target = config(opts.newKekConfig);
          if (!target) return;
          if (!target.audit.kek) throw new Error(`${opts.newKekConfig} has no audit.kek`);
          next = resolveKek(target.dataDir, target.audit.kek);
        }
        const log = openLog(cfg);
        try {
          const current = log.keys.keyEncryptionKey;
          const n = await log.rotateKek(next);
          // The admin-API policy store's data key (it seals the stored policy documents) is wrapped by the same KEK.
          const policy = await rotatePolicyKeyKek(cfg, current, next);
          const where = opts.newKekFile ? `audit.kek to { file: ${opts.newKekFile} }` : `the audit.kek of ${opts.newKekConfig}`;
          out(`re-wrapped ${n} data key(s)${policy ? " and the policy data key" : ""} under ${next.id}; now use ${where} and restart\n`);
        } finally {
          await log.close();
        }
      }),
    );
}

/** `warden audit verify|checkpoint|search|export|prove|verify-proof|consistency|verify-consistency|purge|rotate-kek|shred` */
export function registerAuditCommand(program: Command): void {
  const audit = program.command("audit").description("the audit evidence store: verify, search, export, prove");

  audit
    .command("verify")
    .description("check the hash chain, payload digests and signed checkpoints; exit 0 when intact, 1 naming the first bad record")
    .option("--checkpoint <file...>", "checkpoint(s) exported earlier (catches truncation and rewritten histories)")
    .option("--trusted-key <spki-base64>", "only accept checkpoints signed by this public key")
    .option("--json", "JSON output")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action(
      run(async (opts: { checkpoint?: string[]; trustedKey?: string; json?: boolean; config?: string }) => {
        const cfg = config(opts.config);
        if (!cfg) return;
        const backend = openReadonly(cfg);
        try {
          const kek = verifyKek(cfg);
          const r = await verifyLog(backend, { external: readCheckpoints(opts.checkpoint ?? []), ...(opts.trustedKey !== undefined ? { trustedKey: trustedKeyOf(opts.trustedKey) as string } : {}), ...(kek ? { kek } : {}) });
          if (opts.json) out(`${JSON.stringify(r)}\n`);
          else if (r.ok) out(`OK: ${r.entries} records, ${r.checkpoints} checkpoint match(es) verified\n`);
          else out(`FAILED at record ${r.problem?.seq}${r.problem?.requestId ? ` (request ${r.problem.requestId})` : ""}: ${r.problem?.reason}\n`);
          if (!r.ok) process.exitCode = 1;
        } finally {
          await backend.close();
        }
      }),
    );

  audit
    .command("checkpoint")
    .description("sign a checkpoint of the log now and write it (JSON) to keep outside Warden")
    .option("-o, --out <file>", "write the checkpoint here (default: stdout)")
    .option("-c, --config <file>", "YAML config file")
    .action(
      run(async (opts: { out?: string; config?: string }) => {
        const cfg = config(opts.config);
        if (!cfg) return;
        const log = openLog(cfg);
        try {
          await log.admin("audit.checkpoint.exported", { to: opts.out ?? "stdout" });
          const cp = await log.checkpoint();
          if (!cp) throw new Error("the log is empty");
          const { frontier: _omit, ...exported } = cp;
          const text = `${JSON.stringify(exported, null, 2)}\n`;
          if (opts.out) {
            writeFileSync(opts.out, text);
            process.stderr.write(`checkpoint at seq ${cp.seq} written to ${opts.out}\n`);
          } else out(text);
        } finally {
          await log.close();
        }
      }),
    );

  withFilters(audit.command("search").description("list calls (request and response records) matching the filters"))
    .option("--json", "JSON lines output")
    .action(
      run(async (opts: FilterOpts & { json?: boolean; config?: string }) => {
        const cfg = config(opts.config);
        if (!cfg) return;
        const backend = openReadonly(cfg);
        try {
          const rows = await backend.search(filterOf(opts));
          let damaged = 0;
          for (const e of rows) {
            let view: Record<string, unknown>;
            try {
              view = exportRow(e);
            } catch (err) {
              // A listing goes on past a damaged record (the others are intact evidence) but names it and fails.
              if (!(err instanceof WardenError) || err.code !== "WARDEN_AUDIT_RECORD_DAMAGED") throw err;
              damaged++;
              fail(err.message);
              continue;
            }
            if (opts.json) {
              out(`${JSON.stringify(view)}\n`);
              continue;
            }
            const m = view["meta"] as Record<string, unknown>;
            const what =
              e.kind === "request"
                ? m["verdict"] === "rejected"
                  ? `rejected ${String(m["method"] ?? "")} ${String(m["path"] ?? "")} status ${String(m["status"])}`.replace(/ {2,}/g, " ")
                  : m["verdict"] === "served"
                    ? `served ${String(m["method"] ?? "")} ${String(m["route"] ?? "")}${m["model"] !== undefined ? ` ${String(m["model"])}` : ""} status ${String(m["status"])}`
                    : `${String(m["api"])} ${String(m["model"])} ${String(m["verdict"])}`
                : e.kind === "response"
                  ? `status ${String(m["status"])}`
                  : String(m["event"]);
            const err = m["errorCode"] ? ` ${String(m["errorCode"])}` : "";
            out(`${e.seq}\t${new Date(e.time).toISOString()}\t${e.kind}\t${e.requestId}\t${e.tenant}/${e.app}\t${what}${err}\n`);
          }
          if (!opts.json) process.stderr.write(`${rows.length - damaged} record(s)${damaged > 0 ? `, ${damaged} damaged (not shown)` : ""}\n`);
        } finally {
          await backend.close();
        }
      }),
    );

  withFilters(audit.command("export").description("export records (each with its request id, chain hashes and metadata)"))
    .option("--format <format>", "jsonl or csv", "jsonl")
    .option("--decrypt", "include decrypted payloads (jsonl only; needs the KEK; recorded as an admin event)")
    .option("-o, --out <file>", "write here (default: stdout)")
    .action(
      run(async (opts: FilterOpts & { format: string; decrypt?: boolean; out?: string; config?: string }) => {
        if (opts.format !== "jsonl" && opts.format !== "csv") return fail(`unknown format '${opts.format}' (jsonl, csv)`, 2);
        if (opts.decrypt && opts.format !== "jsonl") return fail("--decrypt needs --format jsonl", 2);
        const cfg = config(opts.config);
        if (!cfg) return;
        const filter = filterOf(opts);
        const log = openLog(cfg);
        try {
          const rows = await log.backend.search(filter);
          // The export itself is evidence: recorded before any data leaves.
          await log.admin("audit.export", { format: opts.format, decrypt: opts.decrypt === true, records: rows.length, filter: { ...filter } });
          let text = opts.format === "csv" ? `${CSV_COLUMNS.join(",")}\n` : "";
          for (const e of rows) {
            if (opts.format === "csv") text += csvRow(e);
            else {
              const row = exportRow(e);
              if (opts.decrypt) {
                try {
                  Object.assign(row, await log.open(e));
                } catch (err) {
                  throw new Error(`record ${e.seq} (request ${e.requestId}, tenant "${e.tenant}") cannot be decrypted: ${err instanceof Error ? err.message : String(err)}`);
                }
              }
              text += `${JSON.stringify(row)}\n`;
            }
          }
          if (opts.out) writeFileSync(opts.out, text, { mode: 0o600 });
          else out(text);
        } finally {
          await log.close();
        }
      }),
    );

  audit
    .command("prove")
    .description("print an inclusion proof of a request's records in the latest signed checkpoint")
    .argument("<request-id>", "the request id")
    .option("-o, --out <file>", "write the proof here (default: stdout)")
    .option("-c, --config <file>", "YAML config file")
    .action(
      run(async (requestId: string, opts: { out?: string; config?: string }) => {
        const cfg = config(opts.config);
        if (!cfg) return;
        const log = openLog(cfg);
        try {
          const last = await log.backend.lastCheckpoint();
          const found = await log.backend.search({ requestId });
          const maxSeq = Math.max(0, ...found.map((e) => e.seq));
          const cp = last && last.seq >= maxSeq ? last : await log.checkpoint();
          if (!cp) throw new Error("the log is empty");
          const proof = await proveRequest(log.backend, requestId, cp);
          const text = `${JSON.stringify(proof, null, 2)}\n`;
          if (opts.out) writeFileSync(opts.out, text);
          else out(text);
        } finally {
          await log.close();
        }
      }),
    );

  audit
    .command("verify-proof")
    .description("check an inclusion proof offline (signature, record hashes, Merkle audit paths); exit 0 when valid")
    .argument("<file>", "proof file from `warden audit prove`")
    .option("--trusted-key <spki-base64>", "only accept a checkpoint signed by this public key")
    .action(
      run(async (file: string, opts: { trustedKey?: string }) => {
        const proof = readJsonFile(file);
        const r = verifyProofFile(proof, trustedKeyOf(opts.trustedKey));
        const ok = proof as InclusionProofFile; // checked by verifyProofFile when r.ok
        if (r.ok) out(`OK: ${ok.entries.length} record(s) of request ${ok.requestId} are in the log of ${ok.checkpoint.seq} records signed at ${new Date(ok.checkpoint.time).toISOString()}\n`);
        else {
          out(`INVALID: ${r.problems.join("; ")}\n`);
          process.exitCode = 1;
        }
      }),
    );

  audit
    .command("consistency")
    .description("prove that the log of an exported checkpoint is a prefix of the log now (nothing before it changed)")
    .argument("<old-checkpoint>", "checkpoint file exported earlier")
    .option("-o, --out <file>", "write the proof here (default: stdout)")
    .option("-c, --config <file>", "YAML config file")
    .action(
      run(async (oldFile: string, opts: { out?: string; config?: string }) => {
        const cfg = config(opts.config);
        if (!cfg) return;
        const [oldCp] = readCheckpoints([oldFile]);
        const log = openLog(cfg);
        try {
          const newCp = await log.checkpoint();
          if (!newCp || !oldCp) throw new Error("the log is empty");
          const text = `${JSON.stringify(await proveConsistency(log.backend, oldCp, newCp), null, 2)}\n`;
          if (opts.out) writeFileSync(opts.out, text);
          else out(text);
        } finally {
          await log.close();
        }
      }),
    );

  audit
    .command("verify-consistency")
    .description("check a consistency proof offline (both signatures, the proof between the two roots); exit 0 when valid")
    .argument("<file>", "proof file from `warden audit consistency`")
    .option("--trusted-key <spki-base64>", "only accept checkpoints signed by this public key")
    .action(
      run(async (file: string, opts: { trustedKey?: string }) => {
        const proof: ConsistencyProofFile = readEvidence(consistencyFileSchema, file, "a consistency proof file");
        const r = verifyConsistencyFile(proof, trustedKeyOf(opts.trustedKey));
        if (r.ok) out(`OK: the log of ${proof.old.seq} records is a prefix of the log of ${proof.new.seq} records\n`);
        else {
          out(`INVALID: ${r.problems.join("; ")}\n`);
          process.exitCode = 1;
        }
      }),
    );

  audit
    .command("purge")
    .description("purge payloads past the configured retention (audit.retention); records and the chain stay verifiable")
    .option("-c, --config <file>", "YAML config file")
    .action(
      run(async (opts: { config?: string }) => {
        const cfg = config(opts.config);
        if (!cfg) return;
        const log = openLog(cfg);
        try {
          const { results, keysRetired } = await log.purgeAndRetire(cfg.audit.retention, { record: "always" });
          if (results.length === 0) out("no retention configured (audit.retention): nothing to purge\n");
          for (const r of results) out(`${r.field}\t${r.tenant}\tbefore ${new Date(r.before).toISOString()}\t${r.entries} purged\n`);
          out(`keys\t${keysRetired.length} data key(s) of past key periods destroyed\n`);
        } finally {
          await log.close();
        }
      }),
    );

  registerRotateKek(audit);

  audit
    .command("shred")
    .description("crypto-shred a tenant: destroy its data keys (payloads become unreadable; the chain still verifies)")
    .requiredOption("--tenant <tenant>", "tenant whose data keys are destroyed")
    .option("--yes", "do it (without this, only says what would happen)")
    .option("-c, --config <file>", "YAML config file")
    .action(
      run(async (opts: { tenant: string; yes?: boolean; config?: string }) => {
        const cfg = config(opts.config);
        if (!cfg) return;
        if (!opts.yes) return fail(`this destroys every data key of tenant '${opts.tenant}'; its recorded payloads become unreadable forever. Re-run with --yes.`, 2);
        const log = openLog(cfg);
        try {
          const n = await log.shredTenant(opts.tenant);
          out(`shredded ${n} data key(s) of tenant '${opts.tenant}'\n`);
        } finally {
          await log.close();
        }
      }),
    );
}
