import type RE2 from "re2";
import { loadRe2 } from "../shared/load-re2.js";
import { ConfigError, type ConfigIssue } from "../../core/config-error.js";
import { DATA_CLASSES, type DataClass } from "../../core/data-class.js";
import { FINDING_CATEGORIES, type FindingCategory } from "../../core/finding.js";
import { compileSpelledKeywords, type SpelledKeywords } from "./spelled-keywords.js";

/** A custom rule as written in config (YAML → plain object). Exactly one of `pattern` or `keywords`. */
export interface CustomRuleConfig {
  /** Unique id, `[a-z0-9][a-z0-9._-]*`; the finding's detector is `custom.<id>`. */
  id: string;
  /** Entity type reported (default: the id upper-cased with `-`/`.` turned to `_`). */
  type?: string;
  /** Finding category (default `custom`). */
  category?: FindingCategory;
  /** A regex in re2 syntax (no look-around, no back-references): matching is linear-time. */
  pattern?: string;
  /** A deny list: words or phrases matched as whole words. */
  keywords?: readonly string[];
  /** Score given to every match, in (0, 1] (default 0.9). */
  score?: number;
  /**
   * Regex flags: any of `i` (ignore case), `m` (multi-line), `s` (dot matches newline).
   * Keyword rules accept `i` and default to it when `flags` is absent.
   */
  flags?: string;
  /** For patterns: report only this capture group's span (default 0, the whole match). */
  group?: number;
  /** Data class a match gives the text (e.g. `CONFIDENTIAL`). */
  dataClass?: DataClass;
  /** Human description used in explanations (never the value). */
  description?: string;
}

/** A validated, compiled rule. */
export interface CompiledCustomRule {
  readonly id: string;
  readonly type: string;
  readonly category: FindingCategory;
  readonly score: number;
  readonly kind: "pattern" | "keywords";
  /** re2 regex with the `g` and `d` flags (`d` gives capture-group indices). */
  readonly regex: RE2;
  readonly group: number;
  readonly dataClass: DataClass | undefined;
  readonly description: string;
  /** Lower-cased keywords (keyword rules only), used to gate the leet view. */
  readonly keywords: readonly string[];
  /** Keyword rules: the keywords looked for written in pieces (`p-a-s-s w-o-r-d`); see spelled-keywords.ts. */
  readonly spelled?: SpelledKeywords;
}

const CATEGORIES: readonly FindingCategory[] = FINDING_CATEGORIES;
const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
const FIELDS = new Set(["id", "type", "category", "pattern", "keywords", "score", "flags", "group", "dataClass", "description"]);
const MAX_PATTERN_LENGTH = 2000;
const MAX_KEYWORDS = 10_000;

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

