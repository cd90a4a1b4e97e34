import type { SharedScan } from "../../core/detector.js";
import { DIGIT_TOKENS, scanDigitTokens, type DigitTokens } from "../shared/digit-tokens.js";

export { scanDigitTokens, type DigitTokens } from "../shared/digit-tokens.js";

/**
 * The explicit, per-text scan every PII scanner shares. The combined PII detector builds one per text
 * and hands it to each scanner, so the digit-token pass (and the numeric candidates and street
 * addresses built on it) is computed at most once per text, with no state outside this object: cost
 * does not depend on the order detectors run in, and concurrent or interleaved texts cannot mix.
 */

/** A run of digit groups joined by single separators (space, dash, dot, underscore, slash). */
export interface NumericCandidate {
  start: number;
  end: number;
  /** Digits only. */
  digits: string;
  /** Digit count of each group, in order. */
  groups: readonly number[];
  /** Separator characters between groups ("" when the run has one group). */
  seps: string;
  /** Group lengths joined by "-" ("3-2-4"), precomputed for shape checks. */
  shape: string;
}

/** A street-address match (shared by the address scanner and the person/location scanner). */
export interface AddressMatch {
  start: number;
  end: number;
  value: string;
  /** Found only in the view with words in capitals title-cased (`value` is then the view's text). */
  caps?: boolean;
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Positions of separator characters that may start an IPv6 or MAC address (see `PiiScan.separatorAnchors`). */
export interface SeparatorAnchors {
  n: number;
  pos: Int32Array;
}

/**
 * The anchors of the IP and MAC scanners: a ":" before up to four hex digits and another ":" (every IPv6
 * address has one), a "-" before "hh:hh:" or "hh-hh-" (dash MACs; a colon MAC already has a ":" anchor), a "."
 * between Cisco hex quads ("hhhh.hhhh" not followed by a word character or "."). Same positions as the regex
 * `/:(?=[0-9A-Fa-f]{0,4}:)|-(?=[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-])|\.(?=[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.]))/g`,
 * found by `indexOf` per separator character and a few char-code checks (several times faster than the regex,
 * which tests every position of the text).
 */
export const SEPARATOR_ANCHOR = /:(?=[0-9A-Fa-f]{0,4}:)|-(?=[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-])|\.(?=[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.]))/g;

/** 1 for an ASCII hex digit, 2 for another \w character or "." (what may not follow a Cisco quad). */
const HEX = new Uint8Array(128);
for (let c = 48; c <= 57; c++) HEX[c] = 1;
for (let c = 65; c <= 70; c++) HEX[c] = 1;
for (let c = 97; c <= 102; c++) HEX[c] = 1;
const isHex = (c: number): boolean => c < 128 && HEX[c] === 1;
const isWordOrDot = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;

function colonAnchor(text: string, i: number): boolean {
  let j = i + 1;
  const lim = i + 5;
  while (j < lim && isHex(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 58;
}

function dashAnchor(text: string, i: number): boolean {
  const a = text.charCodeAt(i + 3);
  const b = text.charCodeAt(i + 6);
  return (
    (a === 58 || a === 45) && (b === 58 || b === 45) &&
    isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2)) && isHex(text.charCodeAt(i + 4)) && isHex(text.charCodeAt(i + 5))
  );
}

function dotAnchor(text: string, i: number): boolean {
  if (text.charCodeAt(i + 5) !== 46) return false;
  for (let k = 1; k <= 4; k++) if (!isHex(text.charCodeAt(i + k)) || !isHex(text.charCodeAt(i + 5 + k))) return false;
  return !(i + 10 < text.length && isWordOrDot(text.charCodeAt(i + 10)));
}

export function scanSeparatorAnchors(text: string): SeparatorAnchors {
  let pos: Int32Array = new Int32Array(8);
  let n = 0;
  // three sorted streams of candidate positions, merged
  let c = text.indexOf(":");
  let d = text.indexOf("-");
  let p = text.indexOf(".");
  const END = 0x7fffffff;
  if (c < 0) c = END;
  if (d < 0) d = END;
  if (p < 0) p = END;
  for (;;) {
    let at: number;
    let ok: boolean;
    if (c <= d && c <= p) {
      if (c === END) break;
      at = c;
      ok = colonAnchor(text, c);
      c = text.indexOf(":", c + 1);
      if (c < 0) c = END;
    } else if (d <= p) {
      at = d;
      ok = dashAnchor(text, d);
      d = text.indexOf("-", d + 1);
      if (d < 0) d = END;
    } else {
      at = p;
      ok = dotAnchor(text, p);
      p = text.indexOf(".", p + 1);
      if (p < 0) p = END;
    }
    if (!ok) continue;
    if (n === pos.length) pos = grow(pos);
    pos[n++] = at;
  }
  return { n, pos };
}

/** The shared scan of one text. Parts are computed on first use and kept for the other scanners. */
export class PiiScan {
  readonly text: string;
  #digitTokens: DigitTokens | undefined;
  #separatorAnchors: SeparatorAnchors | undefined;
  /** Slot for `numericCandidates(scan)` (numeric-candidates.ts); not for other use. */
  numericCache: readonly NumericCandidate[] | undefined;
  /** Slot for `addressMatches(scan)` (address-detector.ts); not for other use. */
  addressCache: readonly AddressMatch[] | undefined;

  readonly #shared: SharedScan | undefined;

  /** `shared`: the engine's shared scan of the same text, whose digit tokens are then reused (and shared). */
  constructor(text: string, shared?: SharedScan) {
    this.text = text;
    this.#shared = shared !== undefined && shared.text === text ? shared : undefined;
  }

  /** The engine's shared scan of this text, when there is one (for parts other detectors share). */
  get shared(): SharedScan | undefined {
    return this.#shared;
  }

  /** Alphanumeric runs containing a digit, in text order. */
  get digitTokens(): DigitTokens {
    return (this.#digitTokens ??= this.#shared ? this.#shared.get(DIGIT_TOKENS) : scanDigitTokens(this.text));
  }

  /** Separator positions where an IPv6 or MAC address may be (a superset: scanners check their own form). */
  get separatorAnchors(): SeparatorAnchors {
    return (this.#separatorAnchors ??= scanSeparatorAnchors(this.text));
  }
}
