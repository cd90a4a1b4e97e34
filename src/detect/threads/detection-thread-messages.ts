import type { Direction, MessageRole } from "../../core/detector.js";
import type { DetectionResult } from "../engine.js";
import type { EngineRecipe } from "../engine-recipe.js";

/** One text to detect in, sent to a detection thread. */
export interface DetectionRequest {
  id: number;
  /** Names the engine (the recipe's JSON); a thread builds each engine once. */
  key: string;
  recipe: EngineRecipe;
  text: string;
  direction: Direction;
  role?: MessageRole;
}

/**
 * A detection thread's messages: `ready` once its default engine is built and warm (models and word lists loaded),
 * then per text the engine's result, or why the engine could not run (never the text).
 */
export type DetectionReply = { ready: true } | { id: number; result: DetectionResult } | { id: number; error: string };

/** The key of the engine built from no options (the gateway's default), which a thread warms up first. */
export const DEFAULT_ENGINE_KEY = "{}";
