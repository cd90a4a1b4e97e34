import { parentPort } from "node:worker_threads";
import { createDetectionEngine, type DetectionEngine } from "../engine.js";
import { DEFAULT_ENGINE_KEY, type DetectionReply, type DetectionRequest } from "./detection-thread-messages.js";

/** Engines kept per thread (a policy reload brings a new one; old ones are dropped oldest first). */
const MAX_ENGINES = 8;

/** Detection thread entry: builds each engine from its recipe once, then detects one text per message, in order. */
const port = parentPort;
if (!port) throw new Error("detection-worker must run in a worker thread");
const engines = new Map<string, DetectionEngine>();

function engineFor(req: DetectionRequest): DetectionEngine {
  let engine = engines.get(req.key);
  if (!engine) {
    engine = createDetectionEngine(req.recipe);
    if (engines.size >= MAX_ENGINES) engines.delete(engines.keys().next().value as string);
    engines.set(req.key, engine);
  }
  return engine;
}

// Warm up before taking texts: the default engine built, its patterns compiled, its models and word lists read.
const warm = createDetectionEngine();
warm.prepare?.();
engines.set(DEFAULT_ENGINE_KEY, warm);
port.postMessage({ ready: true } satisfies DetectionReply);

port.on("message", (req: DetectionRequest) => {
  let reply: DetectionReply;
  try {
    reply = { id: req.id, result: engineFor(req).detect(req.text, { direction: req.direction, ...(req.role ? { role: req.role } : {}) }) };
  } catch (err) {
    // Building an engine can fail (its options were checked where it was first built, so only a bug gets here).
    reply = { id: req.id, error: err instanceof Error ? `${err.name}: ${err.message.slice(0, 200)}` : "detection thread failed" };
  }
  port.postMessage(reply);
});
