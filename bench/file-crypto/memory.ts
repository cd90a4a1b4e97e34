/**
 * Constant memory check: `node --import tsx bench/file-crypto/memory.ts [MiB...]` (default 64 1024 4096) runs, in a
 * fresh process per size, generated data → encrypt → decrypt → discarded (the whole age pipeline, one core), and
 * prints the peak RSS of each and the peak memory held in Buffers (sampled every 4 MiB of output: the data in flight and garbage not yet collected).
 * and, every 256 MiB, the Buffer memory still live after a forced GC (what the pipeline really holds). Constant
 * memory means the live figure does not grow with the size.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createDecryptStream, createEncryptStream, X25519Identity } from "../../src/file-crypto/index.js";

const child = process.env["WARDEN_MEMORY_CHILD_MB"];
if (child !== undefined) {
  const mb = Number(child);
  const block = randomBytes(1 << 20);
  const id = X25519Identity.generate();
  let bytes = 0;
  let peakBuffers = 0;
  let peakLive = 0;
  const t0 = performance.now();
  await pipeline(
    Readable.from((function* () { for (let i = 0; i < mb; i++) yield block; })()),
    await createEncryptStream([id.recipient()]),
    createDecryptStream([id]),
    new Writable({ highWaterMark: 1 << 20, write(c: Buffer, _e, cb) {
      // Sample the memory held in Buffers about every 4 MiB of output (a timer would not fire: the pipeline never yields).
      if (((bytes + c.length) >> 22) !== (bytes >> 22)) peakBuffers = Math.max(peakBuffers, process.memoryUsage().arrayBuffers);
      // Every 256 MiB, collect garbage first: what remains is what the pipeline really holds.
      if (((bytes + c.length) >> 28) !== (bytes >> 28)) {
        (globalThis as { gc?: () => void }).gc?.();
        peakLive = Math.max(peakLive, process.memoryUsage().arrayBuffers);
      }
      bytes += c.length;
      cb();
    } }),
  );
  if (bytes !== mb * 1048576) throw new Error("size mismatch");
  const s = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ mb, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), peakBuffersMiB: Math.round(peakBuffers / 104857.6) / 10, liveBuffersMiB: Math.round(peakLive / 104857.6) / 10, seconds: Math.round(s * 10) / 10 }) + "\n");
} else {
  const sizes = process.argv.slice(2).map(Number);
  for (const mb of sizes.length > 0 ? sizes : [64, 1024, 4096]) {
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url)], { env: { ...process.env, WARDEN_MEMORY_CHILD_MB: String(mb) }, encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    const { peakRssMiB, peakBuffersMiB, liveBuffersMiB, seconds } = JSON.parse(r.stdout) as { peakRssMiB: number; peakBuffersMiB: number; liveBuffersMiB: number; seconds: number };
    console.log(`${String(mb).padStart(6)} MiB encrypted and decrypted in ${seconds} s: peak RSS ${peakRssMiB} MiB; Buffers: peak ${peakBuffersMiB} MiB, live after GC ${liveBuffersMiB} MiB`);
  }
}
