/**
 * British, Irish and US addresses found from their postcode (or state and ZIP code) back: a house number, a street of capitalised words that need
 * no street type ("6 Heol y Parc", "5 Willow Bank", "7 Tan-y-Bryn", "3 Glebe Cottages"), then one to three town or
 * county parts and the postcode, Eircode or state and ZIP ("Cardiff CF14 3NX", "Ennis, Co. Clare V95 K2X7", "1180 Grand
 * Concourse, Bronx, NY 10456"). A flat or unit before
 * the number joins. The postcode is rare enough to anchor on, so ordinary text costs one regex scan.
 */
import type { AddressMatch } from "./pii-scan.js";
import { lineStartWithin } from "./line-bounds.js";

const POSTCODE = /(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}[ \t][AC-FHKNPRTV-Y0-9]{4}|[A-Z]{2}[ \t]\d{5}(?:-\d{4})?)(?![A-Za-z0-9])/g;
const WORD = "(?:\\p{Lu}[\\p{L}'’-]*|y|yr|na|an|upon|on|the|le|la|de)";
const TOWN_PART = "\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.-]*|upon|on|na|an)){0,3}";
/** Everything from the flat or house number to the space before the postcode. */
const BEFORE = new RegExp(
  `(?:^|[\\s,:;(])((?:(?:Unit|Flat|Apt\\.?|Apartment)[ \\t]+\\d{1,4}[A-Za-z]?,[ \\t]*)?\\\d{1,6}(?:-\\d{1,4})?[A-Za-z]?[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+${WORD}){0,4},[ \\t]*(?:${TOWN_PART},?[ \\t]*){1,3})$`,
  "u",
);

const NUMBERED_BEFORE = /(?:^|[^\p{L}])(?:version|v|page|p|pp|chapter|ch|step|item|no|nr|number|release|level|vol|volume|part|section|sec|figure|fig|table|ticket|order|invoice|build|gate|flight|row|line|episode|season|week|day|year|top|rank|grade|class|year)\.?[ \t]*$/iu;

/**
 * A letter's address block, one part a line: house number and street, one or two town or county lines, then a British
 * postcode or an Eircode alone on its line ("9 Heol y Nant\nCardiff\nCF14 6BH"). Matched on the text before the postcode.
 */
const BLOCK_BEFORE = new RegExp(
  `(?:^|\\n)[ \\t]*((?:(?:Flat|Apartment|Unit)[ \\t]+\\d{1,4}[A-Za-z]?,?[ \\t]*\\n?[ \\t]*)?\\d{1,4}[A-Za-z]?[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+${WORD}){0,4},?[ \\t]*\\n(?:[ \\t]*${TOWN_PART},?[ \\t]*\\n){1,2})[ \\t]*$`,
  "u",
);

export function postcodeAnchoredAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  POSTCODE.lastIndex = 0;
  for (let m = POSTCODE.exec(text); m; m = POSTCODE.exec(text)) {
    const pc = m.index;
    const c = text.charCodeAt(pc - 1);
    if (c === 10 && !/^[A-Z]{2}[ \t]\d/.test(m[0])) {
      // a postcode alone on its line under the street and town lines
      const end = pc + m[0].length;
      const after = text.charCodeAt(end);
      if (end < text.length && after !== 10 && after !== 13) continue;
      const lo = Math.max(0, pc - 120);
      const b = BLOCK_BEFORE.exec(text.slice(lo, pc));
      if (!b) continue;
      const start = pc - b[1]!.length;
      if (NUMBERED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
      out.push({ start, end, value: text.slice(start, end) });
      continue;
    }
    if (c !== 32 && c !== 9) continue;
    const lo = Math.max(0, pc - 96, lineStartWithin(text, pc, 96));
    // a US state and ZIP only after a comma and the town ("Bronx, NY 10456"), not "Dallas TX 75201 warehouse"
    if (/^[A-Z]{2}[ \t]\d{5}/.test(m[0]) && text.charCodeAt(pc - 2) !== 44) continue;
    const b = BEFORE.exec(text.slice(lo, pc));
    if (!b) continue;
    const start = pc - b[1]!.length;
    // a counted or numbered thing is no house number ("Version 2 Release, …", "Page 3 Summary, …")
    if (NUMBERED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    const end = pc + m[0].length;
    out.push({ start, end, value: text.slice(start, end) });
  }
  return out;
}
