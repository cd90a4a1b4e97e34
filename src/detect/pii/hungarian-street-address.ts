/**
 * Hungarian addresses: the town (after its four-digit postcode, or with the postcode at the end), then the street
 * name, its type in lower case (utca, út, tér, körút, …) and the house number with a dot, then floor and door
 * ("1052 Budapest, Váci utca 18. II. em. 4.", "Budapest, Andrássy út 61. II. em. 3., 1062", "6720 Szeged, Kárász
 * utca 11. 2/4"). Anchored at the street type words, which English and most other prose do not hold.
 */
import type { AddressMatch } from "./pii-scan.js";

const TYPE = "(?:utca|út|útja|tér|tere|körút|krt\\.|u\\.|sor|köz|fasor|sétány|rakpart|lakótelep|ltp\\.)";
const HU_ADDR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d{4}[ \\t]+)?\\p{Lu}[\\p{L}-]+,[ \\t]*(?:\\p{Lu}[\\p{L}.-]*[ \\t]+){1,3}${TYPE}[ \\t]+\\d{1,4}(?:/[A-Za-z0-9])?\\.?` +
    `(?:[ \\t]*(?:[IVX]{1,4}\\.|\\d{1,2}/\\d{1,2}\\.?|em\\.|emelet|fsz\\.|földszint|ajtó|\\d{1,3}\\.)){0,4}(?:,[ \\t]*\\d{4}(?![\\p{N}]))?`,
  "gu",
);

/** A street type word and a space right before a house number (tried on the 14 characters before a digit token). */
const TYPE_BEFORE = /[ \t](?:utca|út|útja|tér|tere|körút|krt\.|u\.|sor|köz|fasor|sétány|rakpart|lakótelep|ltp\.)[ \t]+$/;
/** Last letters of the street type words (a, t, r, e, ., z, y): a cheap gate before the regex. */
const TYPE_LAST = new Set([..."atrez.y"].map((ch) => ch.charCodeAt(0)));

/** Anchored at the text's digit tokens (`starts`/`ends`, `n` of them). */
export function hungarianStreetAddresses(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number): AddressMatch[] {
  const out: AddressMatch[] = [];
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const ds = starts[i]!;
    if (ds < lastEnd || ends[i]! - ds > 4 || text.charCodeAt(ds - 1) !== 32 || !TYPE_LAST.has(text.charCodeAt(ds - 2))) continue;
    const tb = TYPE_BEFORE.exec(text.slice(Math.max(0, ds - 14), ds));
    if (!tb) continue;
    const t = { index: ds - tb[0].length };
    // the town and street before the type word, the number, floor, door and postcode after it
    const lo = Math.max(0, t.index - 80);
    const win = text.slice(lo, Math.min(text.length, t.index + 60));
    HU_ADDR.lastIndex = 0;
    for (let m = HU_ADDR.exec(win); m; m = HU_ADDR.exec(win)) {
      const v = m[0].replace(/[ \t,]+$/, "");
      // the town must come with a postcode, before it or at the end; the match must hold this type word
      if (!/^\d{4}|\d{4}$/.test(v) || lo + m.index > t.index || lo + m.index + v.length <= t.index) continue;
      out.push({ start: lo + m.index, end: lo + m.index + v.length, value: v });
      lastEnd = lo + m.index + v.length;
      break;
    }
  }
  return out;
}
