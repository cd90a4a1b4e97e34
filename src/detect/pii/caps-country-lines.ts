/**
 * A country in capitals alone on its line, closing an address block ("… \nLAGOS\nNIGERIA", "… T2T 0B7\nCANADA"):
 * shipping labels and envelopes write the whole block in capitals, where the capitalised-group rules (which read a
 * word in capitals as an acronym) see no place. In title case the same line is found as a country alone; here a
 * line is taken only within a few lines after a street address, with no blank line between, and when the line is
 * wholly a country of the gazetteers once title-cased. Each address looks at most MAX_LINES lines of MAX_LINE
 * characters after it, and never again at lines an earlier address looked at, so the cost is linear in the text.
 */
import type { Gazetteers } from "./gazetteers.js";
import { titleCase } from "./gazetteers.js";
import type { PiiHit } from "./pii-detector.js";
import { newlineWithin } from "./line-bounds.js";
import { type Span, SpanSet } from "./span-set.js";

/** How many lines after an address's end a country line may stand (town, region, postcode lines between). */
const MAX_LINES = 4;
/** The longest line of an address block looked at (longer: running text, not a label). */
const MAX_LINE = 80;
/** A line of capitals and spaces only (a country name in capitals: "SOUTH AFRICA", "UNITED KINGDOM"). */
const CAPS_LINE = /^[ \t]*(\p{Lu}{2,}(?:[ \t]\p{Lu}{2,}){0,3})[ \t]*$/u;
/** The score of a country line: a country in an address block is where someone receives post. */
const SCORE = 0.7;

/** Add the countries in capitals on their own line after each address of `addresses` (sorted by start). */
export function capsCountryLines(text: string, g: Gazetteers, out: PiiHit[], from: number, addresses: ReadonlyArray<readonly [number, number]>): void {
  if (addresses.length === 0) return;
  let found: SpanSet<Span> | undefined;
  let lastEnd = -1;
  for (const [, end] of addresses) {
    // the address's own line ends first (near its end: a label block has short lines); then up to MAX_LINES lines
    let ls = newlineWithin(text, Math.max(end, lastEnd), MAX_LINE);
    for (let n = 0; ls >= 0 && n < MAX_LINES; n++) {
      const s = ls + 1;
      let e = newlineWithin(text, s, MAX_LINE);
      if (e < 0) {
        if (text.length - s > MAX_LINE) break;
        e = text.length;
      }
      const line = text.slice(s, e).replace(/\r$/, "");
      if (line.trim() === "") break;
      lastEnd = e;
      const m = CAPS_LINE.exec(line);
      if (m) {
        const name = titleCase(m[1]!.toLowerCase().replace(/\t/g, " "));
        if (g.countries.has(name)) {
          const start = s + m.index + m[0].indexOf(m[1]!);
          const stop = start + m[1]!.length;
          // an address running over the line (a country taken into it) or a finding already there
          found ??= new SpanSet<Span>([...out.slice(from).filter((h) => h.score >= 0.6), ...addresses.map(([a, b]) => ({ start: a, end: b }))]);
          if (!found.some(start, stop)) {
            const h: PiiHit = { type: "LOCATION", start, end: stop, score: SCORE, explanation: "country in capitals on its own line in an address block" };
            out.push(h);
            found.add(h);
          }
          break;
        }
      }
      ls = e < text.length ? e : -1;
    }
  }
}
