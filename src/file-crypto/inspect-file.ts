import { createReadStream } from "node:fs";
import { WardenError } from "../core/warden-error.js";
import { ArmorReader, looksArmored } from "./armor.js";
import { parseHeader } from "./header.js";
import { SEALED_CHUNK_SIZE, TAG_SIZE } from "./payload-chunks.js";

/** What an age file says about itself without any key: recipients (no secrets) and sizes. */
export interface FileInspection {
  armored: boolean;
  /** Stanza types with their non-secret arguments: the KEK id of `warden-kms`, the work factor of `scrypt`. */
  recipients: { type: string; detail?: string }[];
  headerBytes: number;
  /** Binary bytes after the header (payload nonce and sealed chunks). */
  payloadBytes: number;
  /** Plaintext size implied by the payload size, or undefined when the payload size is impossible (truncated). */
  plaintextBytes: number | undefined;
  chunks: number;
}

function describe(type: string, args: readonly string[]): { type: string; detail?: string } {
  if (type === "warden-kms" && args[0] !== undefined) return { type, detail: `key ${args[0]}` };
  if (type === "scrypt" && args[1] !== undefined) return { type, detail: `work factor ${args[1]}` };
  return { type };
}

/**
 * Read an age file's header and size (streaming, constant memory; armored files are decoded on the way). Does not
 * authenticate anything: the header MAC needs the file key.
 */
export async function inspectFile(path: string): Promise<FileInspection> {
  let head = Buffer.alloc(0);
  let binaryBytes = 0;
  let armor: ArmorReader | undefined;
  let decided = false;
  let header: ReturnType<typeof parseHeader>;
  const feed = (data: Buffer): void => {
    binaryBytes += data.length;
    if (!header) {
      head = Buffer.concat([head, data]);
      header = parseHeader(head, false);
    }
  };
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      let data = chunk as Buffer;
      if (!decided) {
        head = Buffer.concat([head, data]);
        const a = looksArmored(head, false);
        if (a === undefined) continue;
        decided = true;
        if (a) armor = new ArmorReader();
        data = head;
        head = Buffer.alloc(0);
      }
      feed(armor ? armor.update(data) : data);
    }
    if (!decided) {
      decided = true;
      if (looksArmored(head, true)) armor = new ArmorReader();
      const data = head;
      head = Buffer.alloc(0);
      feed(armor ? armor.update(data) : data);
    }
    if (armor) feed(armor.final());
    header ??= parseHeader(head, true);
  } catch (err) {
    if (WardenError.isInstance(err)) throw err;
    throw new WardenError("WARDEN_CRYPTO_IO", { message: `Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? "error"}.`, cause: err });
  }
  const h = header as NonNullable<typeof header>;
  const payloadBytes = binaryBytes - h.length;
  const sealed = payloadBytes - 16;
  const chunks = sealed <= 0 ? 0 : Math.ceil(sealed / SEALED_CHUNK_SIZE);
  const lastLen = sealed - (chunks - 1) * SEALED_CHUNK_SIZE;
  const plausible = sealed >= TAG_SIZE && lastLen >= TAG_SIZE;
  return {
    armored: armor !== undefined,
    recipients: h.stanzas.map((s) => describe(s.type, s.args)),
    headerBytes: h.length,
    payloadBytes,
    plaintextBytes: plausible ? sealed - chunks * TAG_SIZE : undefined,
    chunks,
  };
}
