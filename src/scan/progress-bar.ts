/** A progress line on a terminal: bytes done of total, MB/s, findings. Draws at most every 100 ms. */
export interface ProgressBar {
  update(bytesDone: number, findings: number): void;
  /** Erase the line. */
  done(): void;
}

/**
 * A progress bar on `stream` when it is a TTY; a no-op otherwise (CI logs and pipes stay clean).
 *
 * @example const bar = createProgressBar(process.stderr, totalBytes); bar.update(n, 3); bar.done();
 */
export function createProgressBar(stream: NodeJS.WriteStream, totalBytes: number, now: () => number = Date.now): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const started = now();
  let last = 0;
  let drawn = false;
  return {
    update(done, findings) {
      const t = now();
      if (t - last < 100 && done < totalBytes) return;
      last = t;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
      const frac = totalBytes > 0 ? Math.min(1, done / totalBytes) : 1;
      const filled = Math.round(frac * width);
      const secs = Math.max((t - started) / 1000, 0.001);
      const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(done / 1e6).toFixed(1)}/${(totalBytes / 1e6).toFixed(1)} MB ${(done / 1e6 / secs).toFixed(1)} MB/s ${findings} finding(s)`;
      stream.write(`\r${line}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}
