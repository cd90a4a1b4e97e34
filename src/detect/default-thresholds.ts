import { injectionThresholds } from "./injection/index.js";
import { piiThresholds } from "./pii/index.js";
import { secretThresholds } from "./secrets/index.js";
import { mergeThresholds, type Thresholds } from "./thresholds.js";

/** Thresholds for the engine's own detectors (by category and type). */
export const ENGINE_THRESHOLDS: Thresholds = Object.freeze({
  evasion: 0.5,
  SOURCE_CODE: 0.6,
  CONFIDENTIAL_MARKER: 0.6,
  custom: 0.5,
});

/** Default thresholds: each category's recommended thresholds, merged with the engine's. */
export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze(mergeThresholds(piiThresholds, secretThresholds, injectionThresholds, ENGINE_THRESHOLDS));
