import type { DetectorMeta } from "../core/detector.js";
import { mergeThresholds, type Thresholds } from "../detect/thresholds.js";

/**
 * The thresholds a call decides with: the detectors' defaults with the policy's merged over. The defaults are keyed
 * by entity type, and a type key is looked up first (type → detector id → category → `*`), so a policy threshold by
 * detector id, category or `*` (`thresholds: { secret: 0.7 }`) would never be reached for a type that has a default.
 * So the policy's coarser keys are written onto the types they cover: for each defaulted type the policy does not
 * name, its threshold is the policy's for a detector reporting it (the lowest, when several detectors that report it
 * are named), else for its category, else `*`; a type's own key, in the defaults or the policy, keeps precedence over
 * the coarser keys of the same layer.
 */
export function effectiveThresholds(defaults: Thresholds, policy: Thresholds, detectors: readonly Pick<DetectorMeta, "id" | "category" | "entityTypes">[]): Thresholds {
  const out = mergeThresholds(defaults, policy);
  if (Object.keys(policy).length === 0) return Object.freeze(out);
  const owners = new Map<string, { ids: Set<string>; categories: Set<string> }>();
  for (const d of detectors) {
    for (const type of d.entityTypes) {
      const o = owners.get(type) ?? { ids: new Set<string>(), categories: new Set<string>() };
      o.ids.add(d.id);
      o.categories.add(d.category);
      owners.set(type, o);
    }
  }
  const lowest = (keys: Iterable<string>): number | undefined => {
    let v: number | undefined;
    for (const k of keys) {
      const x = policy[k];
      if (x !== undefined && (v === undefined || x < v)) v = x;
    }
    return v;
  };
  for (const type of Object.keys(defaults)) {
    if (policy[type] !== undefined) continue;
    const o = owners.get(type);
    if (!o) continue;
    const v = lowest(o.ids) ?? lowest(o.categories) ?? policy["*"];
    if (v !== undefined) out[type] = v;
  }
  return Object.freeze(out);
}
