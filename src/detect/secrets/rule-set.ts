import { parse as parseYaml } from "yaml";
import { ConfigError, type ConfigIssue } from "../../core/config-error.js";
import { SECRET_VALIDATORS } from "./validators.js";
import type { SecretRule } from "./secret-rule.js";

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FLAG_RE = /^[imsu]*$/;
const KEYWORD_RE = /^[\x20-\x7e]{3,64}$/;
const KNOWN_FIELDS = new Set([
  "id",
  "description",
  "pattern",
  "flags",
  "secretGroup",
  "keywords",
  "unicodeKeywords",
  "entropyMin",
  "allowlist",
  "stopwords",
  "score",
  "validator",
  "placeholderCheck",
  "prefixLength",
  "window",
  "anchored",
  "generic",
  "examples",
]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function tryRegExp(source: string, flags: string): RegExp | string {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Capture groups of a compiled pattern: count and names. */
function groupInfo(re: RegExp): { count: number; names: Set<string> } {
  // An alternative that always matches the empty string exposes the group structure.
  const probe = new RegExp(`${re.source}|`, re.flags.replace(/[gy]/g, ""));
  const m = probe.exec("");
  return { count: m === null ? 0 : m.length - 1, names: new Set(Object.keys(m?.groups ?? {})) };
}

function checkExamples(raw: unknown, path: string, issues: ConfigIssue[]): void {
  if (raw === undefined) return;
  if (!isRecord(raw)) {
    issues.push({ path, message: "must be an object with `positive` and `negative` arrays" });
    return;
  }
  for (const side of ["positive", "negative"] as const) {
    const list = raw[side];
    if (!Array.isArray(list)) {
      issues.push({ path: `${path}.${side}`, message: "must be an array of {text, secret?}" });
      continue;
    }
    list.forEach((ex: unknown, i) => {
      if (!isRecord(ex) || typeof ex.text !== "string" || (ex.secret !== undefined && typeof ex.secret !== "string")) {
        issues.push({ path: `${path}.${side}[${i}]`, message: "must be {text: string, secret?: string}" });
      } else if (typeof ex.secret === "string" && !ex.text.includes(ex.secret)) {
        issues.push({ path: `${path}.${side}[${i}].secret`, message: "must occur in text" });
      }
    });
  }
}

/** Validate one rule, appending every problem found (paths start with `prefix`). */
function checkRule(raw: unknown, prefix: string, issues: ConfigIssue[]): SecretRule | null {
  if (!isRecord(raw)) {
    issues.push({ path: prefix, message: "must be an object" });
    return null;
  }
  const start = issues.length;
  const id = typeof raw.id === "string" ? raw.id : undefined;
  const at = (field: string): string => `${prefix}${id !== undefined ? `(${id})` : ""}.${field}`;
  for (const k of Object.keys(raw)) if (!KNOWN_FIELDS.has(k)) issues.push({ path: at(k), message: "unknown field" });
  if (id === undefined || !ID_RE.test(id)) issues.push({ path: at("id"), message: "must be a kebab-case string" });
  if (typeof raw.description !== "string" || raw.description.trim() === "")
    issues.push({ path: at("description"), message: "must be a non-empty string" });
  const flags = raw.flags === undefined ? "" : raw.flags;
  if (typeof flags !== "string" || !FLAG_RE.test(flags) || new Set(flags).size !== flags.length)
    issues.push({ path: at("flags"), message: "must be a string of distinct flags among i, m, s, u" });
  let re: RegExp | null = null;
  if (typeof raw.pattern !== "string" || raw.pattern === "") {
    issues.push({ path: at("pattern"), message: "must be a non-empty regular expression string" });
  } else {
    const r = tryRegExp(raw.pattern, typeof flags === "string" && FLAG_RE.test(flags) ? flags : "");
    if (typeof r === "string") issues.push({ path: at("pattern"), message: `does not compile: ${r}` });
    else if (r.test("")) issues.push({ path: at("pattern"), message: "must not match the empty string" });
    else re = r;
  }
  if (raw.secretGroup !== undefined) {
    const g = raw.secretGroup;
    if (typeof g !== "number" && typeof g !== "string") {
      issues.push({ path: at("secretGroup"), message: "must be a group number or name" });
    } else if (re !== null) {
      const info = groupInfo(re);
      if (typeof g === "number" && (!Number.isInteger(g) || g < 0 || g > info.count))
        issues.push({ path: at("secretGroup"), message: `must be an integer 0..${info.count}` });
      if (typeof g === "string" && !info.names.has(g))
        issues.push({ path: at("secretGroup"), message: `no named group "${g}" in pattern` });
    }
  }
  const unicode = raw.unicodeKeywords;
  if (unicode !== undefined) {
    if (!isStringArray(unicode) || unicode.length === 0) issues.push({ path: at("unicodeKeywords"), message: "must be a non-empty array of strings" });
    else
      unicode.forEach((k, i) => {
        if (k.length < 2 || k.length > 64 || !/[^\x00-\x7f]/.test(k)) issues.push({ path: at(`unicodeKeywords[${i}]`), message: "must be 2-64 characters with at least one non-ASCII character" });
      });
    if (raw.anchored === true) issues.push({ path: at("unicodeKeywords"), message: "is for unanchored rules only" });
  }
  const keywordsOptional = isStringArray(unicode) && unicode.length > 0;
  if (!isStringArray(raw.keywords) || (raw.keywords.length === 0 && !keywordsOptional)) {
    issues.push({ path: at("keywords"), message: "must be a non-empty array of strings" });
  } else {
    raw.keywords.forEach((k, i) => {
      if (!KEYWORD_RE.test(k)) issues.push({ path: at(`keywords[${i}]`), message: "must be 3-64 printable ASCII characters" });
    });
  }
  if (raw.entropyMin !== undefined && (typeof raw.entropyMin !== "number" || !(raw.entropyMin >= 0 && raw.entropyMin <= 8)))
    issues.push({ path: at("entropyMin"), message: "must be a number in 0..8" });
  if (raw.allowlist !== undefined) {
    if (!isStringArray(raw.allowlist)) issues.push({ path: at("allowlist"), message: "must be an array of regex strings" });
    else
      raw.allowlist.forEach((a, i) => {
        const r = tryRegExp(a, "");
        if (typeof r === "string") issues.push({ path: at(`allowlist[${i}]`), message: `does not compile: ${r}` });
      });
  }
  if (raw.stopwords !== undefined && !isStringArray(raw.stopwords))
    issues.push({ path: at("stopwords"), message: "must be an array of strings" });
  if (typeof raw.score !== "number" || !(raw.score >= 0 && raw.score <= 1))
    issues.push({ path: at("score"), message: "must be a number in 0..1" });
  if (raw.validator !== undefined && (typeof raw.validator !== "string" || !(raw.validator in SECRET_VALIDATORS)))
    issues.push({
      path: at("validator"),
      message: `must be one of ${Object.keys(SECRET_VALIDATORS).join(", ")}`,
    });
  if (raw.placeholderCheck !== undefined && typeof raw.placeholderCheck !== "boolean")
    issues.push({ path: at("placeholderCheck"), message: "must be a boolean" });
  if (raw.anchored !== undefined && typeof raw.anchored !== "boolean")
    issues.push({ path: at("anchored"), message: "must be a boolean" });
  if (raw.generic !== undefined && typeof raw.generic !== "boolean")
    issues.push({ path: at("generic"), message: "must be a boolean" });
  if (raw.prefixLength !== undefined && !(Number.isInteger(raw.prefixLength) && (raw.prefixLength as number) >= 0))
    issues.push({ path: at("prefixLength"), message: "must be a non-negative integer" });
  if (raw.window !== undefined) {
    const w = raw.window;
    const ok = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 65536;
    if (!isRecord(w) || !ok(w.before) || !ok(w.after))
      issues.push({ path: at("window"), message: "must be {before, after} integers in 0..65536" });
  }
  checkExamples(raw.examples, at("examples"), issues);
  return issues.length === start ? (raw as unknown as SecretRule) : null;
}

/**
 * Validate a rule set (untrusted data, e.g. parsed YAML). Collects every problem across all rules
 * and throws one ConfigError listing them, each path naming the rule and the field.
 */
export function validateSecretRules(raw: unknown, source = "secret rule set"): SecretRule[] {
  const issues: ConfigIssue[] = [];
  const list: unknown = isRecord(raw) && Array.isArray(raw.rules) ? raw.rules : raw;
  if (!Array.isArray(list)) throw new ConfigError([{ path: "rules", message: "must be an array of rules" }], source);
  const rules: SecretRule[] = [];
  const seen = new Map<string, number>();
  list.forEach((r: unknown, i) => {
    const rule = checkRule(r, `rules[${i}]`, issues);
    const id = isRecord(r) && typeof r.id === "string" ? r.id : undefined;
    if (id !== undefined) {
      const prev = seen.get(id);
      if (prev !== undefined) issues.push({ path: `rules[${i}](${id}).id`, message: `duplicates rules[${prev}]` });
      else seen.set(id, i);
    }
    if (rule !== null) rules.push(rule);
  });
  if (issues.length > 0) throw new ConfigError(issues, source);
  return rules;
}


/**
 * Parse a rule file (YAML or JSON text: a list of rules, or `{ rules: [...] }`) and validate it.
 * Syntax errors and rule problems are all reported as one ConfigError.
 */
export function parseSecretRuleSet(text: string, source = "secret rule file"): SecretRule[] {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new ConfigError([{ path: "", message: `not valid YAML/JSON: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` }], source);
  }
  return validateSecretRules(raw, source);
}
