import { piiDetectors, piiThresholds } from "../index.js";

const detectors = piiDetectors.map((d) => d.build());
const ctx = { direction: "request" as const };

/** The PII detectors' findings at or above the default thresholds, as `TYPE:value`. */
export function actionablePii(text: string): string[] {
  return detectors
    .flatMap((d) => d.detect({ text, context: ctx }))
    .filter((f) => f.score >= (piiThresholds[f.type] ?? 0.5))
    .map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
}
