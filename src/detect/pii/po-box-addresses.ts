import type { AddressMatch } from "./pii-scan.js";

/**
 * Post-office boxes and rural routes in the words of more countries, with the town after them: "Postfach 12 04,
 * 8021 Zürich", "Postboks 88 Sentrum, 5804 Bergen", "Postbus 1102, 3000 BC Rotterdam", "B.P. 318, Dakar", "Apartado
 * 2210, 1000 San José", "Caixa Postal 91, Recife - PE", "GPO Box 1420, Adelaide SA 5001", "RR 3, Site 9, Comp 4,
 * Olds, AB T4H 1P3". The unambiguous box words ("Postfach", "PO Box") also stand without a town; the short ones
 * ("BP" is also a firm and a blood pressure, "RR" a rate, "Apartado 3" a section of a text) only with a town after a
 * comma.
 */
const GATE = /box|postfa|postbo|postbus|postale|\bB\.?P\b|apartado|apdo|casilla|caixa|skrytka|postilokero|\bRR\b|rural route|private bag|locked bag/i;

const STRONG = "P\\.?\\s?O\\.?\\s?Box|Post\\s+Office\\s+Box|GPO\\s+Box|Private\\s+Bag|Locked\\s+Bag|Postfach|Postboks|Postbox|Postbus|Bo[iî]te\\s+postale|Caixa\\s+Postal|Casella\\s+postale|Skrytka\\s+pocztowa|Postilokero";
const WEAK = "B\\.\\s?P\\.|BP|Apartado(?:\\s+de\\s+correos)?|Apdo\\.|Casilla(?:\\s+de\\s+correos?)?|RR|R\\.R\\.|Rural\\s+Route";
/** town: one to three capitalised words, or a capitalised word and a district number ("Abidjan 01", "Bern 7") */
const TOWN = "\\p{Lu}[\\p{L}'’.-]+(?:[ \\t](?:\\p{Lu}[\\p{L}'’.-]+|\\d{1,2}(?![\\d])|\\p{Lu}(?![\\p{L}]))){0,2}";
/** a postcode before the town: "8021", "0103", "3000 BC", "D-80331", "100 00" */
const PC_BEFORE = "(?:[A-Z]{1,2}-)?\\d{3,5}(?:[ \\t]\\d{2}|[ \\t][A-Z]{2})?[ \\t]";
/** after the town: a state or province and its ZIP or postcode ("NM 87504-7702", "AB T0M 0W0", "SA 5001"), or a postcode */
const AFTER_TOWN = "(?:,?[ \\t](?:[A-Z]{2,3}[ \\t]?)?(?:\\d{4,5}(?:-\\d{4})?|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d)(?![\\w])|[ \\t]-[ \\t][A-Z]{2}(?![\\w]))?";
const BOX_RE = new RegExp(
  `(?<![\\p{L}\\d])(?:(${STRONG})|(${WEAK}))[ \\t]?\\.?[ \\t]?\\d{1,6}(?:[ \\t]\\d{2,3})?(?![\\d])` +
    // further parts of a rural address: "Site 5", "Box 14", "Comp 4", a station or area name ("Sentrum", "Stn Main")
    `(?:,?[ \\t](?:Site|Box|Comp|Lot|Stn|Station)[ \\t]\\d{1,4}){0,4}` +
    `(?:[ \\t]\\p{Lu}\\p{Ll}{2,20}(?=,))?` +
    `(,[ \\t](?:${PC_BEFORE})?${TOWN}${AFTER_TOWN})?`,
  "gu",
);

export function poBoxAddresses(text: string): AddressMatch[] {
  if (!GATE.test(text)) return [];
  const out: AddressMatch[] = [];
  BOX_RE.lastIndex = 0;
  for (let m = BOX_RE.exec(text); m; m = BOX_RE.exec(text)) {
    // the short box words need a town after them
    if (m[2] && !m[3]) continue;
    // "RR 18, Tachycardia": a rural route also has a site or box, or a postcode in its tail (RR is a respiratory rate)
    if (m[2]?.startsWith("R") && !/(?:Site|Box|Comp)[ \t]\d/.test(m[0]) && !/\d/.test(m[3]!)) continue;
    let v = m[0];
    while (/[.,]$/.test(v)) v = v.slice(0, -1);
    out.push({ start: m.index, end: m.index + v.length, value: v });
  }
  return out;
}
