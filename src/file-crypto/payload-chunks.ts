import { createCipheriv, createDecipheriv } from "node:crypto";

/**
 * The age payload: plaintext in 64 KiB chunks, each sealed with ChaCha20-Poly1305 under the payload key, with the
 * nonce = 11-byte big-endian chunk counter ‖ last-chunk flag (the STREAM construction of Hoang, Reyhanitabar,
 * Rogaway and Vizár). The counter detects reordering and dropped chunks; the flag detects truncation at a chunk
 * boundary.
 */
export const CHUNK_SIZE = 64 * 1024;
export const TAG_SIZE = 16;
/** A full chunk as stored: ciphertext plus tag. */
export const SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE;

/** Write the nonce of chunk `counter` into `nonce` (12 bytes). Counters stay below 2^53 (2^69 bytes). */
export function chunkNonce(nonce: Buffer, counter: number, last: boolean): Buffer {
  nonce.fill(0, 0, 3);
  nonce.writeUInt32BE(Math.floor(counter / 0x1_0000_0000), 3);
  nonce.writeUInt32BE(counter >>> 0, 7);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/**
 * A queue of buffers consumed a chunk at a time without copying: the AEAD is fed the pieces as they are.
 */
export class ByteQueue {
  private parts: Buffer[] = [];
  private head = 0;
  length = 0;

  push(b: Buffer): void {
    if (b.length === 0) return;
    this.parts.push(b);
    this.length += b.length;
  }

  /** Remove the first `n` bytes as a list of slices. */
  take(n: number): Buffer[] {
    const out: Buffer[] = [];
    let need = n;
    while (need > 0) {
      const b = this.parts[this.head] as Buffer;
      if (b.length <= need) {
        out.push(b);
        this.head++;
        need -= b.length;
      } else {
        out.push(b.subarray(0, need));
        this.parts[this.head] = b.subarray(need);
        need = 0;
      }
    }
    this.length -= n;
    if (this.head > 64) {
      this.parts = this.parts.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  /** Everything still queued, as one buffer. */
  drain(): Buffer {
    return Buffer.concat(this.take(this.length));
  }
}

/** Seal one chunk given as slices; returns ciphertext ‖ tag as slices. */
export function sealChunk(key: Buffer, nonce: Buffer, pieces: readonly Buffer[]): Buffer[] {
  const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG_SIZE });
  const out = pieces.map((p) => c.update(p));
  c.final();
  out.push(c.getAuthTag());
  return out;
}

/**
 * Open one sealed chunk given as ciphertext slices and its tag; the plaintext slices, or undefined when
 * authentication fails. Nothing is released before the tag checks.
 */
export function openChunkPieces(key: Buffer, nonce: Buffer, pieces: readonly Buffer[], tag: Buffer): Buffer[] | undefined {
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG_SIZE });
  d.setAuthTag(tag);
  const out = pieces.map((p) => d.update(p));
  try {
    d.final();
  } catch {
    return undefined;
  }
  return out;
}

/** Open one sealed chunk (ciphertext ‖ tag); undefined when authentication fails. Nothing is released before the tag checks. */
export function openChunk(key: Buffer, nonce: Buffer, sealed: Buffer): Buffer | undefined {
  if (sealed.length < TAG_SIZE) return undefined;
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: TAG_SIZE });
  d.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
  const out = d.update(sealed.subarray(0, sealed.length - TAG_SIZE));
  try {
    d.final();
  } catch {
    return undefined;
  }
  return out;
}
