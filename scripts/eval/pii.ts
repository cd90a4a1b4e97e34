/**
 * Evaluate the PII detectors: per-entity tp/fp/fn/precision/recall/F1.
 *
 *   node --import tsx scripts/eval/pii.ts
 *
 * Data:
 *  1. `../shared/data/pii/presidio_recognizer_tests.jsonl` (Presidio's recognizer test cases). Each row
 *     tests one recognizer and only labels that entity, so a row is scored for its `entity_under_test`
 *     only ("in-scope"). Hits of other types in those rows are counted separately as unlabelled extras
 *     (a bare 9-digit number may really be an SSN and an ABA number at once).
 *     Rows whose entity we do not detect are reported under `unsupported`.
 *  2. Generated realistic sentences (scripts/gen/pii-sentences.ts, fixed seed): prose, chat, e-mails,
 *     forms, JSON logs and code with names, addresses and identifiers, plus hard negatives. All
 *     entities are labelled there, so every finding counts.
 *
 * A finding counts only if its score reaches the default threshold for its type (`piiThresholds`).
 * Span matching: a prediction and a gold span of the same type match when their intersection-over-union
 * is at least 0.5 (so surrounding quotes or a leading space in a label do not matter). Matching is
 * one-to-one, greedy by IoU.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "../../src/core/finding.js";
import { piiDetectors, piiThresholds } from "../../src/detect/pii/index.js";
import { generateHardNegatives } from "../gen/pii-hard-negatives.js";
import { generateHoldoutSentences } from "../gen/pii-holdout-sentences.js";
import { generateIdSentences } from "../gen/pii-id-sentences.js";
import { generatePiiSentences, type LabelledText } from "../gen/pii-sentences.js";

export interface EntityMetrics {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface PiiEvalSection {
  name: string;
  rows: number;
  perEntity: Record<string, EntityMetrics>;
  /** Micro-average over the supported entity types of this section. */
  micro: EntityMetrics;
  /** Gold spans of entity types no PII detector reports (not in the metrics). */
  unsupported: Record<string, number>;
  /** Hits of other supported types in rows that did not label them (Presidio in-scope only). */
  unlabelledExtras?: Record<string, number>;
  /**
   * Missed gold spans (false negatives) that a detector did report with the right type and span, but scored below
   * the threshold (bare numbers with a weak check, dates without birth context, loopback addresses), per type.
   */
  missesBelowThreshold?: Record<string, number>;
}

/** False positives on texts that hold no personal data (every actionable finding is one). */
export interface HardNegativeReport {
  name: string;
  rows: number;
  /** Rows with at least one actionable PII finding. */
  flaggedRows: number;
  /** Actionable findings per entity type. */
  byType: Record<string, number>;
  /** Rows and flagged rows per kind of look-alike. */
  byKind: Record<string, { rows: number; flagged: number }>;
}

export interface PiiEvalReport {
  matchingRule: string;
  thresholds: Readonly<Record<string, number>>;
  sections: PiiEvalSection[];
  hardNegatives: HardNegativeReport;
  /** Wall time of detection only, and the text volume, for a rough throughput figure. */
  detectMs: number;
  bytes: number;
}

interface GoldSpan {
  start: number;
  end: number;
  label: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const PRESIDIO_PATH = resolve(HERE, "../../../shared/data/pii/presidio_recognizer_tests.jsonl");
const MATCHING_RULE = "same entity type and span IoU >= 0.5, one-to-one greedy; findings below piiThresholds[type] ignored";

const detectors = piiDetectors.map((d) => d.build());
export const SUPPORTED_TYPES: ReadonlySet<string> = new Set(piiDetectors.flatMap((d) => d.meta.entityTypes));

let detectMs = 0;
let bytes = 0;
/** Every finding, whatever its score. */
function detectRaw(text: string): Finding[] {
  const t0 = performance.now();
  const out: Finding[] = [];
  for (const d of detectors) out.push(...d.detect({ text, context: { direction: "request", role: "user" } }));
  detectMs += performance.now() - t0;
  bytes += Buffer.byteLength(text);
  return out;
}

function actionable(found: readonly Finding[]): Finding[] {
  return found.filter((f) => f.score >= (piiThresholds[f.type] ?? 0.5));
}

function detectAll(text: string): Finding[] {
  return actionable(detectRaw(text));
}

/** Gold spans of `type` with no actionable finding but a below-threshold one of that type and span. */
function belowThreshold(gold: readonly GoldSpan[], raw: readonly Finding[], type: string): number {
  let n = 0;
  for (const g of gold) {
    const same = raw.filter((f) => f.type === type && iou(g, f) >= 0.5);
    if (same.length > 0 && !same.some((f) => f.score >= (piiThresholds[type] ?? 0.5))) n++;
  }
  return n;
}

function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** One-to-one greedy matching of predictions to gold spans of one type. Returns the tp count. */
function matchCount(gold: readonly GoldSpan[], pred: readonly { start: number; end: number }[]): number {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const v = iou(g, p);
    if (v >= 0.5) pairs.push([v, i, j]);
  }));
  pairs.sort((x, y) => y[0] - x[0]);
  const gu = new Set<number>();
  const pu = new Set<number>();
  let tp = 0;
  for (const [, i, j] of pairs) {
    if (gu.has(i) || pu.has(j)) continue;
    gu.add(i);
    pu.add(j);
    tp++;
  }
  return tp;
}

