/**
 * PII detectors of Warden's detection engine (category "pii").
 *
 * Scoring follows Presidio's model: a pattern gives a low base score, a validator (checksum, structure,
 * date) lifts it or drops the candidate, and context words near the match lift it further. The policy
 * applies `piiThresholds` (per entity type) to decide; detectors only report.
 */
import { registerDetector, type RegisteredDetector } from "../../core/detector.js";
import { definePiiDetector, definePiiDetectorSet } from "./pii-detector.js";
import { PII_SCANNERS } from "./pii-scanners.js";

export type { PiiDetectorOptions, PiiHit, PiiScanner } from "./pii-detector.js";
export { PII_SCANNERS } from "./pii-scanners.js";
export { PiiScan } from "./pii-scan.js";

/** Id of the combined PII detector. */
export const PII_DETECTOR_ID = "pii.combined";

/**
 * The PII detectors as the default set registers them: ONE detector running every PII scanner over one
 * shared per-text scan (options: `entities` to restrict types, which also skips scanners with no wanted
 * type; `minScore`). Findings keep the scanner's own id (`pii.email`, `pii.phone`, ...).
 */
export const piiDetectors: readonly RegisteredDetector[] = [
  registerDetector(
    definePiiDetectorSet(PII_DETECTOR_ID, "All PII scanners (e-mail, URL, IP, MAC, crypto, IBAN, cards, phones, national IDs, dates, addresses, people and places) over one shared scan.", PII_SCANNERS),
  ),
];

/**
 * Each PII scanner as its own detector (`pii.email`, ...), for callers that register them one by one.
 * Each builds its own scan per text, so running all of them costs more than the combined detector.
 */
export const separatePiiDetectors: readonly RegisteredDetector[] = PII_SCANNERS.map((s) => registerDetector(definePiiDetector(s)));

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
