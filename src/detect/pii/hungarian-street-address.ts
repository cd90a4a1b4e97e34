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

export function hungarianStreetAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  if (!/(?:utca|út|tér|körút|krt\.|sor|köz|fasor|sétány|rakpart|lakótelep|ltp\.)/.test(text)) return out;
  HU_ADDR.lastIndex = 0;
  for (let m = HU_ADDR.exec(text); m; m = HU_ADDR.exec(text)) {
    const v = m[0].replace(/[ \t,]+$/, "");
    // the town must come with a postcode, before it or at the end
    if (!/^\d{4}|\d{4}$/.test(v)) continue;
    out.push({ start: m.index, end: m.index + v.length, value: v });
  }
  return out;
}
