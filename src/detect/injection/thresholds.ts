/**
 * Per-type score thresholds: a finding at or above its type's threshold is an attack; the detector reports only
 * such findings (configurable per type). Chosen by 5-fold cross-validation on the development split only
 * (`node --import tsx scripts/train/cross-validate.ts`, threshold sweep; see models/injection/README.md): the n-gram +
 * rule logit is calibrated so that benign prompts full of trigger words stay near 0% and adversarial benign
 * role-play prompts (WildGuard) under 3%. JAILBREAK is higher because benign role-play and "imagine you are" prompts resemble
 * persona jailbreaks (0.7 with 0.85 for n-gram-only spans: with the a1648cd7f57f weights both cross-validations found
 * 1.2 (by template) and 1.6 (by family) points more jailbreaks than 0.8, as many or more third-party ones, and the
 * same third-party false-positive rate within 0.1 point; the previous weights had favoured 0.8);
 * INDIRECT_INJECTION is lowest because it is reported for tool results and fetched documents,
 * which are untrusted (this is how the tool role lowers the bar).
 */
export const injectionThresholds: Readonly<Record<string, number>> = Object.freeze({
  PROMPT_INJECTION: 0.45,
  JAILBREAK: 0.7,
  SYSTEM_PROMPT_EXTRACTION: 0.45,
  INDIRECT_INJECTION: 0.4,
});

/**
 * A JAILBREAK span with no heuristic pattern behind it (n-gram evidence only) must reach this score instead:
 * long benign role-play and "imagine you are" prompts share much vocabulary with persona jailbreaks, while real
 * persona prompts nearly always trip a pattern ("never refuses", "no restrictions", "stay in character", ...).
 * Chosen by cross-validation on the development split (`cross-validate.ts --th PI,JB,NG`, by template and by
 * family); see docs/detection.md.
 */
export const NGRAM_ONLY_JAILBREAK_THRESHOLD = 0.85;


/**
 * A PROMPT_INJECTION span with no heuristic pattern behind it must reach this score (in any text). Since the model
 * also trains on Warden's red-team sets (session 12) its n-gram evidence alone flags more adversarial benign
 * role-play: on the held-out split 0.45 gave injection recall 91.5 %, jailbreak 92.2 %, benign FPR 3.2 % (WildGuard
 * benign 8 of 90); 0.55 gives 90.4 %, 89.1 %, 2.5 % (6 of 90); 0.6 gives 90.4 %, 88.3 %, 2.3 %
 * (`node --import tsx scripts/eval/injection.ts` with this constant at each value; the detector option `ngramOnlyPrompt`
 * overrides it). 0.55 → 0.6 in session 17, with the weights trained on sets 7 and 9-11 and feature set 3: on held-out
 * set 8 (never trained on) 0.55 gave 304 of 349 attacks and 7 of 264 benign prompts flagged as user, 0.6 302 and 7,
 * 0.65 297 and 6; on the held-out split 0.6 kept WildGuard benign at 5 of 90 and the benign unit-test prompts clean
 * (the weights before, at 0.55: 289 and 7 of set 8).
 */
export const NGRAM_ONLY_PROMPT_THRESHOLD = 0.6;

/**
 * An INDIRECT_INJECTION span (a tool result or fetched document) with no heuristic pattern behind it must reach this
 * score (session 14). Benign documents about AI tools, policies and procedures carry instruction-like n-grams, and
 * INDIRECT_INJECTION's own threshold is the lowest; pattern-backed spans keep 0.4. With red-team set 5 in training,
 * 0.4 → 0.5 took benign documents flagged as tool results on sets 2-5 from 17 to 10 of 118 and lost 2 of 265
 * indirect attacks (`npm run eval:injection-sample-2` … `-5`); the held-out split moved 89.3 % → 89.2 % injection
 * recall. Detector option `ngramOnlyIndirect`.
 */
export const NGRAM_ONLY_INDIRECT_THRESHOLD = 0.55;

/**
 * Texts longer than this (UTF-16 units) are documents for {@link NGRAM_ONLY_LOCAL_THRESHOLD}. 1500 until session 15:
 * pasted policies, terms and minutes of 600-1500 characters offered enough sentence windows for n-grams alone to reach
 * 0.5-0.8 ("You grant us a limited licence to store and display them", 0.80). 600 took benign rows flagged on sets
 * 1-6 from 33 to 30 (as user and as tool) and WildGuard's held-out benign prompts from 6 to 4 of 90, with no attack
 * lost on sets 1-6, the held-out split or any shared or generated row (7,181 of 7,604 either way); 400 lost two
 * indirect attacks and 0.85 (instead of 0.7) seven.
 */
export const LOCAL_TEXT_LENGTH = 600;

/**
 * A PROMPT_INJECTION or SYSTEM_PROMPT_EXTRACTION span with no heuristic pattern behind it that covers part of a
 * longer text must reach this score. Documentation sentences ("run the following command", "the following code
 * will output ...") carry instruction-like n-grams, and a long document offers hundreds of such chances; short
 * prompts (where deepset-style injections without any pattern live) keep their type's threshold.
 */
export const NGRAM_ONLY_LOCAL_THRESHOLD = 0.7;
