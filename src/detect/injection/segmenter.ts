import { foldTable } from "./fold-table.js";
import { T_AI, T_RULE_HINT, T_STRONG, triggerTable, type TriggerTable } from "./trigger-lexicon.js";

/** Segments are sentences or lines, at most this many UTF-16 units (longer runs are cut at a space). */
export const MAX_SEGMENT = 400;
const MIN_CUT = 160;
// Local copies of fold-table / trigger-lexicon constants (see featurizer.ts for why; featurizer.test.ts checks them).
const CLS_SPACE = 1;
const CLS_WORD = 3;
const CLS_DELIM = 4;
const T_DELIM = 1 << 8;
const T_STRONG_LOCAL = 1 << 10;
/**
 * Families specific enough that one word of them makes its sentence a cue (others need a second family): request
 * verbs (print, reveal, repeat, ...) and the non-English override vocabulary. Measured on held-out attacks embedded
 * in 2-8 KB of mixed text, this keeps 2 in 3 of the detections that a two-family-only rule loses, at ~1 µs per 4 KB.
 */
const SINGLE_CUE = (1 << 4) | (1 << 7); // T_EXTRACT | T_FOREIGN

/** Sentence/line segments of a text: parallel arrays of [start, end) in UTF-16 units, trimmed of whitespace. */
export interface Segments {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Trigger-family bits per segment (only filled by {@link segmentAndScan} and {@link segmentRegions}). */
  readonly triggers: Int32Array;
  /** Region of each segment: windows never span two regions (segments of different regions are not adjacent). */
  readonly region: Int32Array;
  readonly length: number;
  /** Number of attack-specific (T_STRONG) words seen by {@link segmentRegions} (0 for the other segmenters). */
  readonly strong: number;
}

function lookup(t: TriggerTable, h: number): number {
  const keys = t.keys;
  const values = t.values;
  let i = (h ^ (h >>> 13)) & t.mask;
  for (;;) {
    const v = values[i]!;
    if (keys[i] === h) return v;
    if (v === 0) return 0;
    i = (i + 1) & t.mask;
  }
}

/**
 * Split `text` into segments: a boundary after every line break, after `.`, `!`, `?` (or `。`) followed by
 * whitespace, and at the last space before MAX_SEGMENT units. Segments without any letter or digit are dropped.
 * One linear pass over char codes; no regex, no per-segment allocation beyond the growing result arrays.
 */
export function segmentText(text: string): Segments {
  return finish(split(text, 0, text.length, false, 0, emptyAcc()));
}

/** The segments {@link segmentTextScratch} fills (kept, grown, for the next call). */
let scratchAcc: Acc | undefined;

/**
 * {@link segmentText} into reused arrays, valid only until the next call: for scoreText, which is synchronous and
 * never re-entered. Four fresh typed arrays per text were ~3% of the classifier's time on 1 KB prompts, plus the
 * garbage they leave.
 */
export function segmentTextScratch(text: string): Segments {
  const acc = (scratchAcc ??= emptyAcc());
  acc.count = 0;
  return finish(split(text, 0, text.length, false, 0, acc));
}

/**
 * Like {@link segmentText}, and in the same pass the trigger families of each segment's words (the cheap gate for
 * long inputs: segments without attack vocabulary are never featurised).
 */
export function segmentAndScan(text: string): Segments {
  return finish(split(text, 0, text.length, true, 0, emptyAcc()));
}

/** Word families (bits 0-7 of trigger-lexicon: override .. foreign). */
const FAMILIES = 0xff;
/**
 * Long inputs: one cheap pass over the words finds sentences with attack vocabulary: a specific word (T_STRONG:
 * "ignore", "jailbreak", "assistant", "instructions", ...) or words of two different families ("print" + "system").
 * Only the sentences around them (up to MAX_SEGMENT units either side, snapped to line/sentence boundaries) are
 * segmented, as regions. Text without such vocabulary costs one table lookup per character and nothing else.
 */
