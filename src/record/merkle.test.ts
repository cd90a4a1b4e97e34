import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { consistencyProof, inclusionProof, MerkleFrontier, merkleRoot, verifyConsistency, verifyInclusion } from "./merkle.js";

const h = (i: number) => createHash("sha256").update(`entry ${i}`).digest();
const leaves = (n: number) => Array.from({ length: n }, (_, i) => h(i));

describe("Merkle tree (RFC 6962)", () => {
  it("the empty tree's head is SHA-256 of nothing", () => {
    expect(merkleRoot([]).toString("hex")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it.each([1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33])("frontier head = recursive head for %i leaves", (n) => {
    const f = new MerkleFrontier();
    for (const l of leaves(n)) f.push(l);
    expect(f.root().equals(merkleRoot(leaves(n)))).toBe(true);
    const resumed = MerkleFrontier.fromHex(f.size, f.toHex());
    resumed.push(h(n));
    expect(resumed.root().equals(merkleRoot(leaves(n + 1)))).toBe(true);
  });

  it.each([1, 2, 3, 5, 8, 13, 21])("every leaf of a %i-leaf tree has a proof that verifies, and wrong claims fail", (n) => {
    const ls = leaves(n);
    const root = merkleRoot(ls);
    for (let i = 0; i < n; i++) {
      const proof = inclusionProof(ls, i);
      expect(verifyInclusion(ls[i] as Buffer, i, n, proof, root)).toBe(true);
      expect(verifyInclusion(h(999), i, n, proof, root)).toBe(false);
      if (n > 1) expect(verifyInclusion(ls[i] as Buffer, (i + 1) % n, n, proof, root)).toBe(false);
      expect(verifyInclusion(ls[i] as Buffer, i, n, proof.slice(1), root)).toBe(n === 1);
    }
  });

  it("a known two-leaf head", () => {
    const l0 = createHash("sha256").update(Buffer.of(0)).update(h(0)).digest();
    const l1 = createHash("sha256").update(Buffer.of(0)).update(h(1)).digest();
    const expected = createHash("sha256").update(Buffer.of(1)).update(l0).update(l1).digest();
    expect(merkleRoot(leaves(2)).equals(expected)).toBe(true);
  });
});

describe("consistency proofs (RFC 6962 / 9162)", () => {
  it("for every old size m of trees up to 20 leaves, the proof verifies; wrong roots, sizes or paths fail", () => {
    for (let n = 1; n <= 20; n++) {
      const ls = leaves(n);
      const newRoot = merkleRoot(ls);
      for (let m = 1; m <= n; m++) {
        const oldRoot = merkleRoot(ls.slice(0, m));
        const proof = consistencyProof(ls, m);
        expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
        expect(verifyConsistency(m, n, merkleRoot(leaves(m + 1).slice(1)), newRoot, proof)).toBe(false);
        if (m < n) {
          expect(verifyConsistency(m, n, oldRoot, merkleRoot(leaves(n + 1)), proof)).toBe(false);
          if (proof.length > 0) expect(verifyConsistency(m, n, oldRoot, newRoot, proof.slice(0, -1))).toBe(false);
        }
      }
    }
  });

  it("a rewritten prefix is not consistent with the old head", () => {
    const ls = leaves(10);
    const oldRoot = merkleRoot(ls.slice(0, 6));
    const forged = [...ls];
    forged[2] = h(999);
    expect(verifyConsistency(6, 10, oldRoot, merkleRoot(forged), consistencyProof(forged, 6))).toBe(false);
  });
});
