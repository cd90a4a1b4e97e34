/**
 * Context words near a candidate raise (or lower) its score, as in Presidio's context enhancer.
 * We look at a bounded window before (and a shorter one after) the match so the cost stays O(window).
 */

/** Build a case-insensitive keyword matcher with word-ish boundaries. Keywords may contain spaces. */
export function keywordMatcher(words: readonly string[]): RegExp {
  const alts = words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s_\\-.]*"))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alts.join("|")})(?=$|[^\\p{L}])`, "iu");
}

/** True when `re` matches in the `before` chars preceding `start` or the `after` chars following `end`. */
export function hasContext(text: string, start: number, end: number, re: RegExp, before = 48, after = 24): boolean {
  const b = text.slice(Math.max(0, start - before), start);
  if (re.test(b)) return true;
  if (after > 0) {
    const a = text.slice(end, Math.min(text.length, end + after));
    if (re.test(a)) return true;
  }
  return false;
}

/** True when `re` matches only in the text before the candidate (labels like "SSN:" precede values). */
export function hasContextBefore(text: string, start: number, re: RegExp, before = 48): boolean {
  return re.test(text.slice(Math.max(0, start - before), start));
}
