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

const TOKEN = /^<[A-Z0-9_]{1,64}_[0-9a-f]{10}>$/;

/**
 * Is the span a finding *caused by* one of our redaction tokens (`<GITHUB_PAT_1a2b3c4d5e>`): inside the token and
 * reaching into its hex part (which can look like a secret near a keyword)? Those are dropped so a redacted copy
 * scans clean. A finding that lies wholly in the name part is kept: a real key dressed up as a token name
 * (`<AKIA…_0123456789>`) is still reported.
 */
function insideToken(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("<", start);
  if (open === -1 || start - open > 66) return false;
  const close = text.indexOf(">", open);
  if (close === -1 || close - open > 76 || end > close + 1 || !TOKEN.test(text.slice(open, close + 1))) return false;
  const hexStart = close - 10;
  return end > hexStart;
}

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

/** A string to scan and, once scanned, its findings (spans within `text`). */
interface Unit {
  text: string;
  /**
   * Scanned right before the text, as its label, and not part of it: a CSV cell's column name (`city = `), so that
   * "Hamburg" under `city` reads as a place and "Weber" under `last_name` as a name. Findings inside it are dropped.
   */
  label?: string;
  context: DetectContext;
  found: Finding[];
}

/** Texts are joined with a paragraph break; findings that straddle one are dropped (they belong to no unit). */
const SEPARATOR = "\n\n";
/** Join units into texts of about this many UTF-16 units: the engine has a fixed cost per call (segmenting, views). */
const JOIN_CHARS = 128 * 1024;

/**
 * The work of one worker: a detection engine (built once from `setup.engine`, or the one given, which must have
 * been built from the same options) applied to batches of records. Pure apart from the
 * engine: the same batch gives the same result, in any worker. Values leave it only masked, hashed or tokenised.
 *
 * Short strings (JSONL fields, CSV cells) are scanned joined into texts of ~128 KiB per message role, because
 * the engine's cost per call dominates on short texts (measured 4.5 MB/s one line per call vs 19 MB/s on 256 KiB
 * chunks, same text); spans are mapped back to each string.
 */
