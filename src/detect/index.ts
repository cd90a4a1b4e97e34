/**
 * Detection: the engine that runs detectors over a text (and its normalised/decoded views), merges their
 * findings and labels the text with data classes. See docs/detection.md.
 */
export { createDetectionEngine, type DetectionEngine, type DetectionEngineOptions, type DetectionResult, type EngineError } from "./engine.js";
export { DEFAULT_DETECTORS, ENGINE_DETECTORS } from "./default-detectors.js";
export { DEFAULT_THRESHOLDS, ENGINE_THRESHOLDS } from "./default-thresholds.js";
export { FALLBACK_THRESHOLD, isActionable, mergeThresholds, thresholdFor, type Thresholds } from "./thresholds.js";
export { createDetectorRegistry, type DetectorRegistry } from "./registry.js";
export { allowlistStep, defaultPostProcess, mergeStep, runPostProcess, sortStep, type PostProcessContext, type PostProcessStep } from "./post-process.js";
export { mergeFindings, findingPriority } from "./merge-findings.js";
export { compileAllowlist, type Allowlist, type AllowlistConfig } from "./allowlist.js";
export { runsOnView, type ViewOptions } from "./view-policy.js";
export { maskValue } from "./mask-value.js";
