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
 * One pass for the IP and MAC scanners: a ":" before up to four hex digits and another ":" (every IPv6
 * address has one), a ":" or "-" before "hh:hh:" (colon/dash MACs), a "." between Cisco hex quads. Each
 * match is the one separator character, so no position is hidden by an earlier match.
 */
// (A ":" before "hh:hh:" already passes the first alternative, so the MAC one needs only "-".)
const SEPARATOR_ANCHOR = /:(?=[0-9A-Fa-f]{0,4}:)|-(?=[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-])|\.(?=[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.]))/g;

export function scanSeparatorAnchors(text: string): SeparatorAnchors {
  let pos: Int32Array = new Int32Array(8);
  let n = 0;
  const re = SEPARATOR_ANCHOR;
  re.lastIndex = 0;
  while (re.test(text)) {
    if (n === pos.length) pos = grow(pos);
    pos[n++] = re.lastIndex - 1;
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
