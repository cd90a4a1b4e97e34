/**
 * Recommended policy thresholds per finding type: a finding at or above its type's threshold should be treated as
 * an attack. Calibrated on held-out data by `npm run train:injection` (see models/injection/model.json), chosen so
 * benign prompts full of trigger words stay under ~2% false positives. Indirect injection is lower because it is
 * reported for tool results and fetched documents, which are untrusted.
 */
export const injectionThresholds: Readonly<Record<string, number>> = Object.freeze({
  PROMPT_INJECTION: 0.6,
  JAILBREAK: 0.6,
  SYSTEM_PROMPT_EXTRACTION: 0.6,
  INDIRECT_INJECTION: 0.5,
});
