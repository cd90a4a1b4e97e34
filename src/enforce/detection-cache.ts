import { hash } from "node:crypto";
import type { Direction, MessageRole } from "../core/detector.js";
import type { DetectionEngine, DetectionResult } from "../detect/engine.js";

/** Texts shorter than this are scanned every time (hashing would cost about as much). */
const CACHE_MIN_LENGTH = 16;
const CACHE_SIZE = 4_096;

/**
 * Detection with a small LRU cache per engine (a reloaded policy may bring its own) keyed by a digest of the text
 * (never the text itself): conversations resend their whole history every turn, so most parts of a request were
 * already scanned. Results with errors are not cached (the next call retries the detector).
 */
export class DetectionCache {
  private readonly byEngine = new WeakMap<DetectionEngine, Map<string, DetectionResult>>();

  detect(engine: DetectionEngine, text: string, direction: Direction, role: MessageRole): DetectionResult {
    if (text.length < CACHE_MIN_LENGTH) return engine.detect(text, { direction, role });
    const cache = this.cacheOf(engine);
    const key = cacheKey(text, direction, role);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const r = engine.detect(text, { direction, role });
    store(cache, key, r);
    return r;
  }

  /** Whether `detect` would answer this text from the cache. */
  has(engine: DetectionEngine, text: string, direction: Direction, role: MessageRole): boolean {
    return text.length >= CACHE_MIN_LENGTH && this.cacheOf(engine).has(cacheKey(text, direction, role));
  }

  /** Keep a result `engine` made elsewhere (on a detection thread) for `detect` to answer with. */
  put(engine: DetectionEngine, text: string, direction: Direction, role: MessageRole, result: DetectionResult): void {
    if (text.length >= CACHE_MIN_LENGTH) store(this.cacheOf(engine), cacheKey(text, direction, role), result);
  }

  private cacheOf(engine: DetectionEngine): Map<string, DetectionResult> {
    let cache = this.byEngine.get(engine);
    if (!cache) {
      cache = new Map();
      this.byEngine.set(engine, cache);
    }
    return cache;
  }
}

/** One-shot digest: no Hash object per text (measurable at a few parts per call, thousands of calls a second). */
function cacheKey(text: string, direction: Direction, role: MessageRole): string {
  return `${direction}:${role}:${text.length >= MEMO_MIN_LENGTH ? memoDigest(text) : hash("sha256", text, "base64")}`;
}

/**
 * Large texts are looked up several times while one request is handled (is it cached? the detection thread's result
 * stored, the scan's lookup), and their digest costs ~2 ms per MB on the event loop: the last few are remembered for
 * a few seconds. Comparing the string itself is cheaper than hashing it again (the same string object: a pointer
 * compare; an equal copy: a memcmp), and the memo lets go of the strings soon after the request.
 */
const MEMO_MIN_LENGTH = 65_536;
const MEMO_SIZE = 4;
const MEMO_TTL_MS = 5_000;
const memo: Array<{ text: string; digest: string }> = [];
let memoTimer: NodeJS.Timeout | undefined;

function memoDigest(text: string): string {
  for (const e of memo) if (e.text.length === text.length && e.text === text) return e.digest;
  const digest = hash("sha256", text, "base64");
  if (memo.length >= MEMO_SIZE) memo.shift();
  memo.push({ text, digest });
  memoTimer ??= setTimeout(() => {
    memo.length = 0;
    memoTimer = undefined;
  }, MEMO_TTL_MS).unref();
  return digest;
}

function store(cache: Map<string, DetectionResult>, key: string, r: DetectionResult): void {
  if (r.errors.length > 0) return;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, r);
}