export function createBatchProcessor(setup: WorkerSetup, built?: DetectionEngine): (batch: ScanBatch) => BatchResult {
  const engine: DetectionEngine = built ?? createDetectionEngine({
    ...(setup.engine.enable && setup.engine.enable.length > 0 ? { enable: setup.engine.enable } : {}),
    ...(setup.engine.disable && setup.engine.disable.length > 0 ? { disable: setup.engine.disable } : {}),
    ...(setup.engine.customRules ? { customRules: setup.engine.customRules } : {}),
    ...(setup.engine.allowlist !== undefined ? { allowlist: setup.engine.allowlist } : {}),
  });
  const categories = new Set<FindingCategory>(setup.categories);
  const excluded = new Set(setup.excludeTypes);
  const redactKey = setup.redactKey ? Buffer.from(setup.redactKey, "hex") : undefined;
  const fpKey = setup.fingerprintKey ? Buffer.from(setup.fingerprintKey, "hex") : undefined;
  const keep = (f: Finding): boolean => categories.has(f.category) && !excluded.has(f.type) && (setup.all || engine.isActionable(f));

  /** Scan every unit: grouped by context, joined up to JOIN_CHARS, findings mapped back. Returns detector errors. */
  function scanUnits(units: readonly Unit[]): string[] {
    const errors = new Set<string>();
    const groups = new Map<string, Unit[]>();
    for (const u of units) {
      if (u.text === "") continue;
      const key = `${u.context.direction}/${u.context.role ?? ""}`;
      const g = groups.get(key);
      if (g) g.push(u);
      else groups.set(key, [u]);
    }
    const run = (members: Unit[], starts: number[], text: string, context: DetectContext): void => {
      const r = engine.detect(text, context);
      for (const e of r.errors) errors.add(`detector ${e.detector} failed${e.view ? ` on the ${e.view} view` : ""}: ${e.message}`);
      for (const f of r.findings) {
        if (!keep(f)) continue;
        // The unit containing the start (binary search), if the finding ends inside it too.
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((starts[mid] as number) <= f.start) lo = mid;
          else hi = mid - 1;
        }
        const u = members[lo] as Unit;
        const base = starts[lo] as number;
        if (f.start < base || f.end > base + u.text.length) continue;
        const local = base === 0 ? f : { ...f, start: f.start - base, end: f.end - base };
        if (!insideToken(u.text, local.start, local.end)) u.found.push(local);
      }
    };
    for (const group of groups.values()) {
      const context = (group[0] as Unit).context;
      let members: Unit[] = [];
      let starts: number[] = [];
      let parts: string[] = [];
      let size = 0;
      const flush = (): void => {
        if (members.length > 0) run(members, starts, parts.join(SEPARATOR), context);
        members = [];
        starts = [];
        parts = [];
        size = 0;
      };
      for (const u of group) {
        const label = u.label ?? "";
        if (size > 0 && size + label.length + u.text.length > JOIN_CHARS) flush();
        if (members.length > 0) size += SEPARATOR.length;
        // the unit's own text starts after its label: a finding in the label maps to no unit (it ends past the
        // previous unit's text) and is dropped
        starts.push(size + label.length);
        members.push(u);
        parts.push(label + u.text);
        size += label.length + u.text.length;
      }
      flush();
    }
    return [...errors];
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
  const sorted = (fs: Finding[]): Finding[] => fs.sort((a, b) => a.start - b.start || b.end - a.end);

  /** Findings of a text chunk (or a malformed JSON line scanned as text), located by line starts. */
  function textResult(u: Unit, line: number, column: number, file: string, eol: string): ItemResult {
    const text = u.text;
    const found = sorted(u.found);
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

  type Pending = (() => ItemResult) | ItemResult;

  /** Plan one JSONL record: its string values become units; the result is built after the scan. */
  function planJson(item: Extract<ScanItem, { kind: "json" }>, file: string, units: Unit[]): Pending {
    if (item.text.trim() === "") return { findings: [], ...(redactKey ? { out: item.text + item.eol } : {}) };
    // A byte order mark on the first line belongs to the file: parse after it, keep it in the output.
    const bom = item.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let doc: unknown;
    try {
      doc = JSON.parse(bom ? item.text.slice(1) : item.text);
    } catch {
      const u: Unit = { text: item.text, context: { direction: "request" }, found: [] };
      units.push(u);
      return () => ({ ...textResult(u, item.line, 1, file, item.eol), notice: `line ${item.line}: malformed JSON, scanned as text` });
    }
    const strings = jsonStrings(bom ? item.text.slice(1) : item.text).map((s) => (bom ? { ...s, rawStart: s.rawStart + 1, rawEnd: s.rawEnd + 1 } : s)).filter((s) => {
      const last = s.segments[s.segments.length - 1];
      return !((typeof last === "string" && SKIPPED_KEYS.has(last) && s.value.length <= 64) || (s.value.length > 4096 && DATA_URI.test(s.value)));
    });
    const mine = strings.map((s) => {
      const u: Unit = { text: s.value, context: contextFor(doc, s.segments), found: [] };
      units.push(u);
      return u;
    });
    return () => {
      const findings: OutFinding[] = [];
      const edits: { start: number; end: number; token: string }[] = [];
      strings.forEach((s, i) => {
        const found = sorted((mine[i] as Unit).found);
        if (found.length === 0) return;
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
      });
      const result: ItemResult = { findings };
      if (redactKey) result.out = replaceSpans(item.text, edits) + item.eol;
      return result;
    };
  }

  /** Plan one CSV record: each non-empty field is a unit. */
  function planCsv(item: Extract<ScanItem, { kind: "csv" }>, batch: ScanBatch, units: Unit[]): Pending {
    const mine = item.fields.map((value, i) => {
      const column = item.header ? undefined : batch.columns?.[i];
      const u: Unit = { text: value, context: { direction: "request" }, found: [], ...(column ? { label: `${column.slice(0, 64)} = ` } : {}) };
      units.push(u);
      return u;
    });
    return () => {
      const findings: OutFinding[] = [];
      let out: string[] | undefined;
      item.fields.forEach((value, i) => {
        const found = sorted((mine[i] as Unit).found);
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
    };
  }

  return (batch) => {
    const units: Unit[] = [];
    const plans: Pending[] = batch.items.map((item): Pending => {
      switch (item.kind) {
        case "text": {
          const u: Unit = { text: item.text, context: { direction: "request" }, found: [] };
          units.push(u);
          return () => textResult(u, item.line, item.column, batch.file, "");
        }
        case "json":
          return planJson(item, batch.file, units);
        case "csv":
          return planCsv(item, batch, units);
        case "error":
          return { findings: [], error: { code: item.code, message: `line ${item.line}: ${item.message}` } };
      }
    });
    const errors = scanUnits(units);
    const results = plans.map((p) => (typeof p === "function" ? p() : p));
    // Detector failures make the whole batch suspect (fail closed): reported on every scanned item of it.
    if (errors.length > 0) for (const r of results) if (!r.error) r.detectorErrors = errors;
    return { seq: batch.seq, results };
  };
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
  // Anthropic records keep the system prompt in a top-level `system` (a string or text blocks).
  if (role === undefined && segments[0] === "system") role = "system";
  return { direction: "request", ...(role && ROLES.has(role) ? { role: role as MessageRole } : {}) };
}
