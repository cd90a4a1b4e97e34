import type { DecisionPath } from "../core/decision.js";

export type { ControlFailure, DecisionEntry, DecisionPath } from "../core/decision.js";

/** Short, value-free summary of one direction, e.g. `tokenize:PERSON×2,redact:aws-access-key-id×1`. */
export function summarizeDirection(p: DecisionPath): string {
  if (p.outcome === "control-failed" || p.outcome === "quarantined") return p.outcome;
  const counts = new Map<string, number>();
  for (const e of p.entries) {
    if (e.action === "allow") continue;
    const k = `${e.action}:${e.type}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const shadow = p.entries.filter((e) => e.shadow).length;
  const parts = [...counts].map(([k, n]) => `${k}×${n}`);
  if (p.failure?.failMode === "open") parts.unshift("fail-open");
  if (shadow > 0) parts.push(`shadow×${shadow}`);
  return parts.length > 0 ? parts.join(",") : "allow";
}

/** The `x-warden-decision` header: `v=<12 hex>; request=...; response=...` (ASCII-safe: `×` becomes `x`). */
export function decisionHeader(paths: readonly DecisionPath[]): string {
  let out = `v=${paths[0]?.policyVersion.slice(0, 12) ?? "none"}`;
  for (const p of paths) {
    // Most calls decide nothing: no map, no join, no replace for them (this runs on every call).
    const quiet = p.entries.length === 0 && p.outcome !== "control-failed" && p.outcome !== "quarantined" && p.failure?.failMode !== "open";
    out += `; ${p.direction}=${quiet ? "allow" : summarizeDirection(p).replaceAll("×", "x")}`;
  }
  return out;
}

/** `messages.1.content.0.text` */
export function pathString(path: readonly (string | number)[]): string {
  return path.join(".");
}
