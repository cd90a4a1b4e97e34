import { ConfigError, type ConfigIssue } from "../../core/config-error.js";
import type { DetectInput, Detector, DetectorDefinition, DetectorMeta } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { FIRST_NON_ASCII } from "../shared/non-ascii.js";
import { sharedInjectionModel, type InjectionModel } from "./injection-model.js";
import { compileRules } from "./rules.js";
import { reversedRuns, spanInOriginal } from "./reversed-runs.js";
import { splitPayload } from "./split-payloads.js";
import { scoreText, type InjectionSpan, type InjectionType } from "./score-text.js";
import { injectionThresholds, LOCAL_TEXT_LENGTH, NGRAM_ONLY_JAILBREAK_THRESHOLD, NGRAM_ONLY_INDIRECT_THRESHOLD, NGRAM_ONLY_LOCAL_THRESHOLD, NGRAM_ONLY_PROMPT_THRESHOLD } from "./thresholds.js";

const TYPES: readonly InjectionType[] = ["PROMPT_INJECTION", "JAILBREAK", "SYSTEM_PROMPT_EXTRACTION", "INDIRECT_INJECTION"];

/** Options of the `injection.classifier` detector. */
export interface InjectionDetectorOptions {
  /**
   * Report a span when its score reaches its type's threshold. Defaults to {@link injectionThresholds}; overrides
   * per type are allowed (a lower INDIRECT_INJECTION threshold is how tool results get a lower bar).
   */
  thresholds: Readonly<Record<InjectionType, number>>;
  /** Threshold for JAILBREAK spans backed by n-gram evidence only (no heuristic pattern fired). */
  ngramOnlyJailbreak: number;
  /**
   * Threshold for PROMPT_INJECTION and SYSTEM_PROMPT_EXTRACTION spans backed by n-gram evidence only that cover part
   * of a long text (over LOCAL_TEXT_LENGTH units): a document has many sentences, and each is a chance for an
   * instruction-like sentence ("run the following command") to score high by n-grams alone.
   */
  ngramOnlyLocal: number;
  /** Threshold for PROMPT_INJECTION spans backed by n-gram evidence only, in any text. */
  ngramOnlyPrompt: number;
  /** Threshold for INDIRECT_INJECTION spans (tool results) backed by n-gram evidence only. */
  ngramOnlyIndirect: number;
  /** Extra global floor on reported scores (0 = thresholds only). */
  minScore: number;
  /** Largest window of consecutive sentences scored together (1..8). */
  maxWindow: number;
}

export const DEFAULT_INJECTION_OPTIONS: Readonly<InjectionDetectorOptions> = {
  thresholds: {
    PROMPT_INJECTION: injectionThresholds.PROMPT_INJECTION!,
    JAILBREAK: injectionThresholds.JAILBREAK!,
    SYSTEM_PROMPT_EXTRACTION: injectionThresholds.SYSTEM_PROMPT_EXTRACTION!,
    INDIRECT_INJECTION: injectionThresholds.INDIRECT_INJECTION!,
  },
  ngramOnlyJailbreak: NGRAM_ONLY_JAILBREAK_THRESHOLD,
  ngramOnlyLocal: NGRAM_ONLY_LOCAL_THRESHOLD,
  ngramOnlyPrompt: NGRAM_ONLY_PROMPT_THRESHOLD,
  ngramOnlyIndirect: NGRAM_ONLY_INDIRECT_THRESHOLD,
  minScore: 0,
  maxWindow: 3,
};

const META: DetectorMeta = {
  id: "injection.classifier",
  category: "injection",
  entityTypes: TYPES,
  languages: ["en", "es", "fr", "de", "it", "pt", "zh", "ja", "ko", "ar", "fa", "hi", "th", "vi", "tr", "ru", "uk"],
  version: "1.0.0",
  description:
    "Prompt-injection and jailbreak detection: a linear classifier over hashed char/word n-grams combined with " +
    "weighted heuristic patterns, scored per sentence window (and whole text for persona prompts).",
};

function checkNumber(v: unknown, path: string, lo: number, hi: number, integer: boolean, issues: ConfigIssue[]): boolean {
  if (typeof v !== "number" || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
    issues.push({ path, message: `must be ${integer ? "an integer" : "a number"} between ${lo} and ${hi}` });
    return false;
  }
  return true;
}

