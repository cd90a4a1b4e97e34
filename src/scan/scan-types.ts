import type { ErrorCode } from "../core/error-codes.js";
import type { FindingCategory } from "../core/finding.js";

/** A problem with a file or a record: a stable code (see docs/api.md) and a message without data values. */
export interface ScanIssue {
  code: ErrorCode;
  message: string;
}

/** Input formats `warden scan` reads. */
export type ScanFormat = "jsonl" | "csv" | "tsv" | "text";

/** Severity of a finding type (see severity.ts for the table). */
export type Severity = "low" | "medium" | "high" | "critical";

/**
 * One unit of work sent to a worker, in file order:
 * - `text`: a chunk of whole lines (with their line endings), starting at `line`/`column` (1-based);
 * - `json`: one JSONL record (without its line ending, `eol` kept apart);
 * - `csv`: one CSV record: decoded fields, their raw text (quotes included) and where each starts.
 * - `error`: a record that could not be read (too long, ...): reported, never written to a redacted copy.
 */
export type ScanItem =
  | { kind: "text"; text: string; line: number; column: number }
  | { kind: "json"; text: string; line: number; eol: string }
  | { kind: "csv"; fields: string[]; raw: string[]; lines: number[]; columns: number[]; eol: string; header: boolean; delimiter: string }
  | { kind: "error"; line: number; message: string; code: "WARDEN_SCAN_RECORD_TOO_LONG" | "WARDEN_SCAN_CSV_SYNTAX" };

/** A batch of items of one file. */
export interface ScanBatch {
  seq: number;
  /** Path as reported (relative, forward slashes). */
  file: string;
  items: ScanItem[];
  /** Column names of a CSV file (from its header), by index. */
  columns?: string[];
}

/** A finding located in a file; never carries the value, only its mask. */
export interface ScanFinding {
  file: string;
  /** 1-based line and column (UTF-16 code units) of the start, and of the end (exclusive column). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Record number (1-based) for JSONL/CSV, the data rows only for CSV with a header; absent for text. */
  record?: number;
  /** Field path within the record: `messages[3].content`, a CSV column name; absent for text. */
  field?: string;
  detector: string;
  category: FindingCategory;
  type: string;
  score: number;
  severity: Severity;
  /** The value masked (`jo************om`). */
  masked: string;
  /** Stable fingerprint (hex): rule, file, field and a keyed hash of the value; never the value. */
  fingerprint: string;
  /** Set when a baseline accepted it. */
  suppressed?: boolean;
}

/** What a worker returns for one item. */
export interface ItemResult {
  findings: Omit<ScanFinding, "file" | "severity" | "record">[];
  /** Redacted output text for this item (line ending included), when redacting. */
  out?: string;
  /** A problem with this record (it is not written to a redacted copy). */
  error?: ScanIssue;
  /** Detector failures on this record (the engine ran, a detector threw). */
  detectorErrors?: string[];
  /** Something worth telling that did not stop the scan (a malformed JSON line scanned as text). */
  notice?: string;
}

/** What a worker returns for one batch. */
export interface BatchResult {
  seq: number;
  results: ItemResult[];
}

/** Options every worker gets once. */
export interface WorkerSetup {
  engine: { enable?: string[]; disable?: string[]; customRules?: unknown[]; allowlist?: unknown };
  /** Categories reported (others are ignored). */
  categories: FindingCategory[];
  /** Types never reported. */
  excludeTypes: string[];
  /** Include findings below their detector's threshold. */
  all: boolean;
  /** Key for redaction tokens (hex), when redacting. */
  redactKey?: string;
  /** Key for fingerprints (hex), empty for unkeyed SHA-256. */
  fingerprintKey: string;
}
