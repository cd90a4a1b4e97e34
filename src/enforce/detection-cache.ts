import { hash } from "node:crypto";
import type { Direction, MessageRole } from "../core/detector.js";
import type { DetectionEngine, DetectionResult } from "../detect/engine.js";

/** Texts shorter than this are scanned every time (hashing would cost about as much). */
const CACHE_MIN_LENGTH = 16;
/** Entries per generation: the cache holds up to twice this many results. */
const GENERATION_SIZE = 2_048;

/**
 * Two generations of results: new and recently used ones go to `young`; when it is full it becomes `old` (the
 * previous `old` is dropped whole), and a hit in `old` moves back to `young`. An approximate LRU with O(1) eviction:
 * the exact LRU it replaces evicted with `map.delete(map.keys().next().value)`, and a V8 Map keeps deleted entries as
 * holes at its front until it rehashes, so that iterator skipped up to thousands of them on every store (~3 µs per
 * new text at 4,096 entries, measured in session 9: a few per cent of the guard's CPU on distinct prompts).
 */
interface Generations {
  young: Map<string, DetectionResult>;
  old: Map<string, DetectionResult>;
}

/**
 * Detection with a small cache per engine (a reloaded policy may bring its own) keyed by a digest of the text
 * (never the text itself): conversations resend their whole history every turn, so most parts of a request were
 * already scanned. Results with errors are not cached (the next call retries the detector).
 */
export class DetectionCache {
  private readonly byEngine = new WeakMap<DetectionEngine, Generations>();

  detect(engine: DetectionEngine, text: string, direction: Direction, role: MessageRole): DetectionResult {
    if (text.length < CACHE_MIN_LENGTH) return engine.detect(text, { direction, role });
    const cache = this.cacheOf(engine);
    const key = cacheKey(text, direction, role);
    const hit = lookup(cache, key);
    if (hit) return hit;
    const r = engine.detect(text, { direction, role });
    store(cache, key, r);
    return r;
  }

  /** Whether `detect` would answer this text from the cache. */
  has(engine: DetectionEngine, text: string, direction: Direction, role: MessageRole): boolean {
    if (text.length < CACHE_MIN_LENGTH) return false;
    const cache = this.cacheOf(engine);
    const key = cacheKey(text, direction, role);
    return cache.young.has(key) || cache.old.has(key);
  }

  /** Keep a result `engine` made elsewhere (on a detection thread) for `detect` to answer with. */
  put(engine: DetectionEngine, text: string, direction: Direction, role: MessageRole, result: DetectionResult): void {
    if (text.length >= CACHE_MIN_LENGTH) store(this.cacheOf(engine), cacheKey(text, direction, role), result);
  }

  private cacheOf(engine: DetectionEngine): Generations {
    let cache = this.byEngine.get(engine);
    if (!cache) {
      cache = { young: new Map(), old: new Map() };
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

/** A cached result, moved to the young generation when it was found in the old one. */
function lookup(cache: Generations, key: string): DetectionResult | undefined {
  const young = cache.young.get(key);
  if (young) return young;
  const old = cache.old.get(key);
  if (old) {
    cache.old.delete(key);
    put(cache, key, old);
  }
  return old;
}

function store(cache: Generations, key: string, r: DetectionResult): void {
  if (r.errors.length > 0) return;
  put(cache, key, r);
}

function put(cache: Generations, key: string, r: DetectionResult): void {
  if (cache.young.size >= GENERATION_SIZE) {
    cache.old = cache.young;
    cache.young = new Map();
  }
  cache.young.set(key, r);
}
