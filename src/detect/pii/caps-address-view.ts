/**
 * A view of a text for the address patterns, in which words typed in capitals read as the patterns expect: shipping
 * labels, forms and legacy exports often write a whole address in capitals ("1234 ELM STREET APT 5, SPRINGFIELD, IL
 * 62704"), and the street types, unit words and "Box" of the patterns are spelled in title case. The view has the
 * text's length and offsets (one character for one), so a match in it is a span of the text, and the same patterns
 * and checks run on it.
 *
 * Letters-only words of three or more capitals become title case ("STREET" -> "Street", "APT" -> "Apt"); two-letter
 * words stay as they are (US states, compass points, "PO"), except the street types' abbreviations ("ST", "RD", "DR"...)
 * when no ZIP code follows them ("CT 06103" is Connecticut). Words with digits (postcodes "SW1A", units "5B") are left.
 */

/** Two-letter street type abbreviations (USPS Publication 28) that the patterns spell in title case. */
const TWO_LETTER_TYPES = new Set(["ST", "RD", "DR", "LN", "CT", "PL", "SQ", "AV", "WY", "TR", "PK", "CV", "CR", "CL"]);

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A house number, white space and a word of two or more capitals, or "BOX" and a number: the only places where the
 * view can find more.
 */
const GATE = /\d[ \t]+(?:[NSEW]{1,2}\.?[ \t]+)?[A-Z]{2}|BOX[ \t]+\d/;

/**
 * The view of `text`, or undefined when it would change nothing the address patterns could use (no house number
 * before a word in capitals, or no word of capitals to change). One pass over the text.
 */
export function capsAddressView(text: string): string | undefined {
  if (!GATE.test(text)) return undefined;
  let out: string[] | undefined;
  let last = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isUpper(c) && !isLower(c)) {
      i++;
      continue;
    }
    // a word of letters: [i, j)
    let j = i;
    let allUpper = true;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isUpper(d)) j++;
      else if (isLower(d)) {
        allUpper = false;
        j++;
      } else break;
    }
    const glued = (i > 0 && isDigit(text.charCodeAt(i - 1))) || (j < n && isDigit(text.charCodeAt(j)));
    const len = j - i;
    let change = allUpper && !glued && len >= 2;
    if (change && len === 2) change = TWO_LETTER_TYPES.has(text.slice(i, j)) && !/^[ \t,]+\d{5}(?!\d)/.test(text.slice(j, j + 12));
    if (change) {
      out ??= [];
      out.push(text.slice(last, i + 1), text.slice(i + 1, j).toLowerCase());
      last = j;
    }
    i = j;
  }
  if (out === undefined) return undefined;
  out.push(text.slice(last));
  const view = out.join("");
  // toLowerCase of these letters keeps the length; a view of another length would shift every span
  return view.length === n ? view : undefined;
}
