import { registerDetector, type RegisteredDetector } from "../../core/detector.js";
import { injectionDetectorDefinition } from "./injection-detector.js";

export { createInjectionDetector, parseInjectionOptions, injectionDetectorDefinition } from "./injection-detector.js";
export type { InjectionDetectorOptions } from "./injection-detector.js";
export type { InjectionType } from "./score-text.js";
export { injectionThresholds, LOCAL_TEXT_LENGTH, NGRAM_ONLY_JAILBREAK_THRESHOLD, NGRAM_ONLY_LOCAL_THRESHOLD } from "./thresholds.js";

/**
 * Injection detectors for the registry. One detector, `injection.classifier`, reports findings of category
 * `injection` with types:
 *  - PROMPT_INJECTION: direct override / authority spoofing / fake delimiters / non-English override phrases;
 *  - JAILBREAK: persona prompts (DAN-style, developer mode, "no restrictions", role-play framing);
 *  - SYSTEM_PROMPT_EXTRACTION: requests to reveal the system prompt or prior context;
 *  - INDIRECT_INJECTION: instructions aimed at an AI inside documents, and any attack inside a tool result.
 */
export const injectionDetectors: readonly RegisteredDetector[] = [registerDetector(injectionDetectorDefinition)];
