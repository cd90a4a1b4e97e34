import type { ConfigIssue } from "../core/config-error.js";
import type { DetectorMeta } from "../core/detector.js";
import { compileGlob } from "./glob.js";
import type { PolicyDocument, PolicyRule } from "./policy-schema.js";

/**
 * Findings the enforcement layer makes itself, outside the detection engine (src/enforce: leakage-detector,
 * policy-guard, injected-links, scan-parts, policy-stream): rules may name them like any detector's.
 */
export const ENFORCEMENT_FINDINGS: readonly { detector: string; types: readonly string[] }[] = [
  { detector: "leakage.system-prompt", types: ["SYSTEM_PROMPT_LEAK"] },
  { detector: "leakage.canary", types: ["CANARY"] },
  { detector: "leakage.system-secret", types: ["SYSTEM_PROMPT_SECRET"] },
  { detector: "injection.tool-call", types: ["INJECTED_TOOL_CALL"] },
  { detector: "exfiltration.injected-link", types: ["INJECTED_LINK"] },
  { detector: "exfiltration.url", types: ["EXFIL_UNFINISHED_SINK"] },
  { detector: "enforce.unscanned", types: ["UNSCANNED_IMAGE", "UNSCANNED_AUDIO", "UNSCANNED_FILE"] },
];

/** The detector ids and entity types a policy's rules can match. */
export interface KnownNames {
  detectors: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

/** Known names from detector metadata, extra detector ids (sub-detectors, custom rules) and extra types. */
export function knownNames(detectors: readonly DetectorMeta[], extra: { detectors?: readonly string[]; types?: readonly string[] } = {}): KnownNames {
  const ids = new Set<string>(extra.detectors);
  const types = new Set<string>(extra.types);
  for (const d of detectors) {
    ids.add(d.id);
    for (const t of d.entityTypes) types.add(t);
  }
  for (const f of ENFORCEMENT_FINDINGS) {
    ids.add(f.detector);
    for (const t of f.types) types.add(t);
  }
  return { detectors: ids, types };
}

/**
 * Rules that name an entity type or detector no finding can have: a typo (`EMAIL_ADRESS`, `custom.nonexistent`)
 * would silently turn the rule off, or the part of it that named the type. Each issue names the rule by its id and
 * suggests the closest known name. A glob must match at least one known name.
 */
export function unknownNameIssues(doc: PolicyDocument, known: KnownNames): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const check = (rule: PolicyRule, at: string) => {
    // `notType` is not checked: a name there that no finding has excludes nothing, so the rule acts on more, never less.
    const fields = [
      ["type", rule.match.type, known.types, "entity type"],
      ["detector", rule.match.detector, known.detectors, "detector"],
    ] as const;
    for (const [field, values, names, what] of fields) {
      for (const value of values ?? []) {
        if (names.has(value)) continue;
        const test = compileGlob(value);
        if (/[*?]/.test(value) && [...names].some(test)) continue;
        const near = closest(value, names);
        issues.push({ path: `${at}.match.${field}`, message: `rule '${rule.id}' can never match: unknown ${what} '${value}'${near ? ` (did you mean '${near}'?)` : ""}` });
      }
    }
  };
  doc.rules.forEach((r, i) => check(r, `rules.${i}`));
  doc.scopes.forEach((s, j) => s.rules.forEach((r, i) => check(r, `scopes.${j}.rules.${i}`)));
  return issues;
}

/**
 * Scopes whose `match.provider` names no configured provider (a glob must match at least one): a typo there would
 * silently never apply the scope's rules, so it is refused like an unknown entity type.
 */
export function unknownProviderIssues(doc: PolicyDocument, providers: readonly string[]): ConfigIssue[] {
  const names = new Set(providers);
  return doc.scopes.flatMap((s, j) => {
    const value = s.match.provider;
    if (value === undefined || names.has(value) || (/[*?]/.test(value) && providers.some(compileGlob(value)))) return [];
    const near = closest(value, names);
    const scope = s.id === undefined ? "" : ` '${s.id}'`;
    return [
      {
        path: `scopes.${j}.match.provider`,
        message: `scope${scope} can never apply: unknown provider '${value}' (configured: ${providers.join(", ") || "none"})${near ? `; did you mean '${near}'?` : ""}`,
      },
    ];
  });
}

/** The known name nearest to `value` (case-insensitive edit distance), when near enough to be a likely typo. */
export function closest(value: string, names: Iterable<string>): string | undefined {
  const v = value.toLowerCase().replace(/[*?]/g, "");
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const n of names) {
    const d = editDistance(v, n.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = n;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(v.length / 3)) ? best : undefined;
}

/** Levenshtein distance, giving up (returning `limit`) once every path exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(d);
      if (d < min) min = d;
    }
    if (min >= limit) return limit;
    prev = row;
  }
  return prev[b.length] ?? limit;
}
