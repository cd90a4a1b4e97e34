import * as FT from "./fold-table.js";
import { foldTable, type FoldTable } from "./fold-table.js";
import * as TL from "./trigger-lexicon.js";
import { triggerTable, type TriggerTable } from "./trigger-lexicon.js";

// Local copies of imported constants: some loaders (tsx, vitest) turn imported bindings into getter calls, which
// costs ~8x in the hot loops below. featurizer.test.ts checks they stay equal to the exported ones.
const CLS_DROP = 0;
const CLS_SPACE = 1;
const CLS_WORD = 3;
const CLS_DELIM = 4;
const T_DELIM = 1 << 8;
/** Same as trigger-lexicon's lookupTrigger, local for the same reason as the constants. */
function lookupTrigger(t: TriggerTable, h: number): number {
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

/** @internal the constants this file copies, for the consistency test. */
export const COPIED_CONSTANTS = {
  CLS_DROP: [CLS_DROP, FT.CLS_DROP],
  CLS_SPACE: [CLS_SPACE, FT.CLS_SPACE],
  CLS_WORD: [CLS_WORD, FT.CLS_WORD],
  CLS_DELIM: [CLS_DELIM, FT.CLS_DELIM],
  T_DELIM: [T_DELIM, TL.T_DELIM],
} as const;

/**
 * Hashed features of one text range, computed on char codes without allocating strings:
 *  - char 3/4/5-grams over the folded letters, digits and delimiter symbols with whitespace and other punctuation
 *    removed, so "I g n o r e", "IGNORE" and "ig\u200bnore" give the same grams;
 *  - word unigrams and bigrams of the folded words;
 *  - (feature set 2) structure: the first word of the range (imperatives addressed to the model open a sentence:
 *    "ignore ...", "pretend ...", "forget ..."), and the trigger families present and every pair of them (override +
 *    instruction words, role + delimiter, persona + AI, ...), so evidence that attacks share across wordings and
 *    languages is one weight instead of thousands of n-grams the training data may never have contained.
 * Hashing is signed: one hash bit picks the bucket's sign, so collisions between unrelated n-grams average out.
 * Features land in a `2^bits` table; scoring sums Int8 weights directly (scale applied once by the caller), and
 * training collects the indices. Both paths share this loop so training and inference can never disagree.
 */
export class Featurizer {
  /** Sum of weights of the last range (scoring mode). */
  sum = 0;
  /** Number of features of the last range. */
  count = 0;
  /** Trigger-family bits of the last range (see trigger-lexicon). */
  triggers = 0;

  private readonly ft: FoldTable;
  private readonly tt: TriggerTable;
  private readonly shift: number;

  /**
   * @param bits log2 of the weight table size
   * @param featureSet 1: char and word n-grams; 2: also the structure features (first word, trigger families); 3: also
   *   periodic runs counted once
   */
  constructor(
    readonly bits: number,
    readonly featureSet: number = FEATURE_SET,
  ) {
    this.ft = foldTable();
    this.tt = triggerTable();
    this.shift = 32 - bits;
  }

  /** Score `text[start, end)` against `weights` (length 2^bits); results in sum/count/triggers. */
  score(text: string, start: number, end: number, weights: Int8Array): void {
    this.run(text, start, end, weights, null);
  }

  /**
   * Collect features of `text[start, end)` into `out` (training): an index `i` means +1 at `i`, a negative value
   * `~i` means -1 at `i` (signed feature hashing, so colliding features cancel instead of adding up).
   */
  collect(text: string, start: number, end: number, out: number[]): void {
    this.run(text, start, end, null, out);
  }

  private run(text: string, start: number, end: number, weights: Int8Array | null, out: number[] | null): void {
    const { fold, cls } = this.ft;
    const tt = this.tt;
    const shift = this.shift;
    let sum = 0;
    let count = 0;
    let bits = 0;
    // Last four stream characters (for 5-grams) and how many are valid.
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    let p4 = 0;
    let have = 0;
    let wh = 0x811c9dc5 | 0;
    let prevWord = 0;
    let hasPrevWord = false;
    let inWord = false;
    let prevDelim = false;
    const structure = this.featureSet >= 2;
    // Feature set 3: in a periodic run ("QUJDQUJD…", "AAAA…", "hahaha…") the char n-grams repeat every 1-4
    // characters; once the last five stream characters equal the five 1, 2, 3 or 4 before them the run's grams are
    // not counted again, so 800 characters of one base64 period weigh like its first few (a window's sum is
    // divided by sqrt(count), which let a repeated gram of small weight grow without bound).
    const periodic = this.featureSet >= 3;
    let run1 = 0;
    let run2 = 0;
    let run3 = 0;
    let run4 = 0;
    for (let i = start; i <= end; i++) {
      let k: number;
      let c: number;
      if (i < end) {
        const raw = text.charCodeAt(i);
        k = cls[raw]!;
        if (k === CLS_DROP) continue;
        c = fold[raw]!;
      } else {
        k = CLS_SPACE; // sentinel closes the last word
        c = 0x20;
      }
      if (k === CLS_WORD) {
        wh = Math.imul(wh ^ c, 0x01000193);
        inWord = true;
        prevDelim = false;
      } else {
        if (inWord) {
          // Word unigram and bigram features, and the trigger lookup.
          bits |= lookupTrigger(tt, wh);
          let u = Math.imul(wh ^ 0x5bd1e995, 0x85ebca6b);
          u = Math.imul(u ^ (u >>> 13), 0xc2b2ae35);
          u ^= u >>> 16;
          const ui = u >>> shift;
          if (weights !== null) sum += (u & 1) === 0 ? weights[ui]! : -weights[ui]!;
          else out!.push((u & 1) === 0 ? ui : ~ui);
          count++;
          if (!hasPrevWord && structure) {
            // The opening word, as its own feature (a sentence that starts with "ignore" is not one that has it).
            let o = Math.imul(wh ^ 0x3c6ef372, 0x9e3779b1);
            o = Math.imul(o ^ (o >>> 15), 0x85ebca6b);
            o ^= o >>> 13;
            const oi = o >>> shift;
            if (weights !== null) sum += (o & 1) === 0 ? weights[oi]! : -weights[oi]!;
            else out!.push((o & 1) === 0 ? oi : ~oi);
            count++;
          }
          if (hasPrevWord) {
            let b = Math.imul(prevWord ^ 0x27d4eb2f, 0x165667b1) ^ wh;
            b = Math.imul(b ^ (b >>> 15), 0x85ebca6b);
            b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
            b ^= b >>> 16;
            const bi = b >>> shift;
            if (weights !== null) sum += (b & 1) === 0 ? weights[bi]! : -weights[bi]!;
            else out!.push((b & 1) === 0 ? bi : ~bi);
            count++;
          }
          prevWord = wh;
          hasPrevWord = true;
          wh = 0x811c9dc5 | 0;
          inWord = false;
        }
        if (k === CLS_DELIM) {
          if (prevDelim) bits |= T_DELIM;
          prevDelim = true;
        } else {
          if (k !== CLS_SPACE) prevDelim = false;
          continue; // whitespace and ordinary punctuation are not part of the char stream
        }
      }
      if (periodic) {
        run1 = have >= 1 && c === p1 ? run1 + 1 : 0;
        run2 = have >= 2 && c === p2 ? run2 + 1 : 0;
        run3 = have >= 3 && c === p3 ? run3 + 1 : 0;
        run4 = have >= 4 && c === p4 ? run4 + 1 : 0;
      }
      // Char n-grams ending at c: hash c, then extend backwards over the previous stream characters.
      let g = Math.imul(0x9e3779b9 ^ c, 0x01000193);
      if (have >= 2 && !(run1 >= 5 || run2 >= 5 || run3 >= 5 || run4 >= 5)) {
        g = Math.imul(g ^ p1, 0x01000193);
        g = Math.imul(g ^ p2, 0x01000193);
        let x = Math.imul(g ^ (g >>> 15), 0x2c1b3c6d);
        x ^= x >>> 12;
        const i3 = x >>> shift;
        if (weights !== null) sum += (x & 1) === 0 ? weights[i3]! : -weights[i3]!;
        else out!.push((x & 1) === 0 ? i3 : ~i3);
        count++;
        if (have >= 3) {
          g = Math.imul(g ^ p3, 0x01000193);
          x = Math.imul(g ^ (g >>> 15), 0x2c1b3c6d);
          x ^= x >>> 12;
          const i4 = x >>> shift;
          if (weights !== null) sum += (x & 1) === 0 ? weights[i4]! : -weights[i4]!;
          else out!.push((x & 1) === 0 ? i4 : ~i4);
          count++;
          if (have >= 4) {
            g = Math.imul(g ^ p4, 0x01000193);
            x = Math.imul(g ^ (g >>> 15), 0x2c1b3c6d);
            x ^= x >>> 12;
            const i5 = x >>> shift;
            if (weights !== null) sum += (x & 1) === 0 ? weights[i5]! : -weights[i5]!;
            else out!.push((x & 1) === 0 ? i5 : ~i5);
            count++;
          }
        }
      }
      p4 = p3;
      p3 = p2;
      p2 = p1;
      p1 = c;
      if (have < 4) have++;
    }
    if (structure && bits !== 0) {
      // Trigger families present, and each pair of them: at most 12 + 66 features, usually a handful.
      for (let a = 0; a < FAMILY_BITS; a++) {
        if ((bits & (1 << a)) === 0) continue;
        for (let b = a; b < FAMILY_BITS; b++) {
          if ((bits & (1 << b)) === 0) continue;
          let x = Math.imul((a * 16 + b + 1) ^ 0x7f4a7c15, 0x9e3779b1);
          x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
          x ^= x >>> 12;
          const xi = x >>> shift;
          if (weights !== null) sum += (x & 1) === 0 ? weights[xi]! : -weights[xi]!;
          else out!.push((x & 1) === 0 ? xi : ~xi);
          count++;
        }
      }
    }
    this.sum = sum;
    this.count = count;
    this.triggers = bits;
  }
}

/** Feature set of newly trained models (see {@link Featurizer}); models record theirs, older ones are set 1. */
export const FEATURE_SET = 3;
/** Trigger-family bits that become structure features (T_OVERRIDE .. T_SWITCH). */
const FAMILY_BITS = 12;

/**
 * The rule view of a range: folded (lowercase, accents and invisibles removed), whitespace collapsed to single
 * spaces, punctuation kept. Heuristic rules are written against this form.
 */
export function ruleView(text: string, start: number, end: number): string {
  const { fold, cls } = foldTable();
  // Folded units go to a reused buffer (no per-unit array growth); the string is made from it in chunks.
  if (viewBuf.length < end - start) viewBuf = new Uint16Array(Math.max(end - start, viewBuf.length * 2));
  const codes = viewBuf;
  let len = 0;
  let lastSpace = true;
  for (let i = start; i < end; i++) {
    const raw = text.charCodeAt(i);
    const k = cls[raw]!;
    if (k === CLS_DROP) continue;
    if (k === CLS_SPACE) {
      if (!lastSpace) codes[len++] = 0x20;
      lastSpace = true;
      continue;
    }
    codes[len++] = fold[raw]!;
    lastSpace = false;
  }
  let s = "";
  for (let i = 0; i < len; i += 4096) {
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  }
  return s;
}

/** Scratch buffer of ruleView (synchronous, never re-entered). */
let viewBuf = new Uint16Array(512);