/** Default entity type for a rule id: `acme-project.code` → `ACME_PROJECT_CODE`. */
export function defaultRuleType(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

function countGroups(re: RE2, group: number): boolean {
  // re2 has no group count accessor: a pattern with N groups matched against "" (via an alternation) still
  // reports N+1 slots; we test the group index through an empty-alternative wrapper.
  const probe = new (loadRe2())(`(?:${re.source})|`, "d");
  const m = probe.exec("");
  return m !== null && group < m.length;
}

/**
 * Validate and compile custom rules from config. Every problem is collected and thrown as one ConfigError whose
 * issue paths name the rule (`customRules[2] (acme-ids).pattern`). Patterns are compiled by re2, which rejects
 * back-references and look-around and guarantees linear-time matching, so no rule can hang the gateway.
 */
export function compileCustomRules(raw: unknown, path = "customRules"): CompiledCustomRule[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ConfigError([{ path, message: "must be a list of rules" }], "custom rules");
  const issues: ConfigIssue[] = [];
  const out: CompiledCustomRule[] = [];
  const seen = new Set<string>();
  raw.forEach((r: unknown, i) => {
    const named = typeof r === "object" && r !== null && typeof (r as { id?: unknown }).id === "string" ? ` (${(r as { id: string }).id})` : "";
    const at = `${path}[${i}]${named}`;
    const bad = (field: string, message: string): void => void issues.push({ path: field ? `${at}.${field}` : at, message });
    if (typeof r !== "object" || r === null || Array.isArray(r)) return bad("", "must be an object");
    const o = r as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!FIELDS.has(k)) bad(k, "unknown field");
    const before = issues.length;

    const id = o.id;
    if (typeof id !== "string" || !ID.test(id)) bad("id", "must be 1-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit");
    else if (seen.has(id)) bad("id", "duplicate rule id");
    else seen.add(id);

    if (o.type !== undefined && (typeof o.type !== "string" || !/^[A-Za-z0-9_.-]{1,64}$/.test(o.type))) bad("type", "must be 1-64 characters of letters, digits, '_', '.' or '-'");
    if (o.category !== undefined && !CATEGORIES.includes(o.category as FindingCategory)) bad("category", `must be one of ${CATEGORIES.join(", ")}`);
    if (o.score !== undefined && (typeof o.score !== "number" || !(o.score > 0 && o.score <= 1))) bad("score", "must be a number in (0, 1]");
    if (o.dataClass !== undefined && !DATA_CLASSES.includes(o.dataClass as DataClass)) bad("dataClass", `must be one of ${DATA_CLASSES.join(", ")}`);
    if (o.description !== undefined && typeof o.description !== "string") bad("description", "must be a string");
    if (o.group !== undefined && !(Number.isInteger(o.group) && (o.group as number) >= 0)) bad("group", "must be a non-negative integer");

    const hasPattern = o.pattern !== undefined;
    const hasKeywords = o.keywords !== undefined;
    if (hasPattern === hasKeywords) bad("", "needs exactly one of `pattern` or `keywords`");
    const flags = o.flags === undefined ? (hasKeywords ? "i" : "") : o.flags;
    const allowedFlags = hasKeywords ? /^i?$/ : /^(?!.*(.).*\1)[ims]*$/;
    if (typeof flags !== "string" || !allowedFlags.test(flags)) bad("flags", hasKeywords ? "keyword rules accept only `i`" : "must be a combination of i, m, s (each at most once)");

    let source: string | undefined;
    let keywords: string[] = [];
    if (hasPattern) {
      if (typeof o.pattern !== "string" || o.pattern.length === 0) bad("pattern", "must be a non-empty string");
      else if (o.pattern.length > MAX_PATTERN_LENGTH) bad("pattern", `is longer than ${MAX_PATTERN_LENGTH} characters`);
      else source = o.pattern;
    }
    if (hasKeywords) {
      const kws = o.keywords;
      if (!Array.isArray(kws) || kws.length === 0 || kws.length > MAX_KEYWORDS) bad("keywords", `must be a list of 1-${MAX_KEYWORDS} strings`);
      else
        kws.forEach((k: unknown, j) => {
          if (typeof k !== "string" || k.trim().length === 0) bad(`keywords[${j}]`, "must be a non-empty string");
          else keywords.push(k.trim());
        });
      // Longest first, so that "internal only" wins over "internal" in the alternation.
      keywords = [...new Set(keywords)].sort((a, b) => b.length - a.length);
      if (keywords.length > 0) source = keywords.map((k) => escapeRegex(k).replace(/\s+/g, "\\s+")).join("|");
    }
    if (issues.length > before || source === undefined || typeof id !== "string" || typeof flags !== "string") return;

    let regex: RE2;
    try {
      regex = new (loadRe2())(source, `${flags}gdu`);
    } catch (err) {
      return bad(hasPattern ? "pattern" : "keywords", `not a valid re2 regex (${(err as Error).message}); re2 has no look-around or back-references`);
    }
    try {
      if (new (loadRe2())(`^(?:${source})$`, `${flags}u`).test("")) return bad("pattern", "matches the empty string");
    } catch {
      // the anchored probe cannot fail when the pattern compiled; ignore
    }
    const group = (o.group as number | undefined) ?? 0;
    if (group > 0 && !countGroups(regex, group)) return bad("group", `pattern has no capture group ${group}`);
    out.push({
      id,
      type: (o.type as string | undefined) ?? defaultRuleType(id),
      category: (o.category as FindingCategory | undefined) ?? "custom",
      score: (o.score as number | undefined) ?? 0.9,
      kind: hasPattern ? "pattern" : "keywords",
      regex,
      group,
      dataClass: o.dataClass as DataClass | undefined,
      description: (o.description as string | undefined) ?? `custom rule ${id}`,
      keywords: keywords.map((k) => k.toLowerCase()),
      ...(hasPattern ? {} : { spelled: compileSpelledKeywords(keywords, flags === "i") }),
    });
  });
  if (issues.length > 0) throw new ConfigError(issues, "custom rules");
  return out;
}
