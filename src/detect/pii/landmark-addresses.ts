/**
 * Addresses written as comma-separated parts that lead with a house, plot or villa number and may locate it by
 * landmarks, as in much of Africa, South Asia and the Gulf: "House 14, off Ngong Road, behind Adams Arcade, Nairobi",
 * "Plot 14, Admiralty Way, Lekki Phase 1, Lagos", "Villa 27, Street 14, Al Barsha 2, Dubai, UAE", "House 23, Street
 * 7, F-8/3, Islamabad", "B-14, Lajpat Nagar II, New Delhi 110024". The parts (up to five: capitalised words with
 * numbers, a landmark word first — near, opp., behind, off, next to —, sector codes) must end in a town or country of
 * the gazetteers, optionally with a postcode after it; without that end nothing is taken.
 */
import { gazetteers, isPlaceName } from "./gazetteers.js";
import type { AddressMatch } from "./pii-scan.js";

/** The lead: a unit word and its number, or an Indian block-and-number ("B-14", "C-2/45"). */
const LEAD = /(?:(?:House|Plot|Villa|Flat|Block|Blk|Shop|Bungalow|Compound|Building|Bldg\.?|Door No\.?|H\.\s?No\.?|Nyumba Na\.?|Plot No\.?)[ \t]*[A-Z]?-?\d{1,5}(?:[-/]\d{1,4}){0,3}(?:\/?[A-Z])?|[A-Z]-\d{1,4}(?:\/\d{1,4})?)(?=,[ \t])/y;
/** One part between commas: an optional landmark word, then capitalised words, numbers or codes. */
const PART = /^(?:(?:off|near|opp\.?|opposite|behind|beside|next to|after|before|adjacent to|across from|along|inside|via)[ \t]+)?(?:\p{Lu}[\p{L}'’.-]*|\d{1,5}[A-Za-z]?|[A-Z]{1,2}-\d{1,3}(?:\/\d{1,2})?)(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|\d{1,6}[A-Za-z]?|of|the|de|wa|la|al|el|[IVX]{1,4}))*$/u;
/** The last part: a town or country, maybe with a postcode ("New Delhi 110024", "Nairobi 00100"). */
const TOWN_END = /^(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})(?:[ \t]+\d{4,6})?$/u;
const MAX_PARTS = 6;

/** The lead word before a house number, looked for in the few characters before each digit token. */
const LEAD_BEFORE = /(?:(?:House|Plot|Villa|Flat|Block|Blk|Shop|Bungalow|Compound|Building|Bldg\.?|Door No\.?|H\.\s?No\.?|Nyumba Na\.?|Plot No\.?)[ \t]*[A-Z]?-?|[A-Z]-)$/;

/** Initials of the lead words (House, Plot, Villa, Flat, Block, Shop, Compound, Door, H.No., Nyumba, B-14). */
const LEAD_INITIALS = new Set([..."BCDFHNPSV"].map((ch) => ch.charCodeAt(0)));

/** Cheap gate: the word before `ds` (past spaces, dots, dashes and one capital) starts with a lead word's initial. */
function leadInitialBefore(text: string, ds: number): boolean {
  let i = ds - 1;
  const stop = Math.max(0, ds - 16);
  if (text.charCodeAt(i) === 45 && i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c >= 65 && c <= 90) return true;
  }
  // past the spaces, dots and a capital to the lower-case run of the word ("House", "No" of "H.No."), then its capital
  while (i > stop && !isLower(text.charCodeAt(i))) i--;
  while (i > stop && isLower(text.charCodeAt(i - 1))) i--;
  return LEAD_INITIALS.has(text.charCodeAt(i - 1));
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Anchored at the text's digit tokens (`starts`/`ends`, `n` of them): a lead word must end right before one. */
export function landmarkAddresses(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number): AddressMatch[] {
  const out: AddressMatch[] = [];
  let g: ReturnType<typeof gazetteers> | undefined;
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const ds = starts[i]!;
    if (ds < lastEnd || ends[i]! - ds > 5) continue;
    const c = text.charCodeAt(ds - 1);
    // after a space, a tab, a dot, a dash or a capital letter only ("House 14", "H.No.4", "B-14", "House A14")
    if (!(c === 32 || c === 9 || c === 46 || c === 45 || (c >= 65 && c <= 90))) continue;
    if (!leadInitialBefore(text, ds)) continue;
    const lead = LEAD_BEFORE.exec(text.slice(Math.max(0, ds - 16), ds));
    if (!lead) continue;
    const s = ds - lead[0].length;
    // a whole word: not the end of a longer one ("Warehouse 5", "AB-12")
    if (s > 0 && /[\p{L}\p{N}-]/u.test(text.charAt(s - 1))) continue;
    LEAD.lastIndex = s;
    const m = LEAD.exec(text);
    if (!m) continue;
    g ??= gazetteers();
    let pos = s + m[0].length;
    let end = -1;
    let landmarkOrStreet = false;
    for (let k = 0; k < MAX_PARTS && text.charCodeAt(pos) === 44; k++) {
      pos++;
      while (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9) pos++;
      let q = pos;
      while (q < text.length && q - pos < 48 && !",;\n.!?()|".includes(text[q]!)) q++;
      // a dot ends the address unless it closes an abbreviation ("opp.", "Rd.", "No.")
      while (q < text.length && text[q] === "." && q - pos < 48 && /(?:^|[ \t])(?:opp|No|Rd|St|Ave|Bldg|Na)$/.test(text.slice(pos, q))) {
        q++;
        while (q < text.length && q - pos < 48 && !",;\n.!?()|".includes(text[q]!)) q++;
      }
      const part = text.slice(pos, q).trimEnd();
      if (!PART.test(part)) break;
      const town = TOWN_END.exec(part);
      if (town && k > 0 && isPlaceName(g, town[1]!)) end = pos + part.length;
      // after the town: a state with its postcode ("Telangana 500001") or a country code ("UAE")
      else if (end >= 0 && /^(?:\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]+\d{4,6}|[A-Z]{2,3})$/u.test(part)) end = pos + part.length;
      else if (k > 0 && end >= 0) break;
      if (/^(?:off|near|opp|opposite|behind|beside|next to|after|adjacent|across|along)\b|(?:Road|Rd\.?|Street|St\.?|Way|Avenue|Ave\.?|Lane|Close|Crescent|Drive|Highway|Nagar|Sector|Phase|Estate|Colony|Layout|Block)(?:[ \t]+(?:\d{1,4}|[IVX]{1,4}))?$|^(?:Street|Road|Sector|Phase|Block)[ \t]+\d/u.test(part)) landmarkOrStreet = true;
      pos = q;
    }
    if (end > s && landmarkOrStreet) {
      out.push({ start: s, end, value: text.slice(s, end) });
      lastEnd = end;
    }
  }
  return out;
}
