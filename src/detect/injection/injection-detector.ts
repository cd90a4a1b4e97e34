import { ConfigError, type ConfigIssue } from "../../core/config-error.js";
import type { DetectInput, Detector, DetectorDefinition, DetectorMeta } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { sharedInjectionModel, type InjectionModel } from "./injection-model.js";
import { scoreText, type InjectionSpan } from "./score-text.js";

/** Options of the `injection.classifier` detector. */
export interface InjectionDetectorOptions {
  /** Report spans scoring at least this (0..1). Policy thresholds (injectionThresholds) apply on top. */
  minScore: number;
  /** Largest window of consecutive sentences scored together (1..8). */
  maxWindow: number;
  /** Score subtracted from the report floor for tool results / fetched documents (untrusted content). */
  toolFloorDiscount: number;
}

export const DEFAULT_INJECTION_OPTIONS: Readonly<InjectionDetectorOptions> = {
  minScore: 0.6,
  maxWindow: 3,
  toolFloorDiscount: 0.1,
};

const META: DetectorMeta = {
  id: "injection.classifier",
  category: "injection",
  entityTypes: ["PROMPT_INJECTION", "JAILBREAK", "SYSTEM_PROMPT_EXTRACTION", "INDIRECT_INJECTION"],
  languages: ["en", "es", "fr", "de", "it", "pt"],
  version: "1.0.0",
  description:
    "Prompt-injection and jailbreak detection: a linear classifier over hashed char/word n-grams combined with " +
    "weighted heuristic patterns, scored per sentence window (and whole text for persona prompts).",
};

function parseNumber(
  raw: Record<string, unknown>,
  key: keyof InjectionDetectorOptions,
  lo: number,
  hi: number,
  integer: boolean,
  issues: ConfigIssue[],
): number {
  const v = raw[key];
  if (v === undefined) return DEFAULT_INJECTION_OPTIONS[key];
  if (typeof v !== "number" || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
    issues.push({ path: key, message: `must be ${integer ? "an integer" : "a number"} between ${lo} and ${hi}` });
    return DEFAULT_INJECTION_OPTIONS[key];
  }
  return v;
}

/** Validate raw options (from configuration); throws ConfigError naming every bad field. */
export function parseInjectionOptions(raw: unknown): InjectionDetectorOptions {
  if (raw === undefined || raw === null) return { ...DEFAULT_INJECTION_OPTIONS };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError([{ path: "", message: "options must be an object" }], "injection.classifier options");
  }
  const r = raw as Record<string, unknown>;
  const issues: ConfigIssue[] = [];
  const known = new Set(Object.keys(DEFAULT_INJECTION_OPTIONS));
  for (const k of Object.keys(r)) if (!known.has(k)) issues.push({ path: k, message: "unknown option" });
  const out: InjectionDetectorOptions = {
    minScore: parseNumber(r, "minScore", 0, 1, false, issues),
    maxWindow: parseNumber(r, "maxWindow", 1, 8, true, issues),
    toolFloorDiscount: parseNumber(r, "toolFloorDiscount", 0, 0.5, false, issues),
  };
  if (issues.length > 0) throw new ConfigError(issues, "injection.classifier options");
  return out;
}

function explain(s: InjectionSpan): string {
  const where = s.whole ? "the whole text" : `${s.segments} sentence${s.segments === 1 ? "" : "s"}`;
  const why = s.reasons.length > 0 ? `; patterns: ${s.reasons.slice(0, 3).join("; ")}` : "; no single pattern, n-gram evidence";
  return `Injection classifier score ${s.score.toFixed(2)} over ${where} (${s.type.toLowerCase().replace(/_/g, " ")})${why}`;
}

/** Create the detector over a given model (the shipped one by default, loaded lazily on first detect). */
export function createInjectionDetector(
  options: InjectionDetectorOptions = DEFAULT_INJECTION_OPTIONS,
  model?: InjectionModel,
): Detector {
  return {
    meta: META,
    detect(input: DetectInput): Finding[] {
      try {
        const text = input.text;
        if (typeof text !== "string" || text.length === 0) return [];
        const tool = input.context?.role === "tool";
        const floor = tool ? Math.max(0, options.minScore - options.toolFloorDiscount) : options.minScore;
        const spans = scoreText(text, model ?? sharedInjectionModel(), {
          tool,
          minScore: floor,
          maxWindow: options.maxWindow,
        });
        return spans.map((s) => ({
          detector: META.id,
          category: "injection",
          type: s.type,
          start: s.start,
          end: s.end,
          score: Math.round(s.score * 1000) / 1000,
          explanation: explain(s),
        }));
      } catch {
        // detect() must never throw; a failure here is a bug, and reporting nothing is the safe degradation.
        return [];
      }
    },
  };
}

/** Definition for the registry. */
export const injectionDetectorDefinition: DetectorDefinition<InjectionDetectorOptions> = {
  meta: META,
  parseOptions: parseInjectionOptions,
  create: (o) => createInjectionDetector(o),
};
