import { ConfigError, type ConfigIssue } from "../core/config-error.js";
import type { RegisteredDetector } from "../core/detector.js";

/** A set of detector definitions indexed by id. */
export interface DetectorRegistry {
  /** All definitions, in registration order. */
  list(): readonly RegisteredDetector[];
  get(id: string): RegisteredDetector | undefined;
  /**
   * Ids selected by `selectors`: an exact id (`pii.email`), a category (`pii`, every `pii.*` detector) or a
   * prefix glob (`secret.*`). Throws ConfigError for a selector that selects nothing.
   */
  select(selectors: readonly string[], path: string): Set<string>;
}

function matches(selector: string, d: RegisteredDetector): boolean {
  if (selector === d.meta.id || selector === d.meta.category || selector === "*") return true;
  if (selector.endsWith(".*")) return d.meta.id.startsWith(selector.slice(0, -1));
  return false;
}

/** Build a registry; duplicate ids are a programming error and throw ConfigError naming the id. */
export function createDetectorRegistry(detectors: readonly RegisteredDetector[]): DetectorRegistry {
  const byId = new Map<string, RegisteredDetector>();
  const issues: ConfigIssue[] = [];
  for (const d of detectors) {
    if (byId.has(d.meta.id)) issues.push({ path: `detectors.${d.meta.id}`, message: "duplicate detector id" });
    byId.set(d.meta.id, d);
  }
  if (issues.length > 0) throw new ConfigError(issues, "detector registry");
  return {
    list: () => [...byId.values()],
    get: (id) => byId.get(id),
    select(selectors, path) {
      const out = new Set<string>();
      const bad: ConfigIssue[] = [];
      selectors.forEach((s, i) => {
        const hit = [...byId.values()].filter((d) => matches(s, d));
        if (hit.length === 0) bad.push({ path: `${path}[${i}]`, message: `no detector matches '${s}' (known: ${[...byId.keys()].join(", ")})` });
        for (const d of hit) out.add(d.meta.id);
      });
      if (bad.length > 0) throw new ConfigError(bad, "detection options");
      return out;
    },
  };
}
