import { FIRST_NON_ASCII } from "./non-ascii.js";
import type { SharedScan } from "../../core/detector.js";
import { STANDARD_KEYWORDS } from "../standard-keywords.js";

/** Standard keyword index → 1 for the keywords given (where a regex's match may have its word). */
export function keywordKinds(keywords: readonly string[]): Uint8Array {
  const kinds = new Uint8Array(STANDARD_KEYWORDS.keywords.length);
  for (const k of keywords) kinds[STANDARD_KEYWORDS.index(k)] = 1;
  return kinds;
}

/**
 * `full.test(text)`, from the engine's shared keyword pass when there is one: a match of `full` starts at the text's
 * start or one character before one of its words, a keyword hit of a kind in `kinds`, so `anchored` (the same source
 * with the sticky flag) runs there only. A text with non-ASCII characters gets the full pass (a separator may be a
 * non-ASCII space, and a regex folds case by Unicode rules: "ſ" is an "s" to it, not to the keyword pass), unless
 * `unsafe` is given: the non-ASCII characters that could stand in a match's word where no keyword hit is (a non-ASCII
 * white space after a word the keyword spells with its separator, an accented word no keyword covers, a character the
 * regex's case folding reads as ASCII), `false` when there are none (no u and i flags together, keywords covering
 * every first word). Then only a text holding one of them gets the full pass.
 */
export function keywordAnchoredTest(text: string, shared: SharedScan | undefined, kinds: Uint8Array, full: RegExp, anchored: RegExp, unsafe?: RegExp | false): boolean {
  if (shared === undefined || shared.text !== text) return full.test(text);
  if (shared.get(FIRST_NON_ASCII) >= 0 && (unsafe === undefined || (unsafe !== false && unsafe.test(text)))) return full.test(text);
  const hits = shared.get(STANDARD_KEYWORDS.part);
  for (let h = 0; h < hits.length; h += 2) {
    if (kinds[hits[h] as number] !== 1) continue;
    const at = hits[h + 1] as number;
    anchored.lastIndex = at > 0 ? at - 1 : 0;
    if (anchored.test(text)) return true;
  }
  return false;
}

/**
 * The matches of global regex `full` in `text`, from the engine's shared keyword pass when there is one: each match
 * starts exactly at a keyword hit of a kind in `kinds`, where `anchored` (the same source, sticky) is tried. A text
 * with non-ASCII characters, or no shared scan, gets the full pass (as `keywordAnchoredTest`).
 */
export function* keywordAnchoredMatches(text: string, shared: SharedScan | undefined, kinds: Uint8Array, full: RegExp, anchored: RegExp): Generator<RegExpExecArray> {
  if (shared === undefined || shared.text !== text || shared.get(FIRST_NON_ASCII) >= 0) {
    full.lastIndex = 0;
    for (let m = full.exec(text); m; m = full.exec(text)) yield m;
    return;
  }
  const hits = shared.get(STANDARD_KEYWORDS.part);
  let last = -1;
  for (let h = 0; h < hits.length; h += 2) {
    if (kinds[hits[h] as number] !== 1) continue;
    const at = hits[h + 1] as number;
    if (at <= last) continue;
    anchored.lastIndex = at;
    const m = anchored.exec(text);
    if (!m) continue;
    last = at;
    yield m;
  }
}
