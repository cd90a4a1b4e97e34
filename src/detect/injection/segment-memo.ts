import { hash } from "node:crypto";
import type { InjectionModel } from "./injection-model.js";

/**
 * What the injection scorer computes for one segment from the segment's own characters alone: its n-gram sum and
 * feature count under a model, its trigger families and the heuristic rules that fire on it.
 */
export interface SegmentScore {
  readonly sum: number;
  readonly count: number;
  readonly triggers: number;
  readonly rules: number;
}

/** Segments a generation holds (a generation is ~100 KB: a key is a 44-character digest). */
const GENERATION = 1024;

/**
 * The memo key of text[start, end): a SHA-256 digest, so that the memo holds no text (prompts carry secrets and
 * personal data; the guard's detection cache is keyed the same way) and no one can make a segment collide with
 * another one that scored benign. Only for segments without characters from U+D800 on (the scorer memoises
 * those below U+0100 only): their UTF-8 form, which the digest reads, is then one-to-one.
 */
export function segmentKey(text: string, start: number, end: number): string {
  return hash("sha256", text.slice(start, end), "base64");
}

/**
 * Scores of recently seen segments of one frame. Two generations, as the guard's detection cache: a segment found in
 * the older one moves to the current one, and when the current one is full it becomes the older one (and the older
 * one is dropped). So segments that keep coming back stay, whatever else passes through (a map dropping its oldest
 * entry would drop a system prompt seen on every call once enough other sentences had passed).
 */
export class SegmentTable {
  private current = new Map<string, SegmentScore>();
  private older = new Map<string, SegmentScore>();

  /** The score remembered under `key` ({@link segmentKey}), if any. */
  get(key: string): SegmentScore | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Remember `score` under `key`. */
  set(key: string, score: SegmentScore): void {
    if (this.current.size >= GENERATION) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(key, score);
  }
}

/**
 * Segment scores of one model, one table per (tool, transcript) frame since the rules read both. Chat traffic sends
 * the same sentences again and again (system prompts, templates, earlier turns pasted back, a ticket number changing
 * in an otherwise fixed prompt): a text that differs from an earlier one only in some sentences then costs the
 * featuriser and the rule regexes only for those.
 */
export class SegmentMemo {
  private readonly tables: SegmentTable[] = [new SegmentTable(), new SegmentTable(), new SegmentTable(), new SegmentTable()];

  /** The table for a frame. */
  table(tool: boolean, transcript: boolean): SegmentTable {
    return this.tables[(tool ? 2 : 0) + (transcript ? 1 : 0)]!;
  }
}

const memos = new WeakMap<InjectionModel, SegmentMemo>();

/**
 * The memo of a model (weights differ between models, so scores are never shared across them). A model's weights
 * must not change in place once it has scored text (the trainer makes a new model object for new weights).
 */
export function segmentMemoFor(model: InjectionModel): SegmentMemo {
  let m = memos.get(model);
  if (m === undefined) {
    m = new SegmentMemo();
    memos.set(model, m);
  }
  return m;
}