export function segmentRegions(text: string): Segments {
  const { cls, fold } = foldTable();
  const tt = triggerTable();
  // Hoisted table fields and an inlined probe: this loop touches every character of long inputs. It only records
  // cue words (start and end of each word that makes its sentence worth scoring); regions are built afterwards, so
  // the per-character loop stays small enough for V8 to keep it tight.
  const keys = tt.keys;
  const values = tt.values;
  const mask = tt.mask;
  const n = text.length;
  // The code units are read from a typed copy: one native copy, then array loads, about half the cost of
  // charCodeAt per unit in this loop.
  const units = codeUnits(text);
  let hits: Int32Array = cueScratch;
  let nHits = 0;
  let singles = 0;
  let strong = 0;
  let sentBits = 0;
  for (let i = 0; i < n; ) {
    let c = units[i]!;
    let k = cls[c]!;
    if (k === CLS_WORD) {
      // A word: hashed in an inner loop (dropped characters inside a word are skipped, not word breaks).
      const wordStart = i;
      let wh = 0x811c9dc5 | 0;
      let wordLen = 0;
      for (;;) {
        if (k === CLS_WORD) {
          wh = Math.imul(wh ^ fold[c]!, 0x01000193);
          wordLen++;
        }
        if (++i >= n) break;
        c = units[i]!;
        k = cls[c]!;
        if (k !== CLS_WORD && k !== 0) break;
      }
      let bits = 0;
      // Spaced-out words ("I G N O R E  A L L") hide from the word lookup: a run of single letters is itself
      // worth scoring (the character n-grams see through the spacing).
      if (wordLen === 1) {
        if (++singles >= 6) bits = T_STRONG_LOCAL;
      } else {
        singles = 0;
        // Trigger words are 2..15 letters long; skip the table probe for anything else.
        if (wordLen <= 15) {
          let j = (wh ^ (wh >>> 13)) & mask;
          for (;;) {
            const v = values[j]!;
            if (keys[j] === wh) {
              bits = v;
              break;
            }
            if (v === 0) break;
            j = (j + 1) & mask;
          }
        }
      }
      if (bits !== 0) {
        if ((bits & T_STRONG_LOCAL) !== 0) strong++;
        sentBits |= bits;
        const fam = sentBits & FAMILIES;
        // Strong word, two distinct families in the sentence so far, or a word of a single-cue family that is not a
        // member name in code (`out.append(`, `sys.stdout.write`, `console.log(x.output)`: request verbs are common
        // identifiers, and one such word alone made every line of code that uses them a region). A bare call stays a
        // cue: "Run this: print('...')" is an attack shape.
        const single = (bits & SINGLE_CUE) !== 0 && (wordStart === 0 || units[wordStart - 1] !== 0x2e);
        // an AI word and an addressing word in one sentence ("Note to the agent: …", "agents … must …")
        const addressed = (sentBits & T_AI) !== 0 && (sentBits & T_RULE_HINT) !== 0;
        if ((sentBits & T_STRONG_LOCAL) !== 0 || (fam & (fam - 1)) !== 0 || single || addressed) {
          if (nHits + 2 > hits.length) hits = growCues(hits);
          hits[nHits++] = wordStart;
          hits[nHits++] = i;
        }
      }
      if (i >= n) break;
      // i is now the character that ended the word: handled below like any other non-word character.
    }
    if (k !== 0) {
      // Sentence ends reset the family accumulator.
      if (k === CLS_SPACE) {
        if (c === 0x0a || c === 0x0d) sentBits = 0;
      } else if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < n && cls[units[i + 1]!] === CLS_SPACE) {
        sentBits = 0;
      } else if (c === 0x3c && i + 1 < n && units[i + 1] === 0x7c) {
        // "<|": chat-template tokens (<|im_start|>, <|endoftext|>) are made of ordinary words, so no word lookup
        // sees them; the opener itself is specific enough to count as an attack-specific cue.
        strong++;
        if (nHits + 2 > hits.length) hits = growCues(hits);
        hits[nHits++] = i;
        hits[nHits++] = i + 2;
      }
    }
    i++;
  }
  if (nHits === 0) return { starts: NONE, ends: NONE, triggers: NONE, region: NONE, length: 0, strong };
  // Regions: the sentences around each cue word (up to MAX_SEGMENT either side), overlapping ones merged.
  const acc = emptyAcc();
  let regionLo = -1;
  let regionHi = -1;
  let regionId = 0;
  for (let h = 0; h < nHits; h += 2) {
    const ws = hits[h]!;
    if (ws < regionHi) continue;
    const lo = boundaryBefore(units, n, ws);
    const hi = boundaryAfter(units, n, hits[h + 1]!);
    if (regionLo >= 0 && lo <= regionHi) {
      regionHi = Math.max(regionHi, hi);
    } else {
      if (regionLo >= 0) split(text, regionLo, regionHi, true, regionId++, acc);
      regionLo = lo;
      regionHi = hi;
    }
  }
  split(text, regionLo, regionHi, true, regionId, acc);
  return finish(acc, strong);
}