function metrics(tp: number, fp: number, fn: number): EntityMetrics {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

class Tally {
  private readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();
  add(type: string, gold: readonly GoldSpan[], pred: readonly { start: number; end: number }[]): void {
    const tp = matchCount(gold, pred);
    const c = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c.tp += tp;
    c.fp += pred.length - tp;
    c.fn += gold.length - tp;
    this.counts.set(type, c);
  }
  section(name: string, rows: number, unsupported: Record<string, number>): PiiEvalSection {
    const perEntity: Record<string, EntityMetrics> = {};
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [t, c] of [...this.counts].sort((a, b) => a[0].localeCompare(b[0]))) {
      perEntity[t] = metrics(c.tp, c.fp, c.fn);
      tp += c.tp;
      fp += c.fp;
      fn += c.fn;
    }
    return { name, rows, perEntity, micro: metrics(tp, fp, fn), unsupported };
  }
}

interface PresidioRow {
  text: string;
  spans: Array<{ start: number; end: number; label: string }>;
  entity_under_test?: string;
}

function evaluatePresidio(path: string): PiiEvalSection {
  const tally = new Tally();
  const unsupported: Record<string, number> = {};
  const extras: Record<string, number> = {};
  const below: Record<string, number> = {};
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.trim().length > 0);
  for (const line of lines) {
    const row = JSON.parse(line) as PresidioRow;
    const t = row.entity_under_test ?? row.spans[0]?.label;
    if (!t) continue;
    const gold = row.spans.filter((s) => s.label === t);
    if (!SUPPORTED_TYPES.has(t)) {
      unsupported[t] = (unsupported[t] ?? 0) + gold.length;
      continue;
    }
    const raw = detectRaw(row.text);
    const found = actionable(raw);
    tally.add(t, gold, found.filter((f) => f.type === t));
    const low = belowThreshold(gold, raw, t);
    if (low > 0) below[t] = (below[t] ?? 0) + low;
    for (const f of found) {
      if (f.type !== t && !row.spans.some((s) => iou(s, f) > 0)) extras[f.type] = (extras[f.type] ?? 0) + 1;
    }
  }
  const sec = tally.section("presidio recognizer tests (in-scope)", lines.length, unsupported);
  sec.unlabelledExtras = extras;
  sec.missesBelowThreshold = below;
  return sec;
}

/** Rows that label one identifier each: scored for that type only (names in the frames are not labelled). */
function evaluateInScope(name: string, items: readonly LabelledText[]): PiiEvalSection {
  const tally = new Tally();
  const unsupported: Record<string, number> = {};
  const extras: Record<string, number> = {};
  for (const it of items) {
    const t = it.spans[0]?.label;
    if (!t) continue;
    const gold = it.spans.filter((s) => s.label === t);
    if (!SUPPORTED_TYPES.has(t)) {
      unsupported[t] = (unsupported[t] ?? 0) + gold.length;
      continue;
    }
    const found = detectAll(it.text);
    tally.add(t, gold, found.filter((f) => f.type === t));
    // another pattern type reported on the value itself (a SIN also read as a phone number)
    for (const f of found) {
      if (f.type !== t && f.type !== "PERSON" && f.type !== "LOCATION" && gold.some((g) => iou(g, f) > 0)) extras[f.type] = (extras[f.type] ?? 0) + 1;
    }
  }
  const sec = tally.section(name, items.length, unsupported);
  sec.unlabelledExtras = extras;
  return sec;
}

function evaluateHardNegatives(name: string, rows: ReturnType<typeof generateHardNegatives>): HardNegativeReport {
  const byType: Record<string, number> = {};
  const byKind: Record<string, { rows: number; flagged: number }> = {};
  let flaggedRows = 0;
  for (const r of rows) {
    const found = detectAll(r.text);
    const k = (byKind[r.kind] ??= { rows: 0, flagged: 0 });
    k.rows++;
    if (found.length > 0) {
      flaggedRows++;
      k.flagged++;
    }
    for (const f of found) byType[f.type] = (byType[f.type] ?? 0) + 1;
  }
  return { name, rows: rows.length, flaggedRows, byType, byKind };
}

