import type { TextPart } from "../../core/detector.js";
import { KeywordScanner } from "./keyword-scanner.js";

/**
 * A set of ASCII keywords that several detectors look for, found in ONE pass over a text (a shared part), instead
 * of one pass per detector. Each detector maps the hits back to its own keywords with {@link SharedKeywords.index}.
 *
 * @example
 * const set = new SharedKeywords(["password", "confidential"]);
 * const hits = shared.get(set.part); // [keyword index, start, keyword index, start, ...] in text order
 */
export class SharedKeywords {
  /** Lower-cased, without duplicates, in first-seen order. */
  readonly keywords: readonly string[];
  /** Every occurrence, case-insensitively: `[keyword, start, ...]` in text order (same start: highest keyword index first). */
  readonly part: TextPart<number[]>;
  readonly #ids: ReadonlyMap<string, number>;

  constructor(keywords: Iterable<string>) {
    const ids = new Map<string, number>();
    for (const k of keywords) {
      const key = k.toLowerCase();
      if (!ids.has(key)) ids.set(key, ids.size);
    }
    this.#ids = ids;
    this.keywords = [...ids.keys()];
    const scanner = new KeywordScanner(this.keywords);
    this.part = { name: "keywords", compute: (scan) => scanner.scan(scan.text) };
  }

  /** Index of a keyword (any case) in this set, or -1. */
  index(keyword: string): number {
    return this.#ids.get(keyword.toLowerCase()) ?? -1;
  }
}
