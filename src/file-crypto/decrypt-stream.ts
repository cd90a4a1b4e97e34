import { Transform, type TransformCallback } from "node:stream";
import { WardenError } from "../core/warden-error.js";
import { hkdf } from "./aead.js";
import { ArmorReader, looksArmored } from "./armor.js";
import { parseHeader, unwrapHeader } from "./header.js";
import { ByteQueue, CHUNK_SIZE, chunkNonce, openChunk, openChunkPieces, SEALED_CHUNK_SIZE, TAG_SIZE } from "./payload-chunks.js";
import type { Identity } from "./recipient.js";

/** Bytes held back beyond one chunk so appended data (up to this much) is told apart from a modified last chunk. */
const TRAILING_PROBE = 256;
/** Positions tried for a failing last piece, to recognise dropped chunks (a cheap check, only on failure). */
const DROP_PROBE = 16;

const tampered = (counter: number): WardenError =>
  new WardenError("WARDEN_CRYPTO_PAYLOAD_TAMPERED", {
    message: `Chunk ${counter} of the encrypted file failed authentication: it was modified, dropped or moved.`,
  });
const truncated = (message: string): WardenError => new WardenError("WARDEN_CRYPTO_TRUNCATED", { message });
const trailing = (): WardenError => new WardenError("WARDEN_CRYPTO_TRAILING_DATA");

/**
 * age v1 file in (binary, or ASCII-armored: detected from the first bytes), plaintext out. Each chunk is released only after its tag verifies, but a consumer still sees the
 * plaintext of earlier chunks before a later failure: write to a temporary file and keep it only when the stream
 * ends without error (see `decryptFile`).
 */
class DecryptTransform extends Transform {
  private head: Buffer = Buffer.alloc(0);
  private key: Buffer | undefined;
  private readonly queue = new ByteQueue();
  private readonly nonce = Buffer.alloc(12);
  private counter = 0;
  private mode: "detect" | "binary" | "armored" = "detect";
  private armor: ArmorReader | undefined;

  constructor(private readonly identities: readonly Identity[]) {
    super({ readableHighWaterMark: 1024 * 1024, writableHighWaterMark: 1024 * 1024 });
  }

  private open(sealed: Buffer, counter: number, last: boolean): Buffer | undefined {
    return openChunk(this.key as Buffer, chunkNonce(this.nonce, counter, last), sealed);
  }

  /** Why a chunk starting at `rest` failed, as precisely as the format allows (only reached on failure). */
  private classify(rest: Buffer): WardenError {
    if (rest.length < TAG_SIZE) return truncated(`The encrypted file is truncated (it ends ${rest.length} bytes into chunk ${this.counter}).`);
    if (rest.length === SEALED_CHUNK_SIZE && this.open(rest, this.counter, false)) {
      return truncated(`The encrypted file is truncated after chunk ${this.counter}, which is not its last.`);
    }
    for (let n = Math.min(rest.length - 1, SEALED_CHUNK_SIZE); n >= Math.max(TAG_SIZE, rest.length - TRAILING_PROBE); n--) {
      if (this.open(rest.subarray(0, n), this.counter, true)) return trailing();
    }
    // A full chunk with data after it cannot be a cut: it was changed. A short final piece is either the start of a
    // chunk whose rest was cut off, or a changed last chunk; age has no length field to tell which.
    if (rest.length >= SEALED_CHUNK_SIZE) return tampered(this.counter);
    // The real last chunk, but at a later position: chunks before it were dropped.
    for (let later = this.counter + 1; later <= this.counter + DROP_PROBE; later++) {
      if (this.open(rest, later, true)) return tampered(this.counter);
    }
    return new WardenError("WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED", {
      message: `The encrypted file's last piece (chunk ${this.counter}, ${rest.length} bytes) failed authentication: the file was cut off inside a chunk, or its end was modified.`,
    });
  }

  private async begin(ended: boolean): Promise<boolean> {
    const header = parseHeader(this.head, ended);
    if (!header) return false;
    if (this.head.length < header.length + 16) {
      if (ended) throw truncated("The encrypted file is truncated after its header.");
      return false;
    }
    const fileKey = await unwrapHeader(header, this.identities);
    this.key = hkdf(fileKey, this.head.subarray(header.length, header.length + 16), "payload");
    this.queue.push(this.head.subarray(header.length + 16));
    this.head = Buffer.alloc(0);
    return true;
  }

