import type { CompiledPolicy } from "../decide/compile-policy.js";
import { createLeakageDetector, type LeakageDetector } from "./leakage-detector.js";

/** System prompts whose leakage detectors are kept per policy (least recently used dropped first). */
const LEAKAGE_CACHE_SIZE = 256;

/**
 * Leakage detectors per policy and system prompt: an app sends the same system prompt with every call, and a
 * detector's secret values and prompt windows are worked out once (they depend on nothing else).
 */
export class LeakageCache {
  private readonly byPolicy = new WeakMap<CompiledPolicy, Map<string, LeakageDetector>>();

  /** The detector for a policy and the request's system texts. */
  get(policy: CompiledPolicy, system: readonly string[]): LeakageDetector {
    let byPrompt = this.byPolicy.get(policy);
    if (!byPrompt) {
      byPrompt = new Map();
      this.byPolicy.set(policy, byPrompt);
    }
    const key = system.length === 1 ? (system[0] as string) : system.join("\u0000\u0001");
    let d = byPrompt.get(key);
    if (d) {
      byPrompt.delete(key);
    } else {
      d = createLeakageDetector(system, policy.doc.leakage.canaries, policy.doc.leakage.minLength);
      if (byPrompt.size >= LEAKAGE_CACHE_SIZE) byPrompt.delete(byPrompt.keys().next().value as string);
    }
    byPrompt.set(key, d);
    return d;
  }
}
