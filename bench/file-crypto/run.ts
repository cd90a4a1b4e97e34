/**
 * `npm run bench:file-crypto`: throughput and memory of `warden encrypt`/`decrypt` (age v1), one core.
 *   1. stream encrypt: BENCH_MB (default 1024) MiB of generated data → ciphertext, discarded;
 *   2. file encrypt: a sparse BENCH_MB MiB file → `.age` on disk (temporary file, fsync, rename);
 *   3. stream decrypt: that `.age` file → plaintext, discarded (decryption alone);
 *   4. file decrypt: that `.age` file → a file on disk (temporary file, fsync, rename);
 *   5. the pure-JS age-encryption package on BENCH_AGE_MB (default 64) MiB in the same run, as a ratio.
 * Each line gives MiB per CPU-second of this process (stable on a shared machine; "user-only" leaves out the
 * kernel's time for file I/O), wall-clock MiB/s, and the peak RSS so far: constant memory means it does not grow
 * with BENCH_MB.
 */
import { randomBytes } from "node:crypto";
import { closeSync, createReadStream, ftruncateSync, mkdtempSync, openSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Encrypter } from "age-encryption";
import { createDecryptStream, createEncryptStream, decryptFile, encryptFile, X25519Identity } from "../../src/file-crypto/index.js";

const MB = Number(process.env["BENCH_MB"] ?? 1024);
const AGE_MB = Number(process.env["BENCH_AGE_MB"] ?? 64);
const BLOCK = randomBytes(1 << 20);

/** `mb` MiB of data, the same random 1 MiB block repeated (generated, so memory stays flat). */
const source = (mb: number): Readable => Readable.from((function* () { for (let i = 0; i < mb; i++) yield BLOCK; })());
const discard = (): Writable => new Writable({ highWaterMark: 1 << 20, write(_c: Buffer, _e, cb) { cb(); } });
const maxRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Run `f` over `mb` MiB; print MiB per CPU-second, wall MiB/s and peak RSS; return the CPU seconds. */
async function measure(label: string, mb: number, f: () => Promise<void>): Promise<number> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  const c = process.cpuUsage(c0);
  const cpuS = (c.user + c.system) / 1e6;
  const wallS = (performance.now() - t0) / 1000;
  const userS = c.user / 1e6;
  console.log(`${label.padEnd(44)} ${(mb / cpuS).toFixed(0).padStart(5)} MiB/cpu-s (${(mb / userS).toFixed(0).padStart(5)} user-only)  ${(mb / wallS).toFixed(0).padStart(5)} MiB/s wall  peak RSS ${maxRssMiB()} MiB`);
  return cpuS;
}

const id = X25519Identity.generate();
console.log(`node ${process.version}; ${MB} MiB; peak RSS at start ${maxRssMiB()} MiB`);
await measure("1. stream encrypt (generated → discarded)", MB, async () => {
  await pipeline(source(MB), await createEncryptStream([id.recipient()]), discard());
});
const dir = mkdtempSync(join(tmpdir(), "warden-bench-fc-"));
try {
  const plain = join(dir, "snapshot.bin");
  const fd = openSync(plain, "w");
  ftruncateSync(fd, MB * 1048576); // sparse: reading it costs no disk I/O
  closeSync(fd);
  await measure("2. file encrypt (sparse file → .age, fsync)", MB, () => encryptFile(plain, `${plain}.age`, [id.recipient()]));
  rmSync(plain);
  await measure("3. stream decrypt (.age → discarded)", MB, () => pipeline(createReadStream(`${plain}.age`, { highWaterMark: 1 << 20 }), createDecryptStream([id]), discard()));
  await measure("4. file decrypt (.age → file, fsync, rename)", MB, () => decryptFile(`${plain}.age`, join(dir, "out.bin"), [id]));
  if (statSync(join(dir, "out.bin")).size !== MB * 1048576) throw new Error("decrypted size mismatch");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const ours = await measure(`5a. warden stream encrypt, ${AGE_MB} MiB`, AGE_MB, async () => {
  await pipeline(source(AGE_MB), await createEncryptStream([id.recipient()]), discard());
});
const theirs = await measure(`5b. age-encryption (pure JS) encrypt, ${AGE_MB} MiB`, AGE_MB, async () => {
  const e = new Encrypter();
  e.addRecipient(id.recipient().toString());
  const web = await e.encrypt(Readable.toWeb(source(AGE_MB)) as ReadableStream<Uint8Array>);
  for await (const _c of web as unknown as AsyncIterable<Uint8Array>) void _c;
});
console.log(`warden is ${(theirs / ours).toFixed(1)}x faster than age-encryption per CPU-second (same run)`);
