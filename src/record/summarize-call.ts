import type { DataClass } from "../core/data-class.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import { findingDataClasses } from "../decide/finding-data-classes.js";

/** Keys never copied into clear-text metadata: they could carry raw matched values. */
const RAW_KEYS = new Set(["value", "values", "text", "raw", "match", "matched", "original", "replacement", "secret", "content"]);

/**
 * A JSON-safe copy of an unknown value for clear-text metadata (e.g. the decision path): functions and cyclic
 * references dropped, keys that may carry raw values removed, depth and size bounded.
 */
export function toSafeJson(value: unknown, depth = 0): JsonValue | undefined {
  if (value === null || typeof value === "boolean" || typeof value === "string") return typeof value === "string" ? value.slice(0, 512) : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (depth > 8 || typeof value !== "object") return undefined;
  if (Array.isArray(value)) {
    // Each element converted once (converting it twice, to test then to keep, doubled the work per nesting level).
    const out: JsonValue[] = [];
    for (let i = 0; i < value.length && i < 256; i++) {
      const j = toSafeJson(value[i], depth + 1);
      if (j !== undefined) out.push(j);
    }
    return out;
  }
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (RAW_KEYS.has(k.toLowerCase())) continue;
    const j = toSafeJson(v, depth + 1);
    if (j !== undefined) out[k] = j;
  }
  return out;
}

/**
 * Findings as metadata: detector, category, type, span, score (and action/rule when decided), and the data classes
 * of the call (PII, PHI, PCI, SECRET, SOURCE_CODE, CONFIDENTIAL: what retention by data class works on); never text
 * or values. Classes come from each finding's category and type (a PII finding in a text about health counts as PHI
 * only when its type is a health identifier: the text's own classes are not known here).
 */
export function summarizeFindings(findings: unknown): JsonObject | undefined {
  if (!Array.isArray(findings) || findings.length === 0) return undefined;
  const byType: JsonObject = {};
  const items: JsonValue[] = [];
  const classes = new Set<DataClass>();
  for (const f of findings.slice(0, 500)) {
    if (typeof f !== "object" || f === null) continue;
    const r = f as Record<string, unknown>;
    const type = typeof r["type"] === "string" ? r["type"] : "unknown";
    byType[type] = ((byType[type] as number | undefined) ?? 0) + 1;
    const item: JsonObject = { type };
    for (const k of ["detector", "category", "view", "action", "ruleId"] as const) if (typeof r[k] === "string") item[k] = r[k] as string;
    for (const k of ["start", "end", "score", "messageIndex"] as const) if (typeof r[k] === "number") item[k] = r[k] as number;
    items.push(item);
    if (typeof r["category"] === "string") for (const c of findingDataClasses({ category: r["category"] as never, type })) classes.add(c);
  }
  return { count: findings.length, byType, items, ...(classes.size > 0 ? { dataClasses: [...classes].sort() } : {}) };
}

/** Token usage fields (numbers only) found in a response body or a stream event, merged into `into`. */
export function collectUsage(body: JsonValue | undefined, into: JsonObject = {}): JsonObject {
  if (!isJsonObject(body)) return into;
  const sources = [body["usage"], isJsonObject(body["response"]) ? body["response"]["usage"] : undefined, isJsonObject(body["message"]) ? body["message"]["usage"] : undefined];
  for (const u of sources) {
    if (!isJsonObject(u)) continue;
    for (const [k, v] of Object.entries(u)) if (typeof v === "number") into[k] = v;
  }
  return into;
}
