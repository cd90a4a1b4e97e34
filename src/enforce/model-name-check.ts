import { WardenError } from "../core/warden-error.js";
import type { DetectionEngine } from "../detect/engine.js";

/** Categories whose values must not travel in a model name (it is logged, stored in clear audit metadata, routed). */
const GUARDED = new Set(["secret", "pii", "custom"]);
/** Clean model names remembered (applications use a handful), so the check costs a map probe per call. */
const CLEAN_MAX = 512;

/**
 * The check of a request's `model` field. A model name is structure, not text: it routes the call, goes upstream
 * as is, and is written to the request log and to the audit entry's clear metadata, so no policy action can rewrite
 * it. A value that the detectors report there (an API key or an e-mail address appended to a routed name such as
 * `gpt-4o-<key>`, which a `gpt-*` route accepts) refuses the call with `WARDEN_REQUEST_MODEL_REJECTED`, before the
 * name is logged, routed or recorded; the error names the finding types, never the value. A detector error refuses
 * the call too (fail closed). Names found clean are remembered.
 */
export function createModelNameCheck(engine: () => DetectionEngine): (model: string) => void {
  const clean = new Set<string>();
  return (model) => {
    if (clean.has(model)) return;
    const e = engine();
    const r = e.detect(model, { direction: "request" });
    const types = [...new Set(r.findings.filter((f) => GUARDED.has(f.category) && e.isActionable(f)).map((f) => f.type))];
    if (types.length > 0) throw new WardenError("WARDEN_REQUEST_MODEL_REJECTED", { details: { finding_types: types } });
    // A detector that failed here fails on the request's text too, where the policy's fail mode decides: not cached.
    if (r.errors.length > 0) return;
    if (clean.size >= CLEAN_MAX) clean.clear();
    clean.add(model);
  };
}
