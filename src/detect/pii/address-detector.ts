import { isRegexSpace } from "./char-class.js";
import { hasContext, keywordMatcher } from "./context.js";
import { gazetteers, isPlaceName, titleCase } from "./gazetteers.js";
import { execAt } from "./digit-tokens.js";
import { euStreetAddresses } from "./eu-street-address.js";
import { intlStreetAddresses } from "./intl-street-address.js";
import { scriptAddresses } from "./script-addresses.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import { PiiScan, type AddressMatch } from "./pii-scan.js";
import { capsAddressView } from "./caps-address-view.js";
import { poBoxAddresses } from "./po-box-addresses.js";
import { landmarkAddresses } from "./landmark-addresses.js";
import { postcodeAnchoredAddresses } from "./postcode-anchored-addresses.js";
import { hungarianStreetAddresses } from "./hungarian-street-address.js";
import { gridStreetAddresses } from "./grid-street-address.js";
import { malaysianStreetAddresses } from "./malaysian-street-address.js";
import { SpanSet } from "./span-set.js";
import { townAfterAddress } from "./town-after-address.js";
import { isExampleAddress } from "./example-addresses.js";
import { labelledAddresses } from "./labelled-addresses.js";

const HOUSE_NUMBER_END = /\d[A-Za-z]?$/;

const CONTEXT = keywordMatcher([
  "address", "addr", "live at", "lives at", "living at", "located at", "ship to", "shipping", "deliver to", "delivery", "mail to",
  "billing", "residence", "home", "street", "visit us at", "our office",
  // de, fr, es, it, pt, nl, sv
  "adresse", "anschrift", "lieferadresse", "rechnungsadresse", "wohnhaft", "wohne", "wohnt", "domicile", "habite", "dirección",
  "direccion", "domicilio", "vivo en", "indirizzo", "residenza", "abito", "endereço", "morada", "adres", "woonadres", "bostadsadress",
  // ru/uk, el, ar, vi, ja, zh, ko
  "адрес", "адреса", "проживает", "διεύθυνση", "العنوان", "عنوان", "địa chỉ", "住所", "地址", "주소", "כתובת", "पता", "ที่อยู่",
]);
let streetRe: RegExp | undefined;

function street(): RegExp {
  if (streetRe) return streetRe;
  const sfx = gazetteers().streetSuffixes.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length).join("|");
  const name = "(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,3}(?:st|nd|rd|th))";
  const unit = "(?:,?\\s+(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Floor|Fl\\.?|Room|Rm\\.?|Bldg\\.?|#)\\s*#?[A-Za-z0-9-]{1,6})?";
  // a US town, state and ZIP ("Mountain View, CA 94043"), or a UK town and postcode ("Cardiff CF24 3AA")
  const town = "(?:\\p{Lu}[\\p{L}'’.-]+\\s){0,2}\\p{Lu}[\\p{L}'’.-]+";
  // "Austin, TX 78701", "Toronto, ON M5V 2A2", "Leeds LS6 4DP", "Fitzroy VIC 3065", "Shanghai 200120"
  const ukPostcode = "[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}(?![A-Za-z0-9])";
  const caPostcode = "[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d(?![A-Za-z0-9])";
  // Irish Eircode after the town and county ("Naas, Co. Kildare W91 K7P3", "Cork T12 Y8KD"; routing key, then four
  // characters of the Eircode alphabet), and a South African or New Zealand four-digit code after the town
  // ("Pretoria 0181", "Cape Town, 8001"; not a year)
  const eircode = "[AC-FHKNPRTV-Y]\\d[\\dW]\\s?[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])";
  const fourDigit = "(?!(?:19|20)\\d\\d)\\d{4}(?![\\d/.-])";
  // (a Kenyan box carries its post office's code: "P.O. Box 12345-00100, Nairobi")
  // (a Dublin postal district stands after its town: "Dublin 2, D02 X285")
  const city = `(?:(?:,\\s*${town}(?:\\s\\d{1,2}(?=,))?){0,2}(?:,?\\s+Co\\.?\\s+${town})?,?\\s+${eircode}|,\\s*${town},?\\s+${fourDigit}|,?\\s+${town},?\\s+${ukPostcode}|,?\\s+${town},\\s*\\p{Lu}{2}\\s+${caPostcode}|,?\\s+${town},?\\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s+\\d{4}(?!\\d)|,?\\s+${town},\\s*(?:\\p{Lu}{2}(?![\\p{L}\\p{N}])|\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?)(?:\\s+\\d{5,6}(?!\\d)(?:-\\d{4})?)?|,?\\s+${town}\\s+\\d{6}(?!\\d))?`;
  // (a numbered street before a comma: "Ang Mo Kio Ave 3, #05-12, Singapore 560123")
  streetRe = new RegExp(
    `(?<![\\p{L}\\p{N}.,-])\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?(?:${name}\\s+){0,3}${name}?\\s*(?:${sfx})\\.?(?![\\p{L}])(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\.?(?![\\p{L}])|\\s\\d{1,2}(?=,))?${unit}${city}|(?<![\\p{L}])P\\.?\\s?O\\.?\\s+Box\\s+\\d{1,6}(?:-\\d{5}(?!\\d))?${city}`,
    "uy",
  );
  return streetRe;
}

