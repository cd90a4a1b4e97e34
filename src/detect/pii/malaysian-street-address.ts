/**
 * Malaysian addresses, house number first: "No. 23, Jalan SS 2/24, 47300 Petaling Jaya, Selangor", "No 8, Lorong
 * Maarof, 59000 Kuala Lumpur". The number label, a Malay street word (Jalan, Jln., Lorong, Persiaran, Lebuh, Lebuhraya,
 * Taman), the street, then a five-digit postcode and town; found from the street word, which English prose lacks.
 */
import type { AddressMatch } from "./pii-scan.js";

const MY_ADDR =
  /(?<![\p{L}\p{N}])No\.?[ \t]?\d{1,4}[A-Z]?(?:-\d{1,3}){0,2},[ \t]*(?:Jalan|Jln\.?|Lorong|Persiaran|Lebuh|Lebuhraya|Taman)[ \t]+[\p{Lu}\d][\p{L}\d/.-]*(?:[ \t]+[\p{Lu}\d][\p{L}\d/.-]*){0,4},[ \t]*\d{5}[ \t]+\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+){0,2}(?:,[ \t]*\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?)?/gu;

export function malaysianStreetAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  if (!text.includes("Jalan") && !text.includes("Jln") && !text.includes("Lorong") && !text.includes("Persiaran") && !text.includes("Lebuh") && !text.includes("Taman")) return out;
  MY_ADDR.lastIndex = 0;
  for (let m = MY_ADDR.exec(text); m; m = MY_ADDR.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
  return out;
}
