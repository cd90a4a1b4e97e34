/**
 * Dataset and file scanning (`warden scan`): walk inputs, read JSONL/CSV/text in streaming records, run the
 * detection engine in worker threads, report findings (masked, fingerprinted) and write redacted copies.
 * See docs/scan.md.
 */
export { walkFiles, formatOf, DEFAULT_IGNORES, type ScanTarget, type SkippedFile, type WalkOptions } from "./walk-files.js";
export { scanFiles, type FileSummary, type ScanFilesOptions, type ScanFilesResult } from "./scan-files.js";
export { createInlineRunner, createWorkerPool, type BatchRunner } from "./worker-pool.js";
export { readBaseline, writeBaseline, BaselineError } from "./baseline.js";
export { parseFailOn, matchesFailOn, type FailOn } from "./fail-on.js";
export { severityOf, SEVERITIES, SECURITY_SEVERITY } from "./severity.js";
export { formatFindingLine, formatTextSummary, formatJsonReport, formatSarifReport, formatJUnitReport, reportTotals, type ScanReport } from "./scan-report.js";
export { createProgressBar } from "./progress-bar.js";
export { buildRedactionManifest, writeRedactionManifest } from "./redaction-manifest.js";
export type { ScanFinding, ScanFormat, ScanIssue, Severity, WorkerSetup } from "./scan-types.js";