function evaluateLabelled(name: string, items: readonly LabelledText[]): PiiEvalSection {
  const tally = new Tally();
  const unsupported: Record<string, number> = {};
  const types = new Set<string>();
  for (const it of items) for (const s of it.spans) types.add(s.label);
  for (const it of items) {
    const found = detectAll(it.text);
    for (const f of found) types.add(f.type);
  }
  for (const it of items) {
    const found = detectAll(it.text);
    for (const t of types) {
      if (!SUPPORTED_TYPES.has(t)) continue;
      tally.add(t, it.spans.filter((s) => s.label === t), found.filter((f) => f.type === t));
    }
    for (const s of it.spans) if (!SUPPORTED_TYPES.has(s.label)) unsupported[s.label] = (unsupported[s.label] ?? 0) + 1;
  }
  return tally.section(name, items.length, unsupported);
}

/** Run the whole evaluation (Presidio set when present, plus generated sentences with seed 20240615). */
export async function evaluatePii(): Promise<PiiEvalReport> {
  detectMs = 0;
  bytes = 0;
  const sections: PiiEvalSection[] = [];
  if (existsSync(PRESIDIO_PATH)) sections.push(evaluatePresidio(PRESIDIO_PATH));
  sections.push(evaluateLabelled("generated realistic sentences (seed 20240615)", generatePiiSentences(600, 20240615)));
  sections.push(evaluateLabelled("second realistic set, other genres and locales (seed 4242; its errors were studied)", generateHoldoutSentences(520, 4242)));
  sections.push(evaluateLabelled("second realistic set, fresh sample (seed 777; not looked at)", generateHoldoutSentences(520, 777)));
  sections.push(evaluateInScope("generated identifiers in context, several languages (seed 7; in-scope)", generateIdSentences(640, 7)));
  const hardNegatives = evaluateHardNegatives("generated hard negatives (seed 11)", generateHardNegatives(1000, 11));
  return { matchingRule: MATCHING_RULE, thresholds: piiThresholds, sections, hardNegatives, detectMs, bytes };
}

function fmt(n: number): string {
  return n.toFixed(3);
}

/** Render a report as a plain-text table. */
export function formatPiiReport(r: PiiEvalReport): string {
  const lines: string[] = [`matching: ${r.matchingRule}`];
  for (const s of r.sections) {
    lines.push("", `== ${s.name} (${s.rows} rows)`);
    lines.push(`${"entity".padEnd(28)} ${"tp".padStart(5)} ${"fp".padStart(5)} ${"fn".padStart(5)}  prec   rec    f1`);
    for (const [t, m] of Object.entries(s.perEntity)) {
      lines.push(`${t.padEnd(28)} ${String(m.tp).padStart(5)} ${String(m.fp).padStart(5)} ${String(m.fn).padStart(5)}  ${fmt(m.precision)} ${fmt(m.recall)} ${fmt(m.f1)}`);
    }
    const m = s.micro;
    lines.push(`${"MICRO".padEnd(28)} ${String(m.tp).padStart(5)} ${String(m.fp).padStart(5)} ${String(m.fn).padStart(5)}  ${fmt(m.precision)} ${fmt(m.recall)} ${fmt(m.f1)}`);
    const un = Object.entries(s.unsupported);
    if (un.length > 0) lines.push(`unsupported (gold spans not scored): ${un.map(([k, v]) => `${k}=${v}`).join(", ")}`);
    if (s.missesBelowThreshold && Object.keys(s.missesBelowThreshold).length > 0) {
      const total = Object.values(s.missesBelowThreshold).reduce((a, b) => a + b, 0);
      lines.push(`misses found but scored below threshold: ${total} (${Object.entries(s.missesBelowThreshold).map(([k, v]) => `${k}=${v}`).join(", ")})`);
    }
    if (s.unlabelledExtras && Object.keys(s.unlabelledExtras).length > 0) {
      lines.push(`unlabelled extra hits of other types: ${Object.entries(s.unlabelledExtras).map(([k, v]) => `${k}=${v}`).join(", ")}`);
    }
  }
  const h = r.hardNegatives;
  lines.push("", `== ${h.name} (${h.rows} rows): ${h.flaggedRows} rows with an actionable finding (${((100 * h.flaggedRows) / h.rows).toFixed(1)}%)`);
  lines.push(`by kind: ${Object.entries(h.byKind).map(([k, v]) => `${k} ${v.flagged}/${v.rows}`).join(", ")}`);
  lines.push(`findings by type: ${Object.entries(h.byType).map(([k, v]) => `${k}=${v}`).join(", ") || "none"}`);
  lines.push("", `detection time ${r.detectMs.toFixed(0)} ms over ${(r.bytes / 1e6).toFixed(2)} MB (small rows: dominated by per-call overhead)`);
  return lines.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evaluatePii().then((r) => console.log(formatPiiReport(r)), (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
