import { ConfigError, type ConfigIssue } from "../../core/config-error.js";
import type { Detector, DetectorDefinition, DetectInput } from "../../core/detector.js";
import { compareFindings, type Finding } from "../../core/finding.js";
import { PiiScan } from "./pii-scan.js";

/** A raw PII hit as a scanner reports it; the wrapper adds detector id and category. */
export interface PiiHit {
  type: string;
  start: number;
  end: number;
  score: number;
  explanation: string;
}

/**
 * What one PII detector implements: a pure scan of the text that pushes hits. The text and its shared
 * per-text parts (digit tokens, numeric candidates, addresses) come in `scan`, built once per text by
 * the caller, so scanners never re-scan the text for what another already found.
 */
export interface PiiScanner {
  /** Stable id, `pii.<name>`. */
  id: string;
  entityTypes: readonly string[];
  description: string;
  /** BCP-47 tags; defaults to language-independent. */
  languages?: readonly string[];
  scan(scan: PiiScan, out: PiiHit[]): void;
}

/** Options every PII detector accepts. */
export interface PiiDetectorOptions {
  /** Restrict reporting to these entity types (default: all the detector knows). */
  entities: readonly string[] | undefined;
  /** Drop hits scoring below this (default 0: report everything, the policy thresholds). */
  minScore: number;
}

function parsePiiOptions(id: string, known: readonly string[], raw: unknown): PiiDetectorOptions {
  const issues: ConfigIssue[] = [];
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError([{ path: "options", message: "must be an object" }], `options of ${id}`);
  }
  const rec = raw as Record<string, unknown>;
  let entities: string[] | undefined;
  let minScore = 0;
  for (const key of Object.keys(rec)) {
    if (key !== "entities" && key !== "minScore") issues.push({ path: `options.${key}`, message: "unknown option" });
  }
  if (rec.entities !== undefined) {
    if (!Array.isArray(rec.entities) || rec.entities.some((e) => typeof e !== "string")) {
      issues.push({ path: "options.entities", message: "must be an array of entity type names" });
    } else {
      entities = rec.entities as string[];
      entities.forEach((e, i) => {
        if (!known.includes(e)) {
          issues.push({ path: `options.entities[${i}]`, message: `unknown entity type; expected one of ${known.join(", ")}` });
        }
      });
    }
  }
  if (rec.minScore !== undefined) {
    if (typeof rec.minScore !== "number" || !(rec.minScore >= 0 && rec.minScore <= 1)) {
      issues.push({ path: "options.minScore", message: "must be a number between 0 and 1" });
    } else {
      minScore = rec.minScore;
    }
  }
  if (issues.length > 0) throw new ConfigError(issues, `options of ${id}`);
  return { entities, minScore };
}

/** Clamp to 0..1 and round so scores are stable across platforms and readable in audit logs. */
export function clampScore(s: number): number {
  if (!(s > 0)) return 0;
  return s >= 1 ? 1 : Math.round(s * 1000) / 1000;
}

/**
 * Run one scanner over a text. A scanner that throws is not hidden: the error reaches the detection engine, which
 * reports the detector in `errors` so that the gateway fails closed (a swallowed error would let the text through
 * unscanned, i.e. fail open).
 */
export function runScanner(scanner: PiiScanner, text: string | PiiScan): PiiHit[] {
  const out: PiiHit[] = [];
  const scan = typeof text === "string" ? new PiiScan(text) : text;
  if (!(scan instanceof PiiScan) || typeof scan.text !== "string" || scan.text.length === 0) return out;
  scanner.scan(scan, out);
  return out;
}

function toFindings(id: string, hits: readonly PiiHit[], allow: ReadonlySet<string> | undefined, minScore: number, out: Finding[]): void {
  for (const h of hits) {
    if (allow && !allow.has(h.type)) continue;
    const score = clampScore(h.score);
    if (score < minScore || score <= 0 || h.end <= h.start) continue;
    out.push({ detector: id, category: "pii", type: h.type, start: h.start, end: h.end, score, explanation: h.explanation });
  }
}

/** Turn a scanner into a DetectorDefinition with the shared options. */
export function definePiiDetector(scanner: PiiScanner): DetectorDefinition<PiiDetectorOptions> {
  const meta = {
    id: scanner.id,
    category: "pii" as const,
    entityTypes: scanner.entityTypes,
    languages: scanner.languages ?? ["*"],
    version: "1.0.0",
    description: scanner.description,
  };
  return {
    meta,
    parseOptions: (raw) => parsePiiOptions(scanner.id, scanner.entityTypes, raw),
    create(options): Detector {
      const allow = options.entities ? new Set(options.entities) : undefined;
      const minScore = options.minScore;
      return {
        meta,
        detect(input: DetectInput): Finding[] {
          const text = input?.text;
          const findings: Finding[] = [];
          if (typeof text !== "string" || text.length === 0) return findings;
          toFindings(scanner.id, runScanner(scanner, text), allow, minScore, findings);
          return findings.sort(compareFindings);
        },
      };
    },
  };
}

/**
 * One detector running several scanners over one shared `PiiScan` per text: the digit-token pass,
 * numeric candidates and address matches are computed once, not once per scanner, and no state
 * outlives the call. Findings keep the id of the scanner that found them (`pii.phone`, ...), so
 * thresholds and policies keyed by those ids still apply. Scanners whose entity types are all
 * excluded by `entities` are not run.
 */
export function definePiiDetectorSet(id: string, description: string, scanners: readonly PiiScanner[]): DetectorDefinition<PiiDetectorOptions> {
  const entityTypes = [...new Set(scanners.flatMap((s) => s.entityTypes))];
  const langs = new Set(scanners.flatMap((s) => s.languages ?? ["*"]));
  const meta = {
    id,
    category: "pii" as const,
    entityTypes,
    languages: langs.has("*") ? ["*"] : [...langs],
    version: "1.0.0",
    description,
  };
  return {
    meta,
    parseOptions: (raw) => parsePiiOptions(id, entityTypes, raw),
    create(options): Detector {
      const allow = options.entities ? new Set(options.entities) : undefined;
      const minScore = options.minScore;
      const active = allow ? scanners.filter((s) => s.entityTypes.some((t) => allow.has(t))) : scanners;
      return {
        meta,
        detect(input: DetectInput): Finding[] {
          const text = input?.text;
          const findings: Finding[] = [];
          if (typeof text !== "string" || text.length === 0) return findings;
          const scan = new PiiScan(text, input.shared);
          // a hits array per scanner (cheaper than truncating a shared one); a scanner that throws fails the whole
          // detector, which the engine reports so that the caller fails closed
          for (const scanner of active) {
            const hits: PiiHit[] = [];
            scanner.scan(scan, hits);
            toFindings(scanner.id, hits, allow, minScore, findings);
          }
          return findings.sort(compareFindings);
        },
      };
    },
  };
}
