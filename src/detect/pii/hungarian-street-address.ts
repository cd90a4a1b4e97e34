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

/** A street type word, then a space and a house number: where a Hungarian address may be (no /u: a fast scan). */
const TYPE_THEN_NUMBER = /[ \t](?:utca|út|útja|tér|tere|körút|krt\.|u\.|sor|köz|fasor|sétány|rakpart|lakótelep|ltp\.)[ \t]+\d/g;

export function hungarianStreetAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  let lastEnd = -1;
  TYPE_THEN_NUMBER.lastIndex = 0;
  for (let t = TYPE_THEN_NUMBER.exec(text); t; t = TYPE_THEN_NUMBER.exec(text)) {
    if (t.index < lastEnd) continue;
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