/** Validate raw options (from configuration); throws ConfigError naming every bad field. */
export function parseInjectionOptions(raw: unknown): InjectionDetectorOptions {
  const out: InjectionDetectorOptions = {
    ...DEFAULT_INJECTION_OPTIONS,
    thresholds: { ...DEFAULT_INJECTION_OPTIONS.thresholds },
  };
  if (raw === undefined || raw === null) return out;
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ConfigError([{ path: "", message: "options must be an object" }], "injection.classifier options");
  }
  const r = raw as Record<string, unknown>;
  const issues: ConfigIssue[] = [];
  for (const k of Object.keys(r)) {
    if (k !== "thresholds" && k !== "minScore" && k !== "maxWindow" && k !== "ngramOnlyJailbreak" && k !== "ngramOnlyLocal" && k !== "ngramOnlyPrompt" && k !== "ngramOnlyIndirect") {
      issues.push({ path: k, message: "unknown option" });
    }
  }
  if (r.minScore !== undefined && checkNumber(r.minScore, "minScore", 0, 1, false, issues)) out.minScore = r.minScore as number;
  if (r.maxWindow !== undefined && checkNumber(r.maxWindow, "maxWindow", 1, 8, true, issues)) out.maxWindow = r.maxWindow as number;
  if (r.ngramOnlyJailbreak !== undefined && checkNumber(r.ngramOnlyJailbreak, "ngramOnlyJailbreak", 0.01, 1, false, issues)) {
    out.ngramOnlyJailbreak = r.ngramOnlyJailbreak as number;
  }
  if (r.ngramOnlyLocal !== undefined && checkNumber(r.ngramOnlyLocal, "ngramOnlyLocal", 0, 1, false, issues)) {
    out.ngramOnlyLocal = r.ngramOnlyLocal as number;
  }
  if (r.ngramOnlyPrompt !== undefined && checkNumber(r.ngramOnlyPrompt, "ngramOnlyPrompt", 0, 1, false, issues)) {
    out.ngramOnlyPrompt = r.ngramOnlyPrompt as number;
  }
  if (r.ngramOnlyIndirect !== undefined && checkNumber(r.ngramOnlyIndirect, "ngramOnlyIndirect", 0, 1, false, issues)) {
    out.ngramOnlyIndirect = r.ngramOnlyIndirect as number;
  }
  if (r.thresholds !== undefined) {
    if (typeof r.thresholds !== "object" || r.thresholds === null || Array.isArray(r.thresholds)) {
      issues.push({ path: "thresholds", message: "must be an object mapping finding types to numbers" });
    } else {
      const t = r.thresholds as Record<string, unknown>;
      const th: Record<InjectionType, number> = { ...out.thresholds };
      for (const [k, v] of Object.entries(t)) {
        if (!(TYPES as readonly string[]).includes(k)) {
          issues.push({ path: `thresholds.${k}`, message: `unknown type (expected one of ${TYPES.join(", ")})` });
        } else if (checkNumber(v, `thresholds.${k}`, 0.01, 1, false, issues)) {
          th[k as InjectionType] = v as number;
        }
      }
      out.thresholds = th;
    }
  }
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
  const th = options.thresholds;
  // Candidates are scored down to the lowest threshold; each reported span must then reach its own type's.
  const floor = Math.max(options.minScore, Math.min(...TYPES.map((t) => th[t])));
  return {
    meta: META,
    prepare: compileRules,
    detect(input: DetectInput): Finding[] {
      const text = input.text;
      if (typeof text !== "string" || text.length === 0) return [];
      const tool = input.context?.role === "tool";
      const m = model ?? sharedInjectionModel();
      const spans = scoreText(text, m, {
        tool,
        minScore: floor,
        maxWindow: options.maxWindow,
        firstNonAscii: input.shared?.get(FIRST_NON_ASCII),
      });
      // Runs written backwards in any language the lexicon knows (reversed-runs.ts): the text with them read forwards
      // is scored too, its spans mapped back over the runs.
      const reversed = reversedRuns(text);
      if (reversed !== undefined) {
        for (const s of scoreText(reversed.text, m, { tool, minScore: floor, maxWindow: options.maxWindow })) {
          const [start, end] = spanInOriginal(reversed.runs, s.start, s.end);
          spans.push({ ...s, start, end });
        }
      }
      // A payload split into named strings and joined by the model (split-payloads.ts): the joined payload is scored,
      // its spans reported over the assignments and the join.
      const split = splitPayload(text, tool);
      if (split !== undefined) {
        for (const s of scoreText(split.text, m, { tool, minScore: floor, maxWindow: options.maxWindow })) spans.push({ ...s, start: split.start, end: split.end, whole: false });
      }
      const out: Finding[] = [];
      for (const s of spans) {
        if (s.score < th[s.type] || s.score < options.minScore) continue;
        if (s.reasons.length === 0) {
          if (s.type === "JAILBREAK" && s.score < options.ngramOnlyJailbreak) continue;
          if (s.type === "PROMPT_INJECTION" && s.score < options.ngramOnlyPrompt) continue;
          if (s.type === "INDIRECT_INJECTION" && s.score < options.ngramOnlyIndirect) continue;
          // A long text (a document, a tool result) scored without a pattern behind the span, in part or whole (texts up
          // to 4 KB are scored whole): n-gram evidence alone must be strong there.
          const long = text.length > LOCAL_TEXT_LENGTH;
          if (long && (s.type === "PROMPT_INJECTION" || s.type === "SYSTEM_PROMPT_EXTRACTION" || s.type === "INDIRECT_INJECTION")) {
            // Over a whole document, n-grams alone add up on repetitive benign text ("- Tent model 12: in stock, …"
            // forty times scored 0.86, a museum page with "Support agents should forward escalations" 0.96): such a
            // span needs a pattern. (Documents up to 4 KB are scored whole since session 10; before, only regions.)
            if (s.whole || s.score < options.ngramOnlyLocal) continue;
          }
        }
        out.push({
          detector: META.id,
          category: "injection",
          type: s.type,
          start: s.start,
          end: s.end,
          score: Math.round(s.score * 1000) / 1000,
          explanation: explain(s),
          patterns: s.reasons.length,
        });
      }
      return out;
    },
  };
}

/** Definition for the registry. */
export const injectionDetectorDefinition: DetectorDefinition<InjectionDetectorOptions> = {
  meta: META,
  parseOptions: parseInjectionOptions,
  create: (o) => createInjectionDetector(o),
};
