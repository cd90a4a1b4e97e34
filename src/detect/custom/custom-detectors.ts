import type { Detector } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import type { CompiledCustomRule } from "./custom-rule.js";
import { findSpelledKeywords, textWords } from "./spelled-keywords.js";

/** Most matches one rule reports per text: bounds output (and time) on adversarial input. */
export const MAX_MATCHES_PER_RULE = 1000;

const WORD = /[\p{L}\p{N}_]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && WORD.test(ch);
}

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isLowerOrDigit = (ch: string): boolean => isLower(ch) || (ch >= "0" && ch <= "9");

/** Character at UTF-16 index `i`, or the full surrogate pair when `i` points into one. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const lo = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1);
}

function charAfter(text: string, i: number): string {
  const cp = text.codePointAt(i);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/** Run one rule over `text`. re2 on a JS string reports UTF-16 indices, so spans need no conversion. */
function runRule(rule: CompiledCustomRule, text: string, out: Finding[]): void {
  const re = rule.regex;
  re.lastIndex = 0;
  let count = 0;
  while (count < MAX_MATCHES_PER_RULE) {
    const m = re.exec(text);
    if (m === null) break;
    const whole = m[0];
    if (whole.length === 0) {
      re.lastIndex = m.index + 1; // cannot happen for validated rules; never loop forever
      continue;
    }
    let start = m.index;
    let end = start + whole.length;
    if (rule.kind === "keywords") {
      // Whole words only: a keyword edge that is a word character must not touch another word character, except
      // where identifiers join words: an underscore (BLUEBIRD_API, get_bluebird) or a camelCase step (projectBluebird,
      // bluebirdLookup).
      const before = charBefore(text, start);
      const after = charAfter(text, end);
      const edgeStart = isWordChar(whole.charAt(0)) && isWordChar(before) && before !== "_" && !(isLowerOrDigit(before) && isUpper(whole.charAt(0)));
      const edgeEnd = isWordChar(whole.charAt(whole.length - 1)) && isWordChar(after) && after !== "_" && !(isLower(whole.charAt(whole.length - 1)) && isUpper(after));
      if (edgeStart || edgeEnd) {
        re.lastIndex = start + 1;
        continue;
      }
    } else if (rule.group > 0) {
      const idx = m.indices?.[rule.group];
      if (!idx) continue;
      [start, end] = idx;
      if (end <= start) continue;
    }
    out.push({
      detector: `custom.${rule.id}`,
      category: rule.category,
      type: rule.type,
      start,
      end,
      score: rule.score,
      explanation: `Matched ${rule.kind === "keywords" ? "deny-list keyword of" : "pattern of"} ${rule.description}`,
    });
    count++;
  }
  re.lastIndex = 0;
}

function makeDetector(id: string, description: string, rules: readonly CompiledCustomRule[]): Detector {
  return {
    meta: {
      id,
      category: "custom",
      entityTypes: [...new Set(rules.map((r) => r.type))],
      languages: ["*"],
      version: "1",
      description,
    },
    detect(input): Finding[] {
      const out: Finding[] = [];
      let words: ReturnType<typeof textWords> | undefined;
      for (const rule of rules) {
        runRule(rule, input.text, out);
        if (!rule.spelled) continue;
        words ??= textWords(input.text);
        for (const [start, end] of findSpelledKeywords(input.text, words, rule.spelled, MAX_MATCHES_PER_RULE)) {
          out.push({ detector: `custom.${rule.id}`, category: rule.category, type: rule.type, start, end, score: rule.score, explanation: `Matched deny-list keyword, spelled out, of ${rule.description}` });
        }
      }
      return out;
    },
  };
}

/** Detector ids of the custom rule detectors. `custom.keywords` also runs on the leet-folded view. */
export const CUSTOM_REGEX_DETECTOR_ID = "custom.patterns";
export const CUSTOM_KEYWORD_DETECTOR_ID = "custom.keywords";

/**
 * Detectors for compiled custom rules: one for regex rules and one for keyword (deny-list) rules, so the
 * engine can run keyword rules on the leet view without running user regexes there.
 */
export function createCustomDetectors(rules: readonly CompiledCustomRule[]): Detector[] {
  const patterns = rules.filter((r) => r.kind === "pattern");
  const keywords = rules.filter((r) => r.kind === "keywords");
  const out: Detector[] = [];
  if (patterns.length > 0) out.push(makeDetector(CUSTOM_REGEX_DETECTOR_ID, "Custom regex rules from configuration (re2)", patterns));
  if (keywords.length > 0) out.push(makeDetector(CUSTOM_KEYWORD_DETECTOR_ID, "Custom keyword deny lists from configuration", keywords));
  return out;
}
