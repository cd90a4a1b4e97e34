import type { AuditBackend, WrappedDataKey } from "./audit-backend.js";
import { GENESIS_HASH } from "./audit-entry.js";
import { checkpointSignatureValid, type SignedCheckpoint } from "./checkpoint.js";
import { digest, hashEntry } from "./entry-hash.js";
import { entryShapeProblem } from "./entry-shape.js";
import { MerkleFrontier } from "./merkle.js";
import type { KeyEncryptionKey } from "./key-encryption-key.js";
import { RemovalCheck } from "./removal-check.js";

/** The first problem found, naming the record. */
export interface VerifyProblem {
  /** Seq of the first bad record (for a truncation: the first missing one). */
  seq: number;
  requestId?: string;
  reason: string;
}

export interface VerifyResult {
  ok: boolean;
  entries: number;
  checkpoints: number;
  problem?: VerifyProblem;
}

export interface VerifyOptions {
  /** Checkpoints kept outside Warden (the last exported one catches truncation and rewritten histories). */
  external?: readonly SignedCheckpoint[];
  /** Only trust checkpoints signed by this public key (SPKI DER base64); default: each checkpoint's own key. */
  trustedKey?: string;
  /**
   * The key-encryption key: every stored (not shredded) data key must unwrap under it, or its tenant's records are
   * unreadable although the chain is intact (a modified wrapped key, or a store whose keys were wrapped by another
   * KEK). Without it the data keys' presence is checked, not their contents.
   */
  kek?: KeyEncryptionKey;
}

/**
 * `tenant \0 version` → why, for the stored data keys that do not unwrap under `kek`. A KMS may fail for other reasons
 * than a bad key (unreachable, throttled): each failure is tried once more, and the reason quotes the error, so that an
 * outage is not mistaken for tampering.
 */
async function unreadableKeys(keys: readonly WrappedDataKey[], kek: KeyEncryptionKey): Promise<Map<string, string>> {
  const bad = new Map<string, string>();
  for (const k of keys) {
    if (k.wrapped === null) continue;
    let error: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await kek.unwrap(k.wrapped);
        error = undefined;
        break;
      } catch (err) {
        error = err;
      }
    }
    if (error !== undefined) bad.set(`${k.tenant}\0${k.version}`, error instanceof Error ? error.message : String(error));
  }
  return bad;
}

/**
 * Walk the whole chain: every seq follows the previous without gaps, every entry's stored hash equals the hash
 * recomputed from its fields, every entry commits to its predecessor's hash, every present payload matches its
 * digest; then every stored and external checkpoint is validly signed and matches the chain (seq, hash, Merkle
 * root); then no payload or data key was removed other than by a recorded purge or shred (`RemovalCheck`), and, with
 * the KEK, every data key still unwraps. Reports the first bad record.
 */
export async function verifyLog(backend: AuditBackend, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const stored = await backend.checkpoints();
  const checks = [...stored.map((cp) => ({ cp, where: "stored" })), ...(opts.external ?? []).map((cp) => ({ cp, where: "external" }))];
  for (const { cp, where } of checks) {
    if (!checkpointSignatureValid(cp, opts.trustedKey)) {
      return { ok: false, entries: 0, checkpoints: 0, problem: { seq: cp.seq, reason: `${where} checkpoint at seq ${cp.seq} has an invalid signature` } };
    }
  }
  const bySeq = new Map<number, { cp: SignedCheckpoint; where: string }[]>();
  for (const c of checks) bySeq.set(c.cp.seq, [...(bySeq.get(c.cp.seq) ?? []), c]);

  const frontier = new MerkleFrontier();
  const removals = new RemovalCheck();
  let expected = 1;
  let prev: Buffer = GENESIS_HASH;
  let checked = 0;
  const fail = (seq: number, reason: string, requestId?: string): VerifyResult => ({
    ok: false,
    entries: expected - 1,
    checkpoints: checked,
    problem: { seq, reason, ...(requestId !== undefined ? { requestId } : {}) },
  });
  // From the lowest seq stored, not from 1: a row forged with seq 0 or below would otherwise never be read here while
  // search and export show it.
  for await (const e of backend.scan(Number.MIN_SAFE_INTEGER)) {
    if (e.seq !== expected) return fail(expected, e.seq > expected ? `record ${expected} is missing (deleted?): the next stored record is ${e.seq}` : `unexpected seq ${e.seq}`);
    const shape = entryShapeProblem(e);
    if (shape) return fail(e.seq, shape, typeof e.requestId === "string" ? e.requestId : undefined);
    if (!e.prevHash.equals(prev)) return fail(e.seq, "does not follow its predecessor (deleted, inserted or reordered records)", e.requestId);
    if (e.payload && (!e.payloadDigest || !digest(e.payload).equals(e.payloadDigest))) return fail(e.seq, "payload does not match its digest (modified)", e.requestId);
    if (e.original && (!e.originalDigest || !digest(e.original).equals(e.originalDigest))) return fail(e.seq, "original payload does not match its digest (modified)", e.requestId);
    const h = hashEntry(e.seq, prev, e);
    if (!h.equals(e.hash)) return fail(e.seq, "hash does not match its contents (modified, inserted or reordered)", e.requestId);
    frontier.push(h);
    removals.see(e);
    for (const { cp, where } of bySeq.get(e.seq) ?? []) {
      if (cp.hash !== h.toString("hex")) return fail(e.seq, `does not match the ${where} checkpoint at seq ${cp.seq} (history rewritten)`, e.requestId);
      if (cp.root !== frontier.root().toString("hex")) return fail(e.seq, `Merkle root differs from the ${where} checkpoint at seq ${cp.seq}`, e.requestId);
      checked++;
    }
    prev = h;
    expected++;
  }
  const last = expected - 1;
  const beyond = checks.filter((c) => c.cp.seq > last).sort((a, b) => a.cp.seq - b.cp.seq)[0];
  if (beyond) return fail(last + 1, `the log ends at seq ${last} but ${beyond.where === "external" ? "an" : "a"} ${beyond.where} checkpoint covers ${beyond.cp.seq} records (truncated)`);
  // Payloads and data keys removed other than by a recorded purge or shred (the chain alone cannot tell).
  const keys = await backend.listDataKeys();
  const removed = removals.problem(keys, opts.kek ? await unreadableKeys(keys, opts.kek) : undefined);
  if (removed) return { ok: false, entries: last, checkpoints: checked, problem: removed };
  return { ok: true, entries: last, checkpoints: checked };
}
