export { compileCustomRules, defaultRuleType, type CompiledCustomRule, type CustomRuleConfig } from "./custom-rule.js";
export { createCustomDetectors, CUSTOM_KEYWORD_DETECTOR_ID, CUSTOM_REGEX_DETECTOR_ID, MAX_MATCHES_PER_RULE } from "./custom-detectors.js";
