import { WardenError } from "../core/warden-error.js";

/**
 * The error for a stored record that cannot be shown or proven because a column was edited outside Warden (SQLite
 * keeps any value in any column). It names the record by seq, so the reader can go to it and run `warden audit
 * verify`, rather than a bare TypeError from whatever code first touched the value. `seq` is in `details` for
 * callers that switch on it.
 */
export function damagedRecord(seq: unknown, problem: string): WardenError {
  const at = typeof seq === "number" || typeof seq === "string" ? String(seq) : "?";
  return new WardenError("WARDEN_AUDIT_RECORD_DAMAGED", {
    message: `audit record ${at} was modified outside Warden: ${problem}; run \`warden audit verify\``,
    details: { seq: typeof seq === "number" ? seq : Number(seq) },
  });
}

/**
 * The entry hashes of rows read for a Merkle tree, each checked to be a 32-byte hash, and the seqs to be the
 * consecutive run `fromSeq..` (a missing row would otherwise shift every later leaf and the proof would name the
 * wrong records).
 */
export function checkedHashes(rows: readonly { seq: number | string; hash: unknown }[], fromSeq: number): Buffer[] {
  return rows.map((r, i) => {
    if (Number(r.seq) !== fromSeq + i) throw damagedRecord(fromSeq + i, "it is missing from the store (a gap in the seqs)");
    if (!Buffer.isBuffer(r.hash) || r.hash.length !== 32) throw damagedRecord(r.seq, "column hash does not hold a 32-byte hash");
    return r.hash;
  });
}
