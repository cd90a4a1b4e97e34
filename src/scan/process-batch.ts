import type { DetectContext, MessageRole } from "../core/detector.js";
import type { Finding, FindingCategory } from "../core/finding.js";
import { createDetectionEngine, type DetectionEngine } from "../detect/engine.js";
import { maskValue } from "../detect/mask-value.js";
import { rawOffsetInToken, formatJsonPath, jsonStrings } from "./json-strings.js";
import { encodeCsvField } from "./csv-records.js";
import { findingFingerprint, redactToken } from "./redact-token.js";
import type { BatchResult, ItemResult, ScanBatch, ScanItem, WorkerSetup } from "./scan-types.js";

type OutFinding = ItemResult["findings"][number];

const ROLES = new Set<string>(["system", "developer", "user", "assistant", "tool"]);
// Enumerations in chat datasets: never sensitive, so not scanned.
const SKIPPED_KEYS = new Set(["role", "type"]);
// Inline images/files (`data:image/png;base64,...`) are binary payloads, not text to scan.
const DATA_URI = /^data:[\w.+-]+\/[\w.+-]+;base64,/;

/** 0-based offsets of each line start in `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Line index (0-based) containing offset `at`. */
function lineIndex(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Replace spans (sorted by start; overlaps merged into the earlier one) with tokens. */
function replaceSpans(text: string, spans: readonly { start: number; end: number; token: string }[]): string {
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlaps a span already replaced
    out += text.slice(at, s.start) + s.token;
    at = s.end;
  }
  return out + text.slice(at);
}

/**
 * The work of one worker: a detection engine (built once) applied to batches of records. Pure apart from the
 * engine: the same batch gives the same result, in any worker. Values leave it only masked, hashed or tokenised.
 */
