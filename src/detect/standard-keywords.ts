import { ATBASH_WORDS, BACKWARDS_CUE_KEYWORDS, CIPHER_CUE_KEYWORDS, DIGIT_WORD_KEYWORDS, INTL_DIGIT_WORD_KEYWORDS, NATO_KEYWORDS, REVERSED_WORDS, ROT13_CUE_KEYWORDS, ROT13_WORDS } from "./normalize/cipher-keywords.js";
import { HEALTH_KEYWORDS, MRN_GATE_KEYWORD, MRN_KEYWORDS, STEM_KEYWORDS } from "./data-class/topic-keywords.js";
import { ADDRESSING_CUES, HERE_KEYWORDS, HONORIFIC_KEYWORDS, NAME_HEADER_KEYWORDS, PERSON_CUE_KEYWORDS, PLACE_CUE_KEYWORDS, SELF_INTRO_CUES } from "./pii/lower-case-cue-keywords.js";
import { EMAIL_CONTEXT_KEYWORDS, OBFUSCATED_EMAIL_KEYWORDS, SPELLED_DOT_KEYWORD } from "./pii/obfuscated-email-keywords.js";
import { TLD_KEYWORDS, WWW_KEYWORD } from "./pii/url-keywords.js";
import { builtinSecretRules } from "./secrets/rules/index.js";
import { SharedKeywords } from "./shared/shared-keywords.js";

/**
 * The keywords of the default detectors, found in one pass per text and shared: the built-in secret rules'
 * keywords (first, in the secret scanner's own order, so its hits come out in the same order) and the
 * confidentiality, health and medical-record words of the data classes, the obfuscated-e-mail gate's and context
 * keywords, the URL scanner's ".tld" anchors and "www.", the person/location scanner's lower-case cue and addressing
 * words, the cipher views' cipher words, cues and spoken digits, the name-column header words and the rarer encodings'
 * NATO words and cipher cues (added last: the indices of the others do not move).
 */
/**
 * The secret rules' key prefixes (`ghp_`, `sk-proj-`, `glpat-`, `sk-ant-api`: four or more key characters with a `-` or
 * `_` inside or at the end, starting with a letter) written backwards: a token that ends with one may be a key reversed.
 */
export const REVERSED_KEY_PREFIXES: readonly string[] = [
  ...new Set(
    builtinSecretRules
      .flatMap((r) => r.keywords)
      .filter((k) => /^[a-z][a-z0-9]*[-_][a-z0-9_-]*$/.test(k) && k.length >= 4)
      .map((k) => [...k].reverse().join("")),
  ),
];

/**
 * The AWS access key id prefixes (`AKIA`, `ASIA`, …) written backwards (`AIKA`, `AISA`, …). Letters only, and one is
 * a Finnish word, so a token ending with one is read as a reversed key only when it has a key id's exact shape (twenty
 * capitals and digits); see the cipher views.
 */
export const REVERSED_KEY_ID_PREFIXES: readonly string[] = (builtinSecretRules.find((r) => r.id === "aws-access-key-id")?.keywords ?? []).map((k) => [...k].reverse().join(""));

export const STANDARD_KEYWORDS = new SharedKeywords([...builtinSecretRules.flatMap((r) => r.keywords), ...STEM_KEYWORDS, ...HEALTH_KEYWORDS, ...MRN_KEYWORDS, MRN_GATE_KEYWORD,
  ...OBFUSCATED_EMAIL_KEYWORDS, SPELLED_DOT_KEYWORD, ...EMAIL_CONTEXT_KEYWORDS, ...TLD_KEYWORDS, WWW_KEYWORD, ...PERSON_CUE_KEYWORDS, ...PLACE_CUE_KEYWORDS, ...ADDRESSING_CUES,
  ...ROT13_WORDS, ...REVERSED_WORDS, ...ATBASH_WORDS, ...ROT13_CUE_KEYWORDS, ...BACKWARDS_CUE_KEYWORDS,
  ...DIGIT_WORD_KEYWORDS, ...NAME_HEADER_KEYWORDS, ...NATO_KEYWORDS, ...CIPHER_CUE_KEYWORDS,
  ...INTL_DIGIT_WORD_KEYWORDS, ...SELF_INTRO_CUES, ...HONORIFIC_KEYWORDS, ...HERE_KEYWORDS, ...REVERSED_KEY_PREFIXES, ...REVERSED_KEY_ID_PREFIXES]);
