import { randomBytes } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { hkdf } from "./aead.js";
import { ArmorWriter } from "./armor.js";
import { buildHeader } from "./header.js";
import { ByteQueue, CHUNK_SIZE, chunkNonce, sealChunk } from "./payload-chunks.js";
import type { Recipient } from "./recipient.js";

/** Plaintext in, age v1 file out (header, 16-byte payload nonce, sealed chunks). Memory stays at about one chunk. */
class EncryptTransform extends Transform {
  private readonly queue = new ByteQueue();
  private readonly nonce = Buffer.alloc(12);
  private counter = 0;
  private started = false;

  constructor(
    private readonly prelude: Buffer,
    private readonly key: Buffer,
    private readonly armor: ArmorWriter | undefined,
  ) {
    super({ readableHighWaterMark: 1024 * 1024, writableHighWaterMark: 1024 * 1024 });
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.out(this.prelude);
  }

  private out(b: Buffer): void {
    if (!this.armor) this.push(b);
    else {
      const text = this.armor.update(b);
      if (text.length > 0) this.push(text);
    }
  }

  private seal(n: number, last: boolean): void {
    for (const piece of sealChunk(this.key, chunkNonce(this.nonce, this.counter++, last), this.queue.take(n))) this.out(piece);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.start();
    this.queue.push(chunk);
    // A full chunk is sealed as non-final only once a byte after it is known to exist.
    while (this.queue.length > CHUNK_SIZE) this.seal(CHUNK_SIZE, false);
    cb();
  }

  override _flush(cb: TransformCallback): void {
    this.start();
    this.seal(this.queue.length, true);
    if (this.armor) this.push(this.armor.final());
    cb();
  }
}

/**
 * Build the header for `recipients` (this is where KMS calls and scrypt run) and return a Transform that encrypts
 * what is written to it into an age v1 file (ASCII-armored with `armor`).
 *
 * @example
 * await pipeline(createReadStream(src), await createEncryptStream([X25519Recipient.parse(pub)]), createWriteStream(dst));
 */
export async function createEncryptStream(recipients: readonly Recipient[], opts: { armor?: boolean } = {}): Promise<Transform> {
  const { header, fileKey } = await buildHeader(recipients);
  const payloadNonce = randomBytes(16);
  return new EncryptTransform(Buffer.concat([header, payloadNonce]), hkdf(fileKey, payloadNonce, "payload"), opts.armor ? new ArmorWriter() : undefined);
}
