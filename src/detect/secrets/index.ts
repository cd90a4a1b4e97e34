/**
 * Secret detection: built-in credential rules (data), their loader/validator, and the detectors.
 */
import type { RegisteredDetector } from "../../core/detector.js";
import { builtinSecretRules } from "./rules/index.js";
import { secretRulesDetector } from "./secret-detector.js";
import { SEED_PHRASE_TYPE, seedPhraseDetector } from "./seed-phrase/seed-phrase-detector.js";

export type { SecretRule, SecretRuleExample } from "./secret-rule.js";
export { parseSecretRuleSet, validateSecretRules } from "./rule-set.js";
export { SecretScanner } from "./secret-scanner.js";
export { SECRET_VALIDATORS, type SecretValidator, type ValidatorInput } from "./validators.js";
export { builtinSecretRules } from "./rules/index.js";
export { secretRulesDefinition, secretRulesDetector, type SecretDetectorOptions } from "./secret-detector.js";
export { SEED_PHRASE_TYPE, seedPhraseDefinition, seedPhraseDetector } from "./seed-phrase/seed-phrase-detector.js";

/** All secret detectors, for the registry. */
export const secretDetectors: readonly RegisteredDetector[] = [secretRulesDetector, seedPhraseDetector];

/** Threshold below which the default policy ignores a finding of a given type. */
const LOW_CONFIDENCE_TYPES: Readonly<Record<string, number>> = {
  // Not secrets by themselves: reported so that a policy can opt in.
  "stripe-publishable-key": 0.8,
  "sentry-dsn": 0.8,
  // Catch-all rules are judged on entropy and context; act only when that evidence is decent.
  "generic-password-assignment": 0.6,
  "generic-secret-config": 0.6,
  "http-auth-header": 0.6,
  "password-in-prose": 0.6,
  "password-on-next-line": 0.6,
  "password-change-in-prose": 0.6,
  "password-change-in-prose-intl": 0.6,
  "password-in-prose-more-languages": 0.6,
  "password-in-prose-more-scripts": 0.6,
  "password-with-particle": 0.6,
  "wifi-change-in-prose": 0.6,
  "credential-slash-line": 0.6,
  "labelled-pin": 0.6,
  "password-after-login-line": 0.6,
  "url-query-secret": 0.6,
  "generic-xml-element": 0.6,
  "high-entropy-near-keyword": 0.6,
  "password-label-inline": 0.6,
  "email-password-pair": 0.6,
};

/** Default threshold per finding type (rule id) at which the default policy acts. */
export const secretThresholds: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries([
    ...builtinSecretRules.map((r) => [r.id, LOW_CONFIDENCE_TYPES[r.id] ?? 0.5] as const),
    // A labelled run whose checksum fails scores 0.72; a checksum-valid run 0.85+; a test vector 0.4.
    [SEED_PHRASE_TYPE, 0.6] as const,
  ]),
);
