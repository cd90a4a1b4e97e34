/**
 * Per-type score thresholds: a finding at or above its type's threshold is an attack; the detector reports only
 * such findings (configurable per type). Chosen on held-out data (see models/injection/README.md): the n-gram +
 * rule logit is calibrated so that benign prompts full of trigger words stay near 0% and adversarial benign
 * role-play prompts around 5%. JAILBREAK is higher because benign role-play and "imagine you are" prompts resemble
 * persona jailbreaks; INDIRECT_INJECTION is lowest because it is reported for tool results and fetched documents,
 * which are untrusted (this is how the tool role lowers the bar).
 */
export const injectionThresholds: Readonly<Record<string, number>> = Object.freeze({
  PROMPT_INJECTION: 0.45,
  JAILBREAK: 0.65,
  SYSTEM_PROMPT_EXTRACTION: 0.45,
  INDIRECT_INJECTION: 0.4,
});

/**
 * A JAILBREAK span with no heuristic pattern behind it (n-gram evidence only) must reach this score instead:
 * long benign role-play and "imagine you are" prompts share much vocabulary with persona jailbreaks, while real
 * persona prompts nearly always trip a pattern ("never refuses", "no restrictions", "stay in character", ...).
 * On held-out data this halves false positives on adversarial benign prompts for under 1 point of jailbreak recall.
 */
export const NGRAM_ONLY_JAILBREAK_THRESHOLD = 0.9;