export function createBatchProcessor(setup: WorkerSetup): (batch: ScanBatch) => BatchResult {
  const engine: DetectionEngine = createDetectionEngine({
    ...(setup.engine.enable && setup.engine.enable.length > 0 ? { enable: setup.engine.enable } : {}),
    ...(setup.engine.disable && setup.engine.disable.length > 0 ? { disable: setup.engine.disable } : {}),
    ...(setup.engine.customRules ? { customRules: setup.engine.customRules } : {}),
    ...(setup.engine.allowlist !== undefined ? { allowlist: setup.engine.allowlist } : {}),
  });
  const categories = new Set<FindingCategory>(setup.categories);
  const excluded = new Set(setup.excludeTypes);
  const redactKey = setup.redactKey ? Buffer.from(setup.redactKey, "hex") : undefined;
  const fpKey = setup.fingerprintKey ? Buffer.from(setup.fingerprintKey, "hex") : undefined;

  /** Findings in one text, kept: category reported, type not excluded, above threshold unless `all`. */
  function detect(text: string, context: DetectContext, errors: string[]): Finding[] {
    const r = engine.detect(text, context);
    for (const e of r.errors) errors.push(`detector ${e.detector} failed${e.view ? ` on the ${e.view} view` : ""}: ${e.message}`);
    return r.findings.filter((f) => categories.has(f.category) && !excluded.has(f.type) && (setup.all || engine.isActionable(f)));
  }

  function finding(f: Finding, value: string, file: string, field: string | undefined, line: number, column: number, endLine: number, endColumn: number): OutFinding {
    return {
      line,
      column,
      endLine,
      endColumn,
      ...(field !== undefined ? { field } : {}),
      detector: f.detector,
      category: f.category,
      type: f.type,
      score: Math.round(f.score * 1000) / 1000,
      masked: maskValue(value),
      fingerprint: findingFingerprint(fpKey, { type: `${f.category}/${f.type}`, file, ...(field !== undefined ? { field } : {}), value }),
    };
  }

  const token = (f: Finding, value: string): string => redactToken(redactKey as Buffer, f.type, value);

  /** A text chunk (or a malformed JSON line scanned as text): locate by line starts. */
  function processText(text: string, line: number, column: number, file: string, eol: string, errors: string[]): ItemResult {
    const found = detect(text, { direction: "request" }, errors);
    const starts = found.length > 0 ? lineStarts(text) : [];
    const at = (offset: number): { line: number; column: number } => {
      const li = lineIndex(starts, offset);
      return { line: line + li, column: offset - (starts[li] as number) + 1 + (li === 0 ? column - 1 : 0) };
    };
    const findings = found.map((f) => {
      const s = at(f.start);
      const e = at(f.end);
      return finding(f, text.slice(f.start, f.end), file, undefined, s.line, s.column, e.line, e.column);
    });
    const result: ItemResult = { findings };
    if (redactKey) result.out = (found.length > 0 ? replaceSpans(text, found.map((f) => ({ start: f.start, end: f.end, token: token(f, text.slice(f.start, f.end)) }))) : text) + eol;
    return result;
  }

  function processJson(item: Extract<ScanItem, { kind: "json" }>, file: string, errors: string[]): ItemResult {
    if (item.text.trim() === "") return { findings: [], ...(redactKey ? { out: item.text + item.eol } : {}) };
    let doc: unknown;
    try {
      doc = JSON.parse(item.text);
    } catch {
      const r = processText(item.text, item.line, 1, file, item.eol, errors);
      return { ...r, notice: `line ${item.line}: malformed JSON, scanned as text` };
    }
    const findings: OutFinding[] = [];
    const edits: { start: number; end: number; token: string }[] = [];
    for (const s of jsonStrings(item.text)) {
      const last = s.segments[s.segments.length - 1];
      if ((typeof last === "string" && SKIPPED_KEYS.has(last) && s.value.length <= 64) || (s.value.length > 4096 && DATA_URI.test(s.value))) continue;
      const found = detect(s.value, contextFor(doc, s.segments), errors);
      if (found.length === 0) continue;
      const field = formatJsonPath(s.segments);
      let replaced = "";
      let at = 0;
      for (const f of found) {
        const value = s.value.slice(f.start, f.end);
        const col = s.rawStart + rawOffsetInToken(item.text, s.rawStart, f.start) + 1;
        const endCol = s.rawStart + rawOffsetInToken(item.text, s.rawStart, f.end) + 1;
        findings.push(finding(f, value, file, field, item.line, col, item.line, endCol));
        if (redactKey && f.start >= at) {
          replaced += s.value.slice(at, f.start) + token(f, value);
          at = f.end;
        }
      }
      if (redactKey) edits.push({ start: s.rawStart, end: s.rawEnd, token: JSON.stringify(replaced + s.value.slice(at)) });
    }
    const result: ItemResult = { findings };
    if (redactKey) result.out = replaceSpans(item.text, edits) + item.eol;
    return result;
  }

  function processCsv(item: Extract<ScanItem, { kind: "csv" }>, batch: ScanBatch, errors: string[]): ItemResult {
    const findings: OutFinding[] = [];
    let out: string[] | undefined;
    item.fields.forEach((value, i) => {
      if (value === "") return;
      const found = detect(value, { direction: "request" }, errors);
      if (found.length === 0) return;
      const field = item.header ? `header[${i}]` : (batch.columns?.[i] ?? `column ${i + 1}`);
      const raw = item.raw[i] as string;
      const quoted = raw.length >= 2 && raw.startsWith('"');
      // Raw offset of a decoded index: the opening quote, plus one extra for each `""` before it.
      const rawAt = (k: number): number => (quoted ? 1 + k + (value.slice(0, k).match(/"/g)?.length ?? 0) : k);
      const starts = lineStarts(raw);
      const locate = (k: number): { line: number; column: number } => {
        const off = rawAt(k);
        const li = lineIndex(starts, off);
        return { line: (item.lines[i] as number) + li, column: li === 0 ? (item.columns[i] as number) + off : off - (starts[li] as number) + 1 };
      };
      for (const f of found) {
        const s = locate(f.start);
        const e = locate(f.end);
        findings.push(finding(f, value.slice(f.start, f.end), batch.file, field, s.line, s.column, e.line, e.column));
      }
      if (redactKey) {
        out ??= [...item.raw];
        out[i] = encodeCsvField(replaceSpans(value, found.map((f) => ({ start: f.start, end: f.end, token: token(f, value.slice(f.start, f.end)) }))), item.delimiter, quoted);
      }
    });
    const result: ItemResult = { findings };
    if (redactKey) result.out = (out ?? item.raw).join(item.delimiter) + item.eol;
    return result;
  }

  return (batch) => ({
    seq: batch.seq,
    results: batch.items.map((item): ItemResult => {
      const errors: string[] = [];
      let r: ItemResult;
      switch (item.kind) {
        case "text":
          r = processText(item.text, item.line, item.column, batch.file, "", errors);
          break;
        case "json":
          r = processJson(item, batch.file, errors);
          break;
        case "csv":
          r = processCsv(item, batch, errors);
          break;
        case "error":
          return { findings: [], error: `line ${item.line}: ${item.message}` };
      }
      if (errors.length > 0) r.detectorErrors = errors;
      return r;
    }),
  });
}

/** Detection context of a string in a chat record: the role of the message it belongs to, when there is one. */
function contextFor(doc: unknown, segments: readonly (string | number)[]): DetectContext {
  // Find the innermost object on the path that has a string `role` (messages[i], a preference output, ...).
  let node: unknown = doc;
  let role: string | undefined;
  for (const s of segments) {
    if (typeof node === "object" && node !== null && !Array.isArray(node)) {
      const r = (node as Record<string, unknown>).role;
      if (typeof r === "string") role = r;
    }
    node = typeof node === "object" && node !== null ? (node as Record<string | number, unknown>)[s] : undefined;
  }
  if (role === "human") role = "user";
  return { direction: "request", ...(role && ROLES.has(role) ? { role: role as MessageRole } : {}) };
}
