import type { Finding, FindingCategory } from "./finding.js";

/** Where a text sits in an interaction; detectors may use it for context (e.g. tool results are untrusted). */
export type Direction = "request" | "response";
export type MessageRole = "system" | "developer" | "user" | "assistant" | "tool";

export interface DetectContext {
  direction: Direction;
  role?: MessageRole;
}

export interface DetectorMeta {
  /** Stable id, `<category>.<name>`, e.g. `pii.email`, `secret.rules`. */
  id: string;
  category: FindingCategory;
  /** Entity types this detector can report. */
  entityTypes: readonly string[];
  /** BCP-47 language tags, or `*` for language-independent detectors. */
  languages: readonly string[];
  version: string;
  description: string;
}

/**
 * A costly pure function of a text (a tokenisation, a candidate scan) that several detectors use. The engine
 * computes each part at most once per text it scans and hands it out through {@link DetectInput.shared}.
 */
export interface TextPart<T> {
  /** For debugging and profiles only. */
  readonly name: string;
  /** The value for `scan.text`; may use other parts of the same scan (`scan.get`). */
  compute(scan: SharedScan): T;
}

/** The parts of ONE text, each computed on first use and kept for the other detectors scanning that text. */
export interface SharedScan {
  readonly text: string;
  get<T>(part: TextPart<T>): T;
}

/** One text as detectors see it. */
export interface DetectInput {
  text: string;
  context: DetectContext;
  /**
   * Shared per-text scans of `text` (set by the engine; absent when a detector is called on its own, in which
   * case it computes what it needs itself). Always for this exact `text`.
   */
  shared?: SharedScan;
}

/**
 * A created, ready-to-run detector. `detect` must be pure and synchronous and should handle any input; when it
 * cannot finish (a bug, an exhausted resource) it throws rather than return a partial or empty result: the engine
 * then reports the detector in `errors` and the gateway fails closed (an error swallowed inside a detector would
 * let the text through unscanned).
 */
export interface Detector {
  readonly meta: DetectorMeta;
  detect(input: DetectInput): Finding[];
  /**
   * Optional: do now the one-time work a first `detect` would do (compiling large patterns), so that callers can keep
   * it out of the time of a call (the policy's time budget). Idempotent.
   */
  prepare?(): void;
}

/**
 * A detector definition: metadata plus a factory taking validated options.
 * `parseOptions` validates untrusted options (from config) and throws a ConfigError naming the field.
 */
export interface DetectorDefinition<Options = Record<string, never>> {
  readonly meta: DetectorMeta;
  parseOptions(raw: unknown): Options;
  create(options: Options): Detector;
}

/** A definition with its option parsing bound: what registries hold (keeps `any` out of heterogeneous lists). */
export interface RegisteredDetector {
  readonly meta: DetectorMeta;
  /** Validate raw options (throws ConfigError naming the field) and create the detector. */
  build(rawOptions?: unknown): Detector;
}

/** Bind a typed definition into a RegisteredDetector. */
export function registerDetector<O>(def: DetectorDefinition<O>): RegisteredDetector {
  return { meta: def.meta, build: (raw?: unknown) => def.create(def.parseOptions(raw ?? {})) };
}
