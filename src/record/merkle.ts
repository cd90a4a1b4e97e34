import { createHash } from "node:crypto";
import { sha256 } from "./entry-hash.js";

/**
 * RFC 6962 / RFC 9162 Merkle trees over entry hashes: leaf = SHA-256(0x00 ‖ entry hash),
 * node = SHA-256(0x01 ‖ left ‖ right). The empty tree's head is SHA-256 of nothing.
 */
export function leafHash(entryHash: Buffer): Buffer {
  const b = Buffer.allocUnsafe(33);
  b[0] = 0;
  entryHash.copy(b, 1, 0, 32);
  return sha256(b);
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  const b = Buffer.allocUnsafe(65);
  b[0] = 1;
  left.copy(b, 1, 0, 32);
  right.copy(b, 33, 0, 32);
  return sha256(b);
}

const EMPTY = createHash("sha256").digest();

/**
 * A compact range: the roots of the perfect subtrees that make up a tree of `size` leaves, left to right (one per
 * set bit of `size`). Appending is O(log n) amortised, so checkpoints extend the tree without rereading the log.
 */
export class MerkleFrontier {
  constructor(
    public size = 0,
    private readonly roots: Buffer[] = [],
  ) {}

  static fromHex(size: number, hex: readonly string[]): MerkleFrontier {
    return new MerkleFrontier(size, hex.map((h) => Buffer.from(h, "hex")));
  }

  toHex(): string[] {
    return this.roots.map((r) => r.toString("hex"));
  }

  /** Append one entry (its chain hash). */
  push(entryHash: Buffer): void {
    let node = leafHash(entryHash);
    // Merge while the new subtree has the same size as the one to its left: sizes follow the bits of `size`.
    let n = this.size;
    while (n & 1) {
      node = nodeHash(this.roots.pop() as Buffer, node);
      n >>= 1;
    }
    this.roots.push(node);
    this.size++;
  }

  /** The tree head (MTH) of the leaves so far. */
  root(): Buffer {
    if (this.roots.length === 0) return EMPTY;
    let r = this.roots[this.roots.length - 1] as Buffer;
    for (let i = this.roots.length - 2; i >= 0; i--) r = nodeHash(this.roots[i] as Buffer, r);
    return r;
  }
}

/** MTH over leaf hashes (already leaf-hashed) by the RFC's recursive definition. */
function mth(leaves: readonly Buffer[], lo: number, hi: number): Buffer {
  const n = hi - lo;
  if (n === 0) return EMPTY;
  if (n === 1) return leaves[lo] as Buffer;
  const k = largestPowerOfTwoBelow(n);
  return nodeHash(mth(leaves, lo, lo + k), mth(leaves, lo + k, hi));
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The Merkle tree head of `entryHashes`. */
export function merkleRoot(entryHashes: readonly Buffer[]): Buffer {
  return mth(entryHashes.map(leafHash), 0, entryHashes.length);
}

/** RFC 6962 audit path PATH(m, D[n]) for the leaf at 0-based `index` in a tree of `entryHashes`. */
export function inclusionProof(entryHashes: readonly Buffer[], index: number): Buffer[] {
  if (!(index >= 0 && index < entryHashes.length)) throw new RangeError(`leaf ${index} is outside a tree of ${entryHashes.length}`);
  const leaves = entryHashes.map(leafHash);
  const path: Buffer[] = [];
  const walk = (m: number, lo: number, hi: number): void => {
    const n = hi - lo;
    if (n <= 1) return;
    const k = largestPowerOfTwoBelow(n);
    if (m < k) {
      walk(m, lo, lo + k);
      path.push(mth(leaves, lo + k, hi));
    } else {
      walk(m - k, lo + k, hi);
      path.push(mth(leaves, lo, lo + k));
    }
  };
  walk(index, 0, leaves.length);
  return path;
}

/** RFC 9162 §2.1.3.2: does `proof` show that `entryHash` is leaf `index` of the tree of `treeSize` with head `root`? */
export function verifyInclusion(entryHash: Buffer, index: number, treeSize: number, proof: readonly Buffer[], root: Buffer): boolean {
  if (!(index >= 0 && index < treeSize)) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leafHash(entryHash);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn & 1 || fn === sn) {
      r = nodeHash(p, r);
      if (!(fn & 1)) {
        while (fn !== 0 && !(fn & 1)) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else r = nodeHash(r, p);
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && r.equals(root);
}

/** RFC 6962 §2.1.2 consistency proof PROOF(m, D[n]) that the tree of the first `m` entries is a prefix of all. */
export function consistencyProof(entryHashes: readonly Buffer[], m: number): Buffer[] {
  const n = entryHashes.length;
  if (!(m >= 1 && m <= n)) throw new RangeError(`old tree size ${m} is outside 1..${n}`);
  const leaves = entryHashes.map(leafHash);
  const out: Buffer[] = [];
  const sub = (m: number, lo: number, hi: number, whole: boolean): void => {
    const size = hi - lo;
    if (m === size) {
      if (!whole) out.push(mth(leaves, lo, hi));
      return;
    }
    const k = largestPowerOfTwoBelow(size);
    if (m <= k) {
      sub(m, lo, lo + k, whole);
      out.push(mth(leaves, lo + k, hi));
    } else {
      sub(m - k, lo + k, hi, false);
      out.push(mth(leaves, lo, lo + k));
    }
  };
  sub(m, 0, n, true);
  return out;
}

/** RFC 9162 §2.1.4.2: does `proof` show the tree of size `m` with head `oldRoot` is a prefix of the one of size `n`? */
export function verifyConsistency(m: number, n: number, oldRoot: Buffer, newRoot: Buffer, proof: readonly Buffer[]): boolean {
  if (!(m >= 1 && m <= n)) return false;
  if (m === n) return proof.length === 0 && oldRoot.equals(newRoot);
  const path = (m & (m - 1)) === 0 ? [oldRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = m - 1;
  let sn = n - 1;
  while (fn & 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr = path[0] as Buffer;
  let sr = path[0] as Buffer;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn & 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!(fn & 1)) {
        while (fn !== 0 && !(fn & 1)) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else sr = nodeHash(sr, c);
    fn >>= 1;
    sn >>= 1;
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}
