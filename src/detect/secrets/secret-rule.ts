/**
 * The secret rule format. Rules are plain data (strings, numbers, arrays) so that users can ship
 * their own rule sets as YAML/JSON and so that another regex engine (re2) can run user rules:
 * nothing here is a compiled RegExp or a function.
 */

/** A worked example for a rule: `secret` is the exact substring the rule must report (its span). */
export interface SecretRuleExample {
  text: string;
  /** Expected secret value for positives (the reported span must equal it). */
  secret?: string;
}

export interface SecretRule {
  /** Stable kebab-case id; becomes the finding `type` (e.g. `github-pat`). */
  id: string;
  description: string;
  /** Regular expression source (ECMAScript syntax for built-ins; user rules should stay RE2-compatible). */
  pattern: string;
  /** Subset of `i`, `m`, `s`, `u`. `g` and `d` are added by the engine. */
  flags?: string;
  /**
   * Capture group holding the secret value: a number or a group name. Defaults to the named group
   * `secret` when the pattern has one, otherwise the whole match.
   */
  secretGroup?: number | string;
  /** Lower-case literals (≥ 3 chars); the regex only runs near places where one of them occurs. */
  keywords: readonly string[];
  /**
   * Literals with non-ASCII characters (labels in other scripts: "пароль", "密码"), which the keyword pass cannot
   * see (it reads ASCII only): when the text holds one (case-insensitively), the rule's regex runs from a little
   * before the first one to the end. May stand in for `keywords` (which may then be empty). Unanchored rules only.
   */
  unicodeKeywords?: readonly string[];
  /** Minimum Shannon entropy (bits/char) of the secret; below it the match is dropped. */
  entropyMin?: number;
  /** Regex sources; a secret matching any of them is dropped (known examples, test values). */
  allowlist?: readonly string[];
  /** Case-insensitive substrings; a secret containing any of them is dropped. */
  stopwords?: readonly string[];
  /** Base confidence 0..1 for a match that passes every check. */
  score: number;
  /** Name of a built-in validator (checksum, structure or context scorer); see `validators.ts`. */
  validator?: string;
  /** Apply the shared placeholder filter (`xxxx`, `${VAR}`, `changeme`...) to the secret. Default true. */
  placeholderCheck?: boolean;
  /** Characters of the secret that are a fixed prefix, skipped by the placeholder filter. */
  prefixLength?: number;
  /**
   * The pattern starts where one of the keywords occurs (case-insensitively): the engine then
   * tries it only at keyword positions (an anchored, sticky match) instead of searching a window.
   * Much faster for frequent keywords; look-behind in the pattern still sees the real text.
   */
  anchored?: boolean;
  /** How far around a keyword occurrence the regex looks (chars before / after); unanchored rules only. */
  window?: { before: number; after: number };
  /** Catch-all rule: loses to provider-specific rules when their spans overlap. */
  generic?: boolean;
  /** Examples checked by the test-suite: positives must be reported, negatives must not. */
  examples?: { positive: readonly SecretRuleExample[]; negative: readonly SecretRuleExample[] };
}

/** Default window around a keyword hit, wide enough for every bounded token format. */
export const DEFAULT_WINDOW: Readonly<{ before: number; after: number }> = { before: 64, after: 512 };
