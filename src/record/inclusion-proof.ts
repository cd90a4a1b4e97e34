import { damagedRecord } from "./damaged-record.js";
import { entryShapeProblem } from "./entry-shape.js";
import type { AuditBackend } from "./audit-backend.js";
import type { EntryDraft, StoredEntry } from "./audit-entry.js";
import { checkpointSignatureValid, type SignedCheckpoint } from "./checkpoint.js";
import { hashEntry } from "./entry-hash.js";
import { inclusionProof, verifyInclusion } from "./merkle.js";
import { parseProofFile } from "./proof-file-schema.js";

/** One entry with everything needed to recompute its hash offline (payload digests, not the payloads). */
export interface ProvenEntry {
  seq: number;
  kind: StoredEntry["kind"];
  requestId: string;
  time: number;
  tenant: string;
  app: string;
  keyId: string;
  meta: string;
  keyVersion: number | null;
  payloadDigest: string | null;
  originalDigest: string | null;
  prevHash: string;
  /** Hex sibling hashes, leaf to root (RFC 6962 audit path). */
  auditPath: string[];
}

/** `warden audit prove`: a request's entries, each with its audit path to a signed checkpoint's Merkle root. */
export interface InclusionProofFile {
  format: "warden-audit-inclusion-proof/1";
  requestId: string;
  checkpoint: SignedCheckpoint;
  entries: ProvenEntry[];
}

const hex = (b: Buffer | null): string | null => (b ? b.toString("hex") : null);

/** Build the proof for every entry of `requestId` covered by `checkpoint` (reads the checkpoint's tree). */
export async function proveRequest(backend: AuditBackend, requestId: string, checkpoint: SignedCheckpoint): Promise<InclusionProofFile> {
  const found = (await backend.search({ requestId })).filter((e) => e.seq <= checkpoint.seq);
  if (found.length === 0) throw new Error(`no record of request '${requestId}' is covered by the checkpoint at seq ${checkpoint.seq}`);
  // a record edited into another type would be written into the proof as it is (a blob as {"type":"Buffer"}), a proof
  // no verifier accepts: refused here, naming the record
  for (const e of found) {
    const problem = entryShapeProblem(e);
    if (problem !== undefined) throw damagedRecord(e.seq, problem);
  }
  const hashes = await backend.hashes(1, checkpoint.seq);
  const { frontier: _omit, ...cp } = checkpoint;
  return {
    format: "warden-audit-inclusion-proof/1",
    requestId,
    checkpoint: cp,
    entries: found.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      requestId: e.requestId,
      time: e.time,
      tenant: e.tenant,
      app: e.app,
      keyId: e.keyId,
      meta: e.meta,
      keyVersion: e.keyVersion,
      payloadDigest: hex(e.payloadDigest),
      originalDigest: hex(e.originalDigest),
      prevHash: e.prevHash.toString("hex"),
      auditPath: inclusionProof(hashes, e.seq - 1).map((b) => b.toString("hex")),
    })),
  };
}

export interface ProofCheck {
  ok: boolean;
  problems: string[];
}

/**
 * Check a proof offline: the checkpoint's signature (under `trustedKey` when given), then for each entry its hash
 * recomputed from its fields and its audit path up to the checkpoint's root. Needs nothing but the file, which is
 * checked first (`proofFileSchema`): a malformed or doctored field is a problem, never a crash.
 */
export function verifyProofFile(file: unknown, trustedKey?: string): ProofCheck {
  const parsed = parseProofFile(file);
  if ("problems" in parsed) return { ok: false, problems: parsed.problems };
  const p = parsed.proof;
  const problems: string[] = [];
  if (!checkpointSignatureValid(p.checkpoint, trustedKey)) problems.push("the checkpoint's signature is invalid (or not by the trusted key)");
  const root = Buffer.from(p.checkpoint.root, "hex");
  for (const e of p.entries) {
    const draft: EntryDraft = {
      kind: e.kind,
      requestId: e.requestId,
      time: e.time,
      tenant: e.tenant,
      app: e.app,
      keyId: e.keyId,
      meta: e.meta,
      keyVersion: e.keyVersion,
      payload: null,
      original: null,
      payloadDigest: e.payloadDigest ? Buffer.from(e.payloadDigest, "hex") : null,
      originalDigest: e.originalDigest ? Buffer.from(e.originalDigest, "hex") : null,
    };
    const h = hashEntry(e.seq, Buffer.from(e.prevHash, "hex"), draft);
    const path = e.auditPath.map((x) => Buffer.from(x, "hex"));
    if (!verifyInclusion(h, e.seq - 1, p.checkpoint.seq, path, root)) problems.push(`record ${e.seq} (${e.kind}) is not included in the checkpoint's tree`);
    if (e.requestId !== p.requestId) problems.push(`record ${e.seq} belongs to request '${e.requestId}', not '${p.requestId}'`);
  }
  return { ok: problems.length === 0, problems };
}
