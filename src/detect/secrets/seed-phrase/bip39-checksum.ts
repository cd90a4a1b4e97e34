import { createHash } from "node:crypto";

/** Mnemonic lengths BIP-0039 defines: 128 to 256 bits of entropy in steps of 32, each word carrying 11 bits. */
export const BIP39_LENGTHS: readonly number[] = [12, 15, 18, 21, 24];

/**
 * Does this list of word indices (each 0..2047) carry a valid BIP-0039 checksum? The mnemonic encodes ENT bits of
 * entropy followed by the first ENT/32 bits of SHA-256(entropy), 11 bits per word (BIP-0039, "Generating the
 * mnemonic"). A random list of 12 words passes with probability 1/16, of 24 words 1/256.
 */
export function bip39ChecksumHolds(indices: readonly number[]): boolean {
  const words = indices.length;
  if (!BIP39_LENGTHS.includes(words)) return false;
  const checksumBits = words / 3;
  const entropyBytes = (words * 11 - checksumBits) / 8;
  // Unpack the 11-bit indices into one bit string, MSB first.
  const bits = new Uint8Array(words * 11);
  indices.forEach((index, w) => {
    for (let b = 0; b < 11; b++) bits[w * 11 + b] = (index >> (10 - b)) & 1;
  });
  const entropy = Buffer.alloc(entropyBytes);
  for (let i = 0; i < entropyBytes * 8; i++) if (bits[i] === 1) entropy[i >> 3] = (entropy[i >> 3] as number) | (0x80 >> (i & 7));
  const hash = createHash("sha256").update(entropy).digest();
  for (let i = 0; i < checksumBits; i++) {
    const expected = ((hash[i >> 3] as number) >> (7 - (i & 7))) & 1;
    if (bits[entropyBytes * 8 + i] !== expected) return false;
  }
  return true;
}