/** Reused typed copy of the scanned text (segmentRegions is synchronous, so one buffer serves every call). */
let unitScratch = new Uint16Array(0);
let unitBytes = Buffer.from(unitScratch.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The UTF-16 code units of `text` in a reused Uint16Array (valid up to text.length until the next call). Node writes
 * "utf16le" as the raw code units (lone surrogates included), which is what charCodeAt would return.
 */
function codeUnits(text: string): Uint16Array {
  if (!LITTLE_ENDIAN) return Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  if (unitScratch.length < text.length) {
    unitScratch = new Uint16Array(Math.max(text.length, unitScratch.length * 2, 4096));
    unitBytes = Buffer.from(unitScratch.buffer);
  }
  unitBytes.write(text, 0, text.length * 2, "utf16le");
  return unitScratch;
}

/** Shared empty arrays of the (common) result without regions: no allocation for text without cues. */
const NONE = new Int32Array(0);

/** Double the cue buffer (kept for later calls). */
function growCues(hits: Int32Array): Int32Array {
  const bigger = new Int32Array(hits.length * 2);
  bigger.set(hits);
  cueScratch = bigger;
  return bigger;
}

/** Reused buffer of cue-word positions (segmentRegions is synchronous, so one buffer serves every call). */
let cueScratch: Int32Array = new Int32Array(256);

/** `-->` ending at index i. */
function isCommentEnd(text: string, i: number): boolean {
  return i >= 2 && text.charCodeAt(i - 1) === 0x2d && text.charCodeAt(i - 2) === 0x2d;
}

/**
 * Whether a segment starts at i (over the typed copy of segmentRegions): i follows a line break, or sentence
 * punctuation (or the end of an HTML comment) plus whitespace.
 */
function isUnitBoundaryAt(u: Uint16Array, i: number): boolean {
  const p = u[i - 1]!;
  if (p === 0x0a || p === 0x0d || p === 0x3002) return true;
  if (p !== 0x20 && p !== 0x09) return false;
  const q = i >= 2 ? u[i - 2]! : 0;
  return q === 0x2e || q === 0x21 || q === 0x3f || (q === 0x3e && i >= 4 && u[i - 3] === 0x2d && u[i - 4] === 0x2d);
}

function boundaryBefore(u: Uint16Array, n: number, at: number): number {
  const lo = Math.max(0, at - MAX_SEGMENT);
  for (let i = Math.min(at, n); i > lo; i--) if (isUnitBoundaryAt(u, i)) return i;
  return lo;
}

function boundaryAfter(u: Uint16Array, n: number, at: number): number {
  const hi = Math.min(n, at + MAX_SEGMENT);
  for (let i = at; i < hi; i++) if (isUnitBoundaryAt(u, i + 1)) return i + 1;
  return hi;
}

interface Acc {
  starts: Int32Array;
  ends: Int32Array;
  trig: Int32Array;
  region: Int32Array;
  count: number;
}

function emptyAcc(): Acc {
  const cap = 64;
  return { starts: new Int32Array(cap), ends: new Int32Array(cap), trig: new Int32Array(cap), region: new Int32Array(cap), count: 0 };
}

function grow(a: Acc): void {
  const cap = a.starts.length * 2;
  const g = (x: Int32Array): Int32Array => {
    const y = new Int32Array(cap);
    y.set(x);
    return y;
  };
  a.starts = g(a.starts);
  a.ends = g(a.ends);
  a.trig = g(a.trig);
  a.region = g(a.region);
}

function finish(a: Acc, strong = 0): Segments {
  return { starts: a.starts, ends: a.ends, triggers: a.trig, region: a.region, length: a.count, strong };
}

function split(text: string, from: number, to: number, scan: boolean, regionId: number, acc: Acc): Acc {
  const { cls, fold } = foldTable();
  const tt = triggerTable();
  const n = to;
  let segStart = from;
  let lastSpace = -1;
  let hasWord = false;
  let bits = 0;
  let wh = 0x811c9dc5 | 0;
  let inWord = false;
  let prevDelim = false;

  for (let i = from; i <= n; i++) {
    let c: number;
    let k: number;
    if (i < n) {
      c = text.charCodeAt(i);
      k = cls[c]!;
    } else {
      c = 0x0a; // sentinel: closes the last word and segment
      k = CLS_SPACE;
    }
    if (scan) {
      if (k === CLS_WORD) {
        wh = Math.imul(wh ^ fold[c]!, 0x01000193);
        inWord = true;
        prevDelim = false;
      } else if (k !== 0) {
        if (inWord) {
          bits |= lookup(tt, wh);
          wh = 0x811c9dc5 | 0;
          inWord = false;
        }
        if (k === CLS_DELIM) {
          if (prevDelim) bits |= T_DELIM;
          prevDelim = true;
        } else if (k !== CLS_SPACE) prevDelim = false;
      }
    }
    let cut = -1;
    if (c === 0x0a || c === 0x0d) {
      cut = i + 1;
    } else if (k === CLS_SPACE) {
      lastSpace = i;
    } else if (k === CLS_WORD) {
      hasWord = true;
    } else if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < n && cls[text.charCodeAt(i + 1)] === CLS_SPACE) {
      cut = i + 1;
    } else if (c === 0x3e && i + 1 < n && cls[text.charCodeAt(i + 1)] === CLS_SPACE && isCommentEnd(text, i)) {
      cut = i + 1; // the end of an HTML comment closes a segment, so hidden instructions get their own span
    } else if (c === 0x3002) {
      cut = i + 1;
    }
    if (cut < 0 && i + 1 - segStart >= MAX_SEGMENT) {
      cut = lastSpace > segStart + MIN_CUT ? lastSpace + 1 : i + 1;
      // Never cut between the halves of a surrogate pair.
      const prev = text.charCodeAt(cut - 1);
      if (prev >= 0xd800 && prev <= 0xdbff && cut < n) cut++;
    }
    if (cut < 0) continue;
    if (cut > n) cut = n;
    if (hasWord) {
      let s = segStart;
      let e = cut;
      while (s < e && cls[text.charCodeAt(s)] === CLS_SPACE) s++;
      while (e > s && cls[text.charCodeAt(e - 1)] === CLS_SPACE) e--;
      if (e > s) {
        if (acc.count === acc.starts.length) grow(acc);
        acc.starts[acc.count] = s;
        acc.ends[acc.count] = e;
        acc.trig[acc.count] = bits;
        acc.region[acc.count] = regionId;
        acc.count++;
      }
    }
    segStart = cut;
    hasWord = false;
    lastSpace = -1;
    bits = 0;
    // After a cut at a space, the rest of the current run belongs to the next segment.
    for (let j = cut; j <= i && j < n; j++) if (cls[text.charCodeAt(j)] === CLS_WORD) hasWord = true;
  }
  return acc;
}
