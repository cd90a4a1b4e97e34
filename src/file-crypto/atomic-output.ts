import { randomBytes } from "node:crypto";
import { constants, unlinkSync } from "node:fs";
import { type FileHandle, link, mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Writable } from "node:stream";
import { WardenError } from "../core/warden-error.js";

/** Temporary files being written, removed by `removeTempFilesSync` (e.g. on SIGINT) so no partial output survives. */
const active = new Set<string>();

/** Delete every temporary output still being written (synchronous: safe in a signal handler). */
export function removeTempFilesSync(): void {
  for (const p of active) {
    try {
      unlinkSync(p);
    } catch {
      // already gone
    }
  }
  active.clear();
}

const ioError = (what: string, err: unknown): WardenError =>
  new WardenError("WARDEN_CRYPTO_IO", { message: `Cannot ${what}: ${(err as NodeJS.ErrnoException).code ?? "error"}.`, cause: err });

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A Writable onto an open file that batches writes (writev) and fsyncs before it finishes. */
function fileSink(handle: FileHandle): Writable {
  return new Writable({
    highWaterMark: 1024 * 1024,
    writev(chunks, cb) {
      handle.writev(chunks.map((c) => c.chunk as Buffer)).then(() => cb(), cb);
    },
    final(cb) {
      handle.sync().then(() => cb(), cb);
    },
  });
}

/** Refuse early (before any work) when `target` exists and `force` is off. */
export async function assertWritable(target: string, force: boolean): Promise<void> {
  if (!force && (await exists(target))) throw new WardenError("WARDEN_CRYPTO_OUTPUT_EXISTS", { message: `${target} already exists (use --force to overwrite).` });
}

/**
 * Write `target` all-or-nothing: `write` fills a temporary file in the target's directory (created with `mode`,
 * exclusive), which is fsynced and renamed over the target only when `write` resolves. Without `force` the target
 * is created by `link`, which fails if it appeared meanwhile. On any failure the temporary file is deleted, so a
 * failed decryption leaves no plaintext behind.
 */
export async function writeAtomically(target: string, opts: { mode: number; force: boolean }, write: (out: Writable) => Promise<void>): Promise<void> {
  await assertWritable(target, opts.force);
  const dir = dirname(target);
  await mkdir(dir, { recursive: true }).catch((err: unknown) => {
    throw ioError(`create directory ${dir}`, err);
  });
  const tmp = join(dir, `.${basename(target)}.${randomBytes(6).toString("hex")}.warden-tmp`);
  const handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, opts.mode).catch((err: unknown) => {
    throw ioError(`create a temporary file in ${dir}`, err);
  });
  active.add(tmp);
  let closed = false;
  try {
    await write(fileSink(handle));
    await handle.close();
    closed = true;
    if (opts.force) {
      await rename(tmp, target);
    } else {
      try {
        await link(tmp, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "EEXIST") throw new WardenError("WARDEN_CRYPTO_OUTPUT_EXISTS", { message: `${target} already exists (use --force to overwrite).` });
        // Filesystems without hard links: check, then rename (a narrow race instead of none).
        await assertWritable(target, false);
        await rename(tmp, target);
      }
      await unlink(tmp).catch(() => undefined);
    }
    active.delete(tmp);
    const d = await open(dir, "r").catch(() => undefined);
    if (d) await d.sync().catch(() => undefined).finally(() => d.close());
  } catch (err) {
    if (!closed) await handle.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    active.delete(tmp);
    throw WardenError.isInstance(err) ? err : ioError(`write ${target}`, err);
  }
}
