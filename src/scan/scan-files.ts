import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync, renameSync, rmSync, type WriteStream } from "node:fs";
import { dirname } from "node:path";
import { fileChunks, readFileItems, type ReadLimits } from "./read-file-items.js";
import type { BatchResult, ScanBatch, ScanFinding, ScanFormat, ScanIssue } from "./scan-types.js";
import { severityOf } from "./severity.js";
import type { BatchRunner } from "./worker-pool.js";
import type { ScanTarget } from "./walk-files.js";

/** What happened to one file. */
export interface FileSummary {
  display: string;
  format: ScanFormat;
  bytes: number;
  /** JSONL lines / CSV data rows (0 for text). */
  records: number;
  /** Findings per type (`pii/EMAIL_ADDRESS`), suppressed ones included. */
  byType: Record<string, number>;
  findings: number;
  suppressed: number;
  sha256: string;
  /** Errors: records not scanned, detectors that failed. A file with errors has no redacted copy. */
  errors: ScanIssue[];
  notices: string[];
  /** The redacted copy, when written. */
  output?: { path: string; sha256: string; bytes: number };
  durationMs: number;
}

export interface ScanFilesOptions {
  runner: BatchRunner;
  limits: ReadLimits;
  /** CSV files have a header row (default true). */
  csvHeader?: boolean;
  /** Accepted fingerprints: findings with these are kept but marked suppressed. */
  baseline?: ReadonlySet<string>;
  /** Keep at most this many findings in memory (the rest are counted). */
  maxFindings: number;
  /** Output path of each file's redacted copy (only when redacting). */
  outputPath?: (target: ScanTarget) => string;
  /** Called for each finding, in file order (e.g. to print as they come); a returned promise is awaited (back-pressure). */
  onFinding?: (f: ScanFinding) => void | Promise<void>;
  /** Called with raw bytes read so far. */
  onProgress?: (bytesRead: number) => void;
}

export interface ScanFilesResult {
  files: FileSummary[];
  findings: ScanFinding[];
  /** Findings counted but not kept (over maxFindings). */
  dropped: number;
}

/** Resolves once a write stream has closed (at once if it already has). */
function closed(stream: WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => stream.once("close", () => resolve()));
}

/** Resolves when a write stream can take more, or has closed (after an error). */
function drainedOrClosed(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.once("drain", done);
    stream.once("close", done);
  });
}

/** The runner (a worker) failed: the scan stops (never reported as a problem of the file being read). */
export class RunnerFailure extends Error {
  override readonly name = "RunnerFailure";
}

interface FileState {
  target: ScanTarget;
  summary: FileSummary;
  hash: ReturnType<typeof createHash>;
  out?: { stream: WriteStream; tmp: string; final: string; hash: ReturnType<typeof createHash>; bytes: number; error?: Error };
  started: number;
  columns?: string[];
}

/**
 * Scan files in order through a runner (worker pool or inline), in bounded memory: reading awaits free capacity
 * (at most `runner.capacity` batches in flight), and results are consumed strictly in submission order, so
 * findings, redacted copies and summaries come out in file and line order whatever the worker that ran them.
 */