const PO_BOX_BEFORE = /P\.?\s?O\.?\s+Box\s+$/;

/** "Box" then white space right before `pos` (cheap gate before the PO-box regex). */
function afterBox(text: string, pos: number): boolean {
  let i = pos - 1;
  if (!isRegexSpace(text.charCodeAt(i))) return false;
  while (i > 0 && isRegexSpace(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 120 && text.charCodeAt(i - 1) === 111 && text.charCodeAt(i - 2) === 66;
}

/**
 * The end of "-88" after a unit number ("1102-88 "), or `end` when no one- to four-digit number smaller than the unit
 * follows the dash (a range counts up: "10-15 Minute Walk", "100-150 Main").
 */
function unitDashEnd(text: string, end: number, unit: number): number {
  let i = end + 1;
  while (i < text.length && i - end <= 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i > end + 1 && text.charCodeAt(i) === 32 && Number(text.slice(end + 1, i)) < unit ? i : end;
}

/**
 * After a house number and its space, a street starts with an upper-case letter (name, direction or
 * suffix, all capitalised) or a digit ("5th Ave"): "5 items", "3 of them" are rejected before the regex.
 * Non-ASCII characters are left to the regex (\p{Lu}, Unicode white space).
 */
function streetNameNext(text: string, i: number): boolean {
  let c = text.charCodeAt(i);
  while (isRegexSpace(c)) c = text.charCodeAt(++i);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128;
}

let lowerStreetRe: RegExp | undefined;
/** Address cues that end right before the house number of a lower-case address. */
const LOWER_CUE = /(?:\b(?:live|lives|living|located|based|staying|stay|moved|move) (?:at|to)|\b(?:ship|shipping|deliver|delivery|send|mail|post)(?: (?:it|them|the \w+|my \w+|this|that|everything))? to|\baddress(?: is|:|=)|\bmy address|\bi'm at|\bwe're at)[ \t,:]{0,3}$/i;
/** Words that are never part of a street name. */
const FUNCTION_WORDS = new Set(["the", "a", "an", "in", "of", "on", "to", "for", "and", "or", "same", "my", "our", "your", "their", "his", "her", "its", "this", "that", "these", "those", "is", "are", "was", "at", "by", "with"]);
const STREET_WORD_SUFFIXES = new Set(["street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd", "court", "ct", "place", "pl", "terrace", "crescent", "close", "grove", "square", "highway", "hwy", "parkway", "pkwy", "way", "circle", "cir", "row", "mews", "gardens"]);

/**
 * A street address typed without capitals ("i live at 42 baker street, london"), only after an address cue (ship to,
 * live at, address, ...): a house number, one to three lower-case words and a street type, then optionally a unit
 * and a town of the gazetteers.
 */
function lowerCaseStreet(text: string, pos: number, next: number): AddressMatch | undefined {
  const c = text.charCodeAt(next);
  if (!(c >= 97 && c <= 122)) return undefined;
  // the cue right before the number ("live at 42 …", "ship to 12 …", "address: 5 …"), not anywhere near it ("we should
  // address the 2 bugs the same way")
  if (!LOWER_CUE.test(text.slice(Math.max(0, pos - 32), pos))) return undefined;
  lowerStreetRe ??= new RegExp(
    `\\d{1,6}[a-z]?(?:-\\d{1,4})? (?:(?:north|south|east|west|n|s|e|w)\\.? )?((?:[a-z][a-z'’.-]* ){1,3})(${[...STREET_WORD_SUFFIXES].join("|")})\\.?(?![\\p{L}\\d])(?:,? (?:apt|apartment|suite|unit|flat|#) ?#?[a-z0-9-]{1,6})?(?:,? ([a-z]+(?: (?![a-z]{2} \\d{5})[a-z]+)?))?(,? [a-z]{2} \\d{5}(?:-\\d{4})?(?!\\d))?`,
    "uy",
  );
  lowerStreetRe.lastIndex = pos;
  const m = lowerStreetRe.exec(text);
  if (m === null) return undefined;
  // the words before the street type must hold a name, not only another street type ("5 way street"), and no
  // function words ("3 parts in a row", "2 bugs the same way")
  const names = m[1]!.trim().split(" ");
  if (names.every((w) => STREET_WORD_SUFFIXES.has(w)) || names.some((w) => FUNCTION_WORDS.has(w))) return undefined;
  let v = m[0];
  const town = m[3];
  const g = gazetteers();
  // a town with a state and ZIP code after it ("dayton oh 45402") is one whatever the gazetteers know
  if (town !== undefined && m[4] === undefined && !isPlaceName(g, titleCase(town))) {
    // only the first word may be the town ("…, london and …"); words that are no town are not part of the address
    const first = town.split(" ")[0]!;
    v = isPlaceName(g, titleCase(first)) ? v.slice(0, v.length - town.length + first.length) : v.slice(0, v.lastIndexOf(town)).replace(/[, ]+$/, "");
  }
  return { start: pos, end: pos + v.length, value: v };
}

/**
 * Address regex matches, computed once per text and kept on its scan (the person/location scanner reuses them). Where
 * words are typed in capitals, the same finders also run over the text's title-cased view (`capsAddressView`), and an
 * address found only there is kept (marked `caps`).
 */
function addressMatches(scan: PiiScan): readonly AddressMatch[] {
  if (scan.addressCache) return scan.addressCache;
  const all = findAddresses(scan);
  const view = capsAddressView(scan.text);
  if (view !== undefined) {
    const text = scan.text;
    const extra: AddressMatch[] = [];
    const found = new SpanSet(all);
    for (const a of findAddresses(new PiiScan(view))) {
      if (text.slice(a.start, a.end) === a.value || found.some(a.start, a.end)) continue;
      extra.push({ ...a, caps: true });
    }
    if (extra.length > 0) all.push(...extra), all.sort((a, b) => a.start - b.start);
  }
  scan.addressCache = all;
  return all;
}

function findAddresses(scan: PiiScan): AddressMatch[] {
  const text = scan.text;
  const out: AddressMatch[] = [];
  // Every street address has a digit (house number or PO box): skip digit-free text outright.
  {
    const re = street();
    let lastEnd = -1;
    const tk = scan.digitTokens;
    for (let ti = 0; ti < tk.n; ti++) {
      const t = { start: tk.start[ti]!, end: tk.end[ti]!, digits: tk.digits[ti]! };
      if (t.start < lastEnd) continue;
      const len = t.end - t.start;
      // house number (1-6 digits, optional letter) then a space; or the number of a PO box
      if (len > 7) continue;
      let pos = t.start;
      const pm = t.start >= 6 && afterBox(text, t.start) ? PO_BOX_BEFORE.exec(text.slice(Math.max(0, t.start - 14), t.start)) : null;
      // a unit joined to the house number by a dash ("1102-88 Queens Quay W", Canadian and Australian style)
      const sp = text.charCodeAt(t.end) === 45 && len >= 3 ? unitDashEnd(text, t.end, Number(t.digits === len ? text.slice(t.start, t.end) : NaN)) : t.end;
      if (pm) pos = t.start - pm[0].length;
      else if (text.charCodeAt(sp) !== 32) continue;
      else if (!streetNameNext(text, sp + 1)) {
        const low = lowerCaseStreet(text, t.start, t.end + 1);
        if (low !== undefined) {
          lastEnd = low.end;
          out.push(low);
        }
        continue;
      }
      const m = execAt(re, text, pos);
      if (!m) continue;
      lastEnd = m.index + m[0].length;
      let v = m[0];
      while (v.endsWith(",") || v.endsWith(" ")) v = v.slice(0, -1);
      const nameWords = v.replace(/^\S+\s+/, "").split(/\s+/).length;
      if (nameWords < 2 && !v.startsWith("P")) continue;
      out.push({ start: m.index, end: m.index + v.length, value: v });
    }
  }
  // continental European forms ("Musterstraße 12, 10115 Berlin", "Via Roma 10", "12 rue de la Paix")
  const tk = scan.digitTokens;
  // overlap questions go to span sets (a `some` over the lists per candidate was quadratic on address-dense text)
  const outSet = new SpanSet(out);
  const eu = euStreetAddresses(text, tk.start, tk.end, tk.n).filter((a) => !outSet.some(a.start, a.end));
  const euSet = new SpanSet(eu);
  const free = (a: AddressMatch): boolean => !outSet.some(a.start, a.end) && !euSet.some(a.start, a.end);
  // Each later form is kept only where no earlier one found an address, in this order:
  for (const found of [
    // Indonesian, Turkish, Indian, Japanese forms and street + number + postcode + known town ("Meir 78, 2000 Antwerpen")
    intlStreetAddresses(text, tk.start, tk.end, tk.n),
    // Malaysian ("No. 23, Jalan SS 2/24, 47300 Petaling Jaya"), Colombian grid ("Cra. 45 #26-85") and Hungarian forms
    malaysianStreetAddresses(text),
    gridStreetAddresses(text, tk.start, tk.end, tk.n),
    hungarianStreetAddresses(text, tk.start, tk.end, tk.n),
    // UK, Irish and US addresses found back from their postcode, Eircode or ", ST 12345"
    postcodeAnchoredAddresses(text),
    // landmark addresses ("House 14, off Ngong Road, behind Adams Arcade, Nairobi")
    landmarkAddresses(text, tk.start, tk.end, tk.n),
    // post-office boxes and rural routes in more languages ("Postfach 412, 3000 Bern 7", "B.P. 318, Dakar")
    poBoxAddresses(text, tk.start, tk.end, tk.n),
  ]) {
    for (const a of found) {
      if (!free(a)) continue;
      eu.push(a);
      euSet.add(a);
    }
  }
  // Chinese, Japanese, Korean, Cyrillic, Greek, Arabic and Vietnamese forms (only when the text has those scripts);
  // one covers the Latin-pattern parts it contains
  const covered = new Set<AddressMatch>();
  for (const a of scriptAddresses(text)) {
    const across = (b: AddressMatch): boolean => !(b.start >= a.start && b.end <= a.end);
    if (outSet.some(a.start, a.end, across) || euSet.some(a.start, a.end, across)) continue;
    for (const set of [outSet, euSet]) {
      for (const b of set.within(a.start, a.end)) {
        set.delete(b);
        covered.add(b);
      }
    }
    eu.push(a);
    euSet.add(a);
  }
  // any country's address after its label, by the shape of the value ("Adrese: Brīvības iela 155-12, Rīga, LV-1012"),
  // only where no grammar above found one
  for (const a of labelledAddresses(text)) {
    if (!free(a)) continue;
    eu.push(a);
    euSet.add(a);
  }
  const kept = covered.size > 0 ? out.filter((a) => !covered.has(a)) : out;
  const all = eu.length > 0 ? [...kept, ...eu.filter((a) => !covered.has(a))].sort((a, b) => a.start - b.start) : kept;
  for (let k = 0; k < all.length; k++) {
    const a = all[k]!;
    const from = unitPrefixStart(text, a.start, k > 0 ? all[k - 1]!.end : 0);
    // a street that ends at its number may go on to a flat and a known town ("Calle Florida 165, Buenos Aires")
    const to = HOUSE_NUMBER_END.test(a.value) ? townAfterAddress(text, a.end, k + 1 < all.length ? all[k + 1]!.start : text.length) : a.end;
    if (from < a.start || to > a.end) all[k] = { start: from, end: to, value: text.slice(from, to) };
  }
  return all;
}

/**
 * A flat, unit or named building written before the house number belongs to the address: "Flat 3, 48 Cowley Road",
 * "Apt 12B, 300 E 57th St", "Unit 5/42 Smith Street", "3/17 Ocean St", "Flat 9, Canal View, 22 Wharf Road", "Room
 * 1802, 88 Century Avenue", "Bâtiment B, 12 allée des Tilleuls", "The Old Rectory, 4 Church Lane".
 */
const UNIT_PREFIX = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:" +
    "(?:Flat|FLAT|Apt\\.?|APT\\.?|Apartment|Unit|UNIT|Suite|Ste\\.?|Room|Rm\\.?|Villa|House|Plot|Lot|Blk|Block|Appt\\.?|Appartement|Bâtiment|Bât\\.?|Shop|Office|Level)[ \\t]*#?[A-Za-z0-9]{1,5}(?:[-/][A-Za-z0-9]{1,5})?" +
    "(?:,[ \\t]*(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){0,3}\\p{Lu}[\\p{L}'’.-]*)?,[ \\t]*" +
    "|(?:(?:Unit|Flat|Apt\\.?)[ \\t]*)?\\d{1,4}[A-Za-z]?/" +
    // a Korean flat number before the building number ("1204-ho, 152 Teheran-ro")
    "|\\d{1,5}-ho,[ \\t]*" +
    // a Singapore HDB block number is the house number ("Blk 123 Ang Mo Kio Ave 3")
    "|(?:Blk|BLK|Block)\\.?[ \\t]+" +
    "|(?:The[ \\t]+)?(?:\\p{Lu}[\\p{L}'’]+[ \\t]+){0,2}(?:Vicarage|Rectory|Cottage|Cottages|Farmhouse|Lodge|Manor|Mansions|Villas|Heights|Towers|Apartments)(?:[ \\t]+\\d{1,4})?,[ \\t]*" +
    ")$",
  "u",
);

function unitPrefixStart(text: string, start: number, floor: number): number {
  if (start === 0) return start;
  const c = text.charCodeAt(start - 1);
  // only after ", " or "/" (the forms above end so)
  if (c !== 32 && c !== 9 && c !== 47 && c !== 44) return start;
  const lo = Math.max(floor, start - 64);
  const m = UNIT_PREFIX.exec(text.slice(lo, start));
  return m ? lo + m.index : start;
}

/** What makes "3 Main Street" an address without a label: a town after a comma, a unit, a postcode and a town. */
const TAIL = /,\s*\p{Lu}|\b(?:Apt|Apartment|Suite|Ste|Unit|#)|\d\s+\p{Lu}\p{Ll}|,\s*\d{2,5}(?:[\s-]\d{2,3})?(?:\s?[A-Z]{2})?\s+\p{Lu}/u;

const ANY_TOWN = /(?<![\p{L}])Any[ -]?(?:town|city|ville|where)(?![\p{L}])/iu;

/** Spans of street addresses in the text, for other scanners to avoid double-reporting their parts. */
export function addressSpans(scan: PiiScan): Array<[number, number]> {
  return addressMatches(scan).map((a) => [a.start, a.end]);
}

/** Street addresses: house number + capitalised street name + USPS suffix, optional unit, city, state, ZIP. */
export const addressScanner: PiiScanner = {
  id: "pii.address",
  entityTypes: ["ADDRESS"],
  description: "Street addresses (house number, street name, USPS suffix, optional unit/city/state/ZIP) and PO boxes.",
  languages: ["en"],
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const exampleCues: { inText?: boolean } = {};
    for (const { start, end, value: v, caps } of addressMatches(scan)) {
      // "3 Main Street" style text is common; a unit, city or context makes it an address.
      // (a postcode and town after a comma is a tail too: "Schiedamseweg 110, 3025 AH Rotterdam")
      // (in the title-cased view every house number stands before a capitalised word: the tail is looked for after it)
      const hasTail = TAIL.test(caps ? v.replace(/^\S+\s+/, "") : v) && /\D\d{1,4}[a-zA-Z]?\b|^\d/.test(v);
      const ctx = hasContext(text, start, end, CONTEXT, 40, 0);
      // "2011 Arab Spring", "1999 Rose Parade": a year is not a house number unless more says so
      if (!hasTail && !ctx && /^(?:1[89]|20)\d\d\s/.test(v)) continue;
      // "Spring 2024", "Watergate 5", "Brigade 3": street types that end ordinary English words, and years after a
      // street name, need a town or an address label
      if (!hasTail && !ctx && (/^\p{Lu}\p{Ll}*(?:ring|gate|gade|weg)\s/u.test(v) || /\s(?:1[89]|20)\d\d$/.test(v))) continue;
      // "123 Main St, Anytown": the placeholder town of templates and examples
      if (ANY_TOWN.test(v)) continue;
      // "Beispiel: Max Mustermann, Musterstraße 1, 12345 Musterstadt": a template's address on an example line
      if (isExampleAddress(text, start, v, exampleCues)) continue;
      // headings and notices in capitals ("2 NEW STREET LAMPS"): an address read in the title-cased view needs a town,
      // a unit or an address label
      if (caps && !hasTail && !ctx) continue;
      let score = 0.7;
      if (hasTail) score += 0.15;
      if (ctx) score += 0.15;
      out.push({ type: "ADDRESS", start, end, score: Math.min(1, score), explanation: ctx ? "street address with address context" : "street address pattern" });
    }
  },
};
