import type { AddressMatch } from "./pii-scan.js";

/**
 * Post-office boxes and rural routes in the words of more countries, with the town after them: "Postfach 12 04,
 * 8021 Zürich", "Postboks 88 Sentrum, 5804 Bergen", "Postbus 1102, 3000 BC Rotterdam", "B.P. 318, Dakar", "Apartado
 * 2210, 1000 San José", "Caixa Postal 91, Recife - PE", "GPO Box 1420, Adelaide SA 5001", "RR 3, Site 9, Comp 4,
 * Olds, AB T4H 1P3". The unambiguous box words ("Postfach", "PO Box") also stand without a town; the short ones
 * ("BP" is also a firm and a blood pressure, "RR" a rate, "Apartado 3" a section of a text) only with a town after a
 * comma.
 */

const STRONG = "P\\.?\\s?O\\.?\\s?Box|Post\\s+Office\\s+Box|GPO\\s+Box|Private\\s+Bag|Locked\\s+Bag|Postfach|Postboks|Postbox|Postbus|Bo[iî]te\\s+postale|Caixa\\s+Postal|Casella\\s+postale|Skrytka\\s+pocztowa|Postilokero";
const WEAK = "B\\.\\s?P\\.|BP|Apartado(?:\\s+de\\s+correos)?|Apdo\\.|Casilla(?:\\s+de\\s+correos?)?|RR|R\\.R\\.|Rural\\s+Route";
/** town: one to three capitalised words, or a capitalised word and a district number ("Abidjan 01", "Bern 7") */
const TOWN = "\\p{Lu}[\\p{L}'’.-]+(?:[ \\t](?:\\p{Lu}[\\p{L}'’.-]+|\\d{1,2}(?![\\d])|\\p{Lu}(?![\\p{L}]))){0,2}";
/** a postcode before the town: "8021", "0103", "3000 BC", "D-80331", "100 00" */
const PC_BEFORE = "(?:[A-Z]{1,2}-)?\\d{3,5}(?:[ \\t]\\d{2}|[ \\t][A-Z]{2})?[ \\t]";
/** after the town: a state or province and its ZIP or postcode ("NM 87504-7702", "AB T0M 0W0", "SA 5001"), or a postcode */
const AFTER_TOWN = "(?:,?[ \\t](?:[A-Z]{2,3}[ \\t]?)?(?:\\d{4,5}(?:-\\d{4})?|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d)(?![\\w])|[ \\t]-[ \\t][A-Z]{2}(?![\\w]))?";
const TAIL = "(?:[ \\t]\\d{2,3})?(?![\\d])" +
  // further parts of a rural address: "Site 5", "Box 14", "Comp 4", a station or area name ("Sentrum", "Stn Main")
  "(?:,?[ \\t](?:Site|Box|Comp|Lot|Stn|Station)[ \\t]\\d{1,4}){0,4}" +
  "(?:[ \\t]\\p{Lu}\\p{Ll}{2,20}(?=,))?" +
  `(,[ \\t](?:${PC_BEFORE})?${TOWN}${AFTER_TOWN})?`;
/** the box words right before a number (tried on the 32 characters before a digit token) */
const WORD_BEFORE = new RegExp(`(?<![\\p{L}\\d])(?:(${STRONG})|(${WEAK}))[ \\t]?\\.?[ \\t]?$`, "u");
/** the number and what follows it, from the digit token on */
const BOX_TAIL = new RegExp(`\\d{1,6}${TAIL}`, "uy");
/** the last word of each box phrase, lower-cased: a digit token is looked at only after one of these */
const LAST_WORDS = new Set(["box", "bag", "postfach", "postboks", "postbox", "postbus", "postale", "postal", "pocztowa", "postilokero", "p", "bp", "apartado", "correos", "correo", "apdo", "casilla", "rr", "r", "route"]);

export function poBoxAddresses(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number): AddressMatch[] {
  const out: AddressMatch[] = [];
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const ds = starts[i]!;
    if (ds < lastEnd || ends[i]! - ds > 6) continue;
    // the word before the number (past a space and a dot): "Box 12", "Postfach 12", "B.P. 318", "RR 2"
    let j = ds - 1;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 46) && ds - j <= 3) j--;
    let k = j;
    while (k >= 0 && isAsciiLetter(text.charCodeAt(k))) k--;
    if (k === j || !LAST_WORDS.has(text.slice(k + 1, j + 1).toLowerCase())) continue;
    const from = Math.max(0, ds - 32);
    const w = WORD_BEFORE.exec(text.slice(from, ds));
    if (!w) continue;
    BOX_TAIL.lastIndex = ds;
    const m = BOX_TAIL.exec(text);
    if (!m) continue;
    // the short box words need a town after them
    if (w[2] && !m[1]) continue;
    const start = from + w.index;
    let v = text.slice(start, ds + m[0].length);
    // "RR 18, Tachycardia": a rural route also has a site or box, or a postcode in its tail (RR is a respiratory rate)
    if (w[2]?.startsWith("R") && !/(?:Site|Box|Comp)[ \t]\d/.test(m[0]) && !/\d/.test(m[1]!)) continue;
    while (/[.,]$/.test(v)) v = v.slice(0, -1);
    out.push({ start, end: start + v.length, value: v });
    lastEnd = start + v.length;
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
