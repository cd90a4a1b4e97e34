import type RE2 from "re2";
import { loadRe2 } from "./shared/load-re2.js";
import { ConfigError, type ConfigIssue } from "../core/config-error.js";
import type { Finding } from "../core/finding.js";

/** Allowlist as written in config: exact values and/or regexes (run on re2) a finding's value may match. */
export interface AllowlistConfig {
  /** Exact values never reported (compared after trimming; case-sensitive unless `ignoreCase`). */
  values?: readonly string[];
  /** Regexes (re2 syntax) that must match the WHOLE finding value for it to be dropped. */
  patterns?: readonly string[];
  /** Restrict the allowlist to these entity types (default: every type). */
  types?: readonly string[];
  ignoreCase?: boolean;
}

/** A validated allowlist, ready to test values. */
export interface Allowlist {
  /** True when the finding's value (its slice of `text`) is allowed, i.e. must not be reported. */
  allows(finding: Finding, text: string): boolean;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

/**
 * Validate and compile allowlists from config (one object or a list). Throws ConfigError naming each bad field.
 * Patterns are anchored to the whole value and compiled with re2, so they run in linear time.
 */
export function compileAllowlist(raw: unknown, path = "allowlist"): Allowlist {
  const entries = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const issues: ConfigIssue[] = [];
  const compiled: { values: Set<string>; patterns: RE2[]; types: Set<string> | undefined; ignoreCase: boolean }[] = [];
  entries.forEach((e: unknown, i) => {
    const at = Array.isArray(raw) ? `${path}[${i}]` : path;
    if (typeof e !== "object" || e === null) {
      issues.push({ path: at, message: "must be an object with `values` and/or `patterns`" });
      return;
    }
    const o = e as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (!["values", "patterns", "types", "ignoreCase"].includes(key)) issues.push({ path: `${at}.${key}`, message: "unknown field" });
    }
    const ignoreCase = o.ignoreCase === true;
    if (o.ignoreCase !== undefined && typeof o.ignoreCase !== "boolean") issues.push({ path: `${at}.ignoreCase`, message: "must be a boolean" });
    if (o.values !== undefined && !isStringArray(o.values)) issues.push({ path: `${at}.values`, message: "must be a list of strings" });
    if (o.types !== undefined && !isStringArray(o.types)) issues.push({ path: `${at}.types`, message: "must be a list of entity types" });
    const patterns: RE2[] = [];
    if (o.patterns !== undefined) {
      if (!isStringArray(o.patterns)) issues.push({ path: `${at}.patterns`, message: "must be a list of regex strings" });
      else
        o.patterns.forEach((p, j) => {
          try {
            patterns.push(new (loadRe2())(`^(?:${p})$`, ignoreCase ? "iu" : "u"));
          } catch (err) {
            issues.push({ path: `${at}.patterns[${j}]`, message: `invalid re2 pattern: ${(err as Error).message}` });
          }
        });
    }
    const values = isStringArray(o.values) ? o.values.map((v) => (ignoreCase ? v.trim().toLowerCase() : v.trim())) : [];
    compiled.push({ values: new Set(values), patterns, types: isStringArray(o.types) ? new Set(o.types) : undefined, ignoreCase });
  });
  if (issues.length > 0) throw new ConfigError(issues, "allowlist");
  return {
    allows(finding: Finding, text: string): boolean {
      if (compiled.length === 0) return false;
      const value = text.slice(finding.start, finding.end).trim();
      for (const c of compiled) {
        if (c.types && !c.types.has(finding.type)) continue;
        if (c.values.has(c.ignoreCase ? value.toLowerCase() : value)) return true;
        for (const p of c.patterns) if (p.test(value)) return true;
      }
      return false;
    },
  };
}
