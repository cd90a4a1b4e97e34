import type { DetectionEngine, DetectionEngineOptions } from "./engine.js";

/**
 * The options an engine was built from, when they are plain data (no detector objects, no post-processing
 * functions): another thread can build the same engine from them. Engines built with code in their options have none.
 */
export type EngineRecipe = Omit<DetectionEngineOptions, "detectors" | "postProcess">;

const recipes = new WeakMap<DetectionEngine, { recipe: EngineRecipe; key: string }>();

/** Remember how `engine` was built, if another thread can rebuild it from `options` alone. */
export function rememberRecipe(engine: DetectionEngine, options: DetectionEngineOptions): void {
  if (options.detectors !== undefined || options.postProcess !== undefined) return;
  let key: string;
  try {
    key = JSON.stringify(options);
    // Options that do not survive JSON (a RegExp, a function in detector options) cannot cross to a thread.
    if (JSON.stringify(JSON.parse(key)) !== key || !sameData(options, JSON.parse(key) as unknown)) return;
  } catch {
    return;
  }
  recipes.set(engine, { recipe: JSON.parse(key) as EngineRecipe, key });
}

/** How to rebuild `engine` elsewhere (a recipe and a key naming it), or undefined when it cannot be. */
export function engineRecipe(engine: DetectionEngine): { recipe: EngineRecipe; key: string } | undefined {
  return recipes.get(engine);
}

/** Whether `a` is plain JSON data equal to `b` (JSON.stringify drops functions and turns RegExps into `{}`). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === null || typeof a !== "object") return a === b;
  if (typeof b !== "object" || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (Object.getPrototypeOf(a) !== Object.prototype || Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
