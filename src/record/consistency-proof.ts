import type { AuditBackend } from "./audit-backend.js";
import { checkpointSignatureValid, type SignedCheckpoint } from "./checkpoint.js";
import { consistencyProof, merkleRoot, verifyConsistency } from "./merkle.js";
import type { ProofCheck } from "./inclusion-proof.js";

/**
 * `warden audit consistency`: proof that the log of an older (exported) checkpoint is a prefix of the log of a newer
 * one: nothing before it was changed, removed or reordered since.
 */
export interface ConsistencyProofFile {
  format: "warden-audit-consistency-proof/1";
  old: SignedCheckpoint;
  new: SignedCheckpoint;
  /** Hex node hashes (RFC 6962 §2.1.2). */
  proof: string[];
}

const strip = ({ frontier: _omit, ...cp }: SignedCheckpoint): SignedCheckpoint => cp;

/**
 * Why the log whose entry hashes are `hashes` (from seq 1) does not extend `oldCp`, or undefined when it does: the
 * old checkpoint's signature, the hash of its last record, and the Merkle root of the log's first `oldCp.seq` records.
 */
function oldExtendedBy(oldCp: SignedCheckpoint, hashes: readonly Buffer[]): string | undefined {
  if (!checkpointSignatureValid(oldCp)) return "its signature is invalid";
  if (oldCp.seq === 0) return undefined;
  const last = hashes[oldCp.seq - 1];
  if (!last?.equals(Buffer.from(oldCp.hash, "hex"))) return `record ${oldCp.seq} does not match its hash (history rewritten or the log replaced)`;
  if (!merkleRoot(hashes.slice(0, oldCp.seq)).equals(Buffer.from(oldCp.root, "hex"))) return `its first ${oldCp.seq} records are not a prefix of the log now (their Merkle root differs: history rewritten or the log replaced)`;
  return undefined;
}

/** Build the proof between `oldCp` and `newCp` (reads the hashes of the newer tree). */
export async function proveConsistency(backend: AuditBackend, oldCp: SignedCheckpoint, newCp: SignedCheckpoint): Promise<ConsistencyProofFile> {
  if (oldCp.seq > newCp.seq) throw new Error(`the old checkpoint (seq ${oldCp.seq}) is newer than the new one (seq ${newCp.seq})`);
  const hashes = await backend.hashes(1, newCp.seq);
  if (hashes.length !== newCp.seq) throw new Error(`the log has ${hashes.length} of the ${newCp.seq} records the checkpoint covers`);
  // A proof is only worth writing when the log still extends the old checkpoint: otherwise the file would fail
  // verify-consistency while the command said nothing was wrong.
  const notExtended = oldExtendedBy(oldCp, hashes);
  if (notExtended) throw new Error(`the log now is not an extension of the old checkpoint (seq ${oldCp.seq}): ${notExtended}; run \`warden audit verify --checkpoint\` with that file`);
  return { format: "warden-audit-consistency-proof/1", old: strip(oldCp), new: strip(newCp), proof: consistencyProof(hashes, oldCp.seq).map((b) => b.toString("hex")) };
}

/** Check offline: both signatures (under `trustedKey` when given) and the proof between the two signed roots. */
export function verifyConsistencyFile(p: ConsistencyProofFile, trustedKey?: string): ProofCheck {
  const problems: string[] = [];
  if (p.format !== "warden-audit-consistency-proof/1") problems.push(`unknown proof format '${String(p.format)}'`);
  if (!checkpointSignatureValid(p.old, trustedKey)) problems.push("the old checkpoint's signature is invalid (or not by the trusted key)");
  if (!checkpointSignatureValid(p.new, trustedKey)) problems.push("the new checkpoint's signature is invalid (or not by the trusted key)");
  const ok = verifyConsistency(p.old.seq, p.new.seq, Buffer.from(p.old.root, "hex"), Buffer.from(p.new.root, "hex"), p.proof.map((x) => Buffer.from(x, "hex")));
  if (!ok) problems.push(`the log of ${p.old.seq} records is not a prefix of the log of ${p.new.seq} records`);
  return { ok: problems.length === 0, problems };
}
