import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createDecryptStream, createEncryptStream, type Identity, type Recipient } from "../../src/file-crypto/index.js";

const created: string[] = [];

/** A fresh temporary directory, removed by `removeTempDirs` (call it in `afterAll`). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "warden-fc-"));
  created.push(dir);
  return dir;
}

/** Remove the directories `tempDir` made in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Entries of a directory (to check that nothing, not even a temporary file, was left). */
export const entries = (dir: string): string[] => readdirSync(dir).sort();

async function collect(src: Readable, t: NodeJS.ReadWriteStream): Promise<Buffer> {
  const out: Buffer[] = [];
  await pipeline(src, t, new Writable({ write(c: Buffer, _e, cb) { out.push(c); cb(); } }));
  return Buffer.concat(out);
}

/** Encrypt bytes in memory (fed in `pieces` of the given size, to exercise chunk boundaries). */
export async function encryptBytes(data: Buffer, recipients: readonly Recipient[], piece = 100_003): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += piece) parts.push(data.subarray(i, i + piece));
  return collect(Readable.from(parts), await createEncryptStream(recipients));
}

/** Decrypt bytes in memory. */
export async function decryptBytes(data: Buffer, identities: readonly Identity[], piece = 77_777): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += piece) parts.push(data.subarray(i, i + piece));
  return collect(Readable.from(parts), createDecryptStream(identities));
}

/** Decrypt and return the error code (or "ok"). */
export async function decryptCode(data: Buffer, identities: readonly Identity[]): Promise<string> {
  try {
    await decryptBytes(data, identities);
    return "ok";
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

/** Deterministic pseudo-random bytes (fast, no crypto needed for test data). */
export function pseudoRandom(n: number, seed = 1): Buffer {
  const b = Buffer.allocUnsafe(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}
