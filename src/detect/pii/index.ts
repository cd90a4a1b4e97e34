/**
 * PII detectors of Warden's detection engine (category "pii").
 *
 * Scoring follows Presidio's model: a pattern gives a low base score, a validator (checksum, structure,
 * date) lifts it or drops the candidate, and context words near the match lift it further. The policy
 * applies `piiThresholds` (per entity type) to decide; detectors only report.
 */
import { registerDetector, type RegisteredDetector } from "../../core/detector.js";
import { definePiiDetector } from "./pii-detector.js";
import { PII_SCANNERS } from "./pii-scanners.js";

export type { PiiDetectorOptions, PiiHit, PiiScanner } from "./pii-detector.js";
export { PII_SCANNERS } from "./pii-scanners.js";

/** All PII detectors, registered (options: `entities` to restrict types, `minScore`). */
export const piiDetectors: readonly RegisteredDetector[] = PII_SCANNERS.map((s) => registerDetector(definePiiDetector(s)));

const DEFAULT_THRESHOLD = 0.5;

/**
 * Default score at which the default policy should act, per entity type. Most types use 0.5: a
 * validated value in a distinctive format, or any validated value with a context word, reaches it;
 * bare numbers that many random numbers would pass (9 digits with a 1-in-10 check) stay below.
 */
export const piiThresholds: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(
    PII_SCANNERS.flatMap((s) => s.entityTypes).map((t) => [
      t,
      t === "PERSON" || t === "LOCATION" ? 0.6 : t === "ADDRESS" ? 0.55 : DEFAULT_THRESHOLD,
    ]),
  ),
);