export async function scanFiles(targets: readonly ScanTarget[], opts: ScanFilesOptions): Promise<ScanFilesResult> {
  const findings: ScanFinding[] = [];
  let dropped = 0;
  const files: FileSummary[] = [];
  const inflight: { promise: Promise<BatchResult>; batch: ScanBatch; state: FileState; last: boolean }[] = [];
  let seq = 0;
  let bytesRead = 0;
  let current: FileState | undefined;
  let completed = false;

  const consume = async (): Promise<void> => {
    const head = inflight.shift();
    if (!head) return;
    let result: BatchResult;
    try {
      result = await head.promise;
    } catch (err) {
      throw new RunnerFailure((err as Error).message, { cause: err });
    }
    const st = head.state;
    for (let i = 0; i < result.results.length; i++) {
      const r = result.results[i] as (typeof result.results)[number];
      const item = head.batch.items[i];
      const isRecord = item !== undefined && ((item.kind === "json" && item.text.trim() !== "") || item.kind === "error" || (item.kind === "csv" && !item.header));
      if (isRecord) st.summary.records++;
      if (r.error) st.summary.errors.push(r.error);
      if (r.detectorErrors) for (const e of r.detectorErrors) if (st.summary.errors.length < 100 && !st.summary.errors.some((x) => x.message === e)) st.summary.errors.push({ code: "WARDEN_SCAN_DETECTOR_FAILED", message: e });
      if (r.notice && st.summary.notices.length < 100) st.summary.notices.push(r.notice);
      for (const f of r.findings) {
        const key = `${f.category}/${f.type}`;
        st.summary.byType[key] = (st.summary.byType[key] ?? 0) + 1;
        st.summary.findings++;
        const full: ScanFinding = { ...f, file: st.summary.display, ...(isRecord ? { record: st.summary.records } : {}), severity: severityOf(f.category, f.type) };
        if (opts.baseline?.has(f.fingerprint)) {
          full.suppressed = true;
          st.summary.suppressed++;
        }
        const waiting = opts.onFinding?.(full);
        if (waiting) await waiting;
        if (findings.length < opts.maxFindings) findings.push(full);
        else dropped++;
      }
      if (st.out && r.out !== undefined) {
        const buf = Buffer.from(r.out, "utf8");
        st.out.hash.update(buf);
        st.out.bytes += buf.length;
        if (!st.out.stream.write(buf) && !st.out.error) await drainedOrClosed(st.out.stream);
      }
    }
    if (head.last) await finishFile(st);
  };

  const finishFile = async (st: FileState): Promise<void> => {
    st.summary.sha256 = st.hash.digest("hex");
    st.summary.durationMs = Date.now() - st.started;
    if (st.out) {
      const out = st.out;
      out.stream.end();
      await closed(out.stream);
      if (out.error) st.summary.errors.push({ code: "WARDEN_SCAN_WRITE_FAILED", message: `cannot write the redacted copy: ${(out.error as NodeJS.ErrnoException).code ?? out.error.message}` });
      // Fail closed: a copy with records that could not be read or scanned is not written at all.
      if (st.summary.errors.length > 0) {
        rmSync(out.tmp, { force: true });
        st.summary.notices.push("no redacted copy written: the file has errors");
      } else {
        renameSync(out.tmp, out.final);
        st.summary.output = { path: out.final, sha256: out.hash.digest("hex"), bytes: out.bytes };
      }
    }
    files.push(st.summary);
  };

  const submit = async (batch: ScanBatch, state: FileState, last: boolean): Promise<void> => {
    while (inflight.length >= opts.runner.capacity) await consume();
    const promise = opts.runner.run(batch);
    promise.catch(() => {}); // awaited in consume(); avoid an unhandled rejection meanwhile
    inflight.push({ promise, batch, state, last });
  };

  try {
    for (const target of targets) {
      const state: FileState = {
        target,
        summary: { display: target.display, format: target.format, bytes: 0, records: 0, byType: {}, findings: 0, suppressed: 0, sha256: "", errors: [], notices: [], durationMs: 0 },
        hash: createHash("sha256"),
        started: Date.now(),
      };
      if (opts.outputPath) {
        const final = opts.outputPath(target);
        mkdirSync(dirname(final), { recursive: true });
        const tmp = `${final}.partial-${process.pid}`;
        const out: NonNullable<FileState["out"]> = { stream: createWriteStream(tmp, { mode: 0o600 }), tmp, final, hash: createHash("sha256"), bytes: 0 };
        // A write error (disk full) fails this file's copy instead of crashing the process.
        out.stream.on("error", (err) => {
          out.error ??= err;
        });
        state.out = out;
      }
      current = state;
      const chunks = fileChunks(target.path, (buf) => {
        state.hash.update(buf);
        state.summary.bytes += buf.length;
        bytesRead += buf.length;
        opts.onProgress?.(bytesRead);
      });
      let pending: ScanBatch | undefined;
      try {
        for await (const group of readFileItems(chunks, target.format, opts.limits, opts.csvHeader ?? true)) {
          if (group.columns) state.columns = group.columns;
          if (pending) await submit(pending, state, false);
          pending = { seq: seq++, file: target.display, items: group.items, ...(state.columns ? { columns: state.columns } : {}) };
        }
      } catch (err) {
        if (err instanceof RunnerFailure) throw err;
        state.summary.errors.push({ code: "WARDEN_SCAN_READ_FAILED", message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      }
      await submit(pending ?? { seq: seq++, file: target.display, items: [] }, state, true);
    }
    while (inflight.length > 0) await consume();
    completed = true;
  } finally {
    if (!completed) {
      // On a failure (a worker crashed), remove every partial copy.
      const states = new Set([...inflight.splice(0).map((h) => h.state), ...(current ? [current] : [])]);
      for (const st of states) if (st.out && !st.summary.output) {
        // Wait for the stream to close first: its file may not even be open yet, and removing it earlier would
        // let the pending open create it again.
        st.out.stream.destroy();
        await closed(st.out.stream);
        rmSync(st.out.tmp, { force: true });
      }
    }
  }
  return { files, findings, dropped };
}