  private drainFull(): void {
    while (this.queue.length > SEALED_CHUNK_SIZE + TRAILING_PROBE) {
      // The ciphertext slices go to the cipher as they are; only the 16-byte tag may need a copy.
      const pieces = this.queue.take(CHUNK_SIZE);
      const tagPieces = this.queue.take(TAG_SIZE);
      const tag = tagPieces.length === 1 ? (tagPieces[0] as Buffer) : Buffer.concat(tagPieces);
      const plain = openChunkPieces(this.key as Buffer, chunkNonce(this.nonce, this.counter, false), pieces, tag);
      if (!plain) throw this.open(Buffer.concat([...pieces, tag]), this.counter, true) ? trailing() : tampered(this.counter);
      this.counter++;
      for (const p of plain) this.push(p);
    }
  }

  /**
   * Undo the ASCII armor when the input has it (decided from its first bytes; binary input passes through).
   * Undefined while the first bytes do not tell yet.
   */
  private unarmor(chunk: Buffer, ended: boolean): Buffer | undefined {
    let data = chunk;
    if (this.mode === "detect") {
      this.head = this.head.length === 0 ? chunk : Buffer.concat([this.head, chunk]);
      const armored = looksArmored(this.head, ended);
      if (armored === undefined) return undefined;
      this.mode = armored ? "armored" : "binary";
      if (armored) this.armor = new ArmorReader();
      data = this.head;
      this.head = Buffer.alloc(0);
    }
    if (this.armor) data = ended ? Buffer.concat([this.armor.update(data), this.armor.final()]) : this.armor.update(data);
    return data;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    let data: Buffer | undefined;
    try {
      data = this.unarmor(chunk, false);
      if (data === undefined) {
        cb();
        return;
      }
      if (this.key) {
        this.queue.push(data);
        this.drainFull();
        cb();
        return;
      }
    } catch (err) {
      cb(err as Error);
      return;
    }
    this.head = this.head.length === 0 ? data : Buffer.concat([this.head, data]);
    void this.startThen(false, () => this.drainFull(), cb);
  }

  /** Parse the header if complete (async: identities may call a KMS or run scrypt), then run `next`. */
  private async startThen(ended: boolean, next: () => void, cb: TransformCallback): Promise<void> {
    try {
      if (!this.key) await this.begin(ended);
      if (this.key) next();
    } catch (err) {
      cb(err as Error);
      return;
    }
    cb();
  }

  override _flush(cb: TransformCallback): void {
    const finish = (): void => {
      this.drainFull();
      let rest = this.queue.drain();
      if (rest.length > SEALED_CHUNK_SIZE) {
        const plain = this.open(rest.subarray(0, SEALED_CHUNK_SIZE), this.counter, false);
        if (!plain) throw this.classify(rest);
        this.counter++;
        this.push(plain);
        rest = rest.subarray(SEALED_CHUNK_SIZE);
      }
      if (rest.length === 0) throw truncated(this.counter === 0 ? "The encrypted file has a header but no payload." : `The encrypted file is truncated after chunk ${this.counter - 1}, which is not its last.`);
      const plain = this.open(rest, this.counter, true);
      if (!plain) throw this.classify(rest);
      // age: only an empty file may end with an empty chunk.
      if (plain.length === 0 && this.counter > 0) throw tampered(this.counter);
      this.push(plain);
    };
    try {
      const data = this.unarmor(Buffer.alloc(0), true) ?? Buffer.alloc(0);
      if (this.key) this.queue.push(data);
      else this.head = this.head.length === 0 ? data : Buffer.concat([this.head, data]);
    } catch (err) {
      cb(err as Error);
      return;
    }
    void this.startThen(true, finish, cb);
  }
}

/**
 * A Transform that decrypts an age v1 file with the first of `identities` that matches; it fails with a
 * WardenError (WARDEN_CRYPTO_*) on a malformed, modified, truncated or extended file, or a wrong key.
 */
export function createDecryptStream(identities: readonly Identity[]): Transform {
  return new DecryptTransform(identities);
}
