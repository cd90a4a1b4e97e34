/**
 * Continental European street addresses, which put the house number after the street name ("Musterstraße 12",
 * "Via Roma 10", "Calle de Alcalá 45", "Keizersgracht 123", "Drottninggatan 5") or write the street type in lower case
 * after the number ("12 rue de la Paix"), optionally followed by a postal code and a town ("10115 Berlin",
 * "75002 Paris", "28014 Madrid").
 */

const L = "\\p{L}'’.-";
/** Letters of a town name: no dot, so a full stop after the town ends the address ("… 20121 Milano. Make …"). */
const TOWN_L = "\\p{L}'’-";
/** German, Dutch, Scandinavian street names written as one word ending in the street type. */
const COMPOUND =
  // an adjective of the street's name may stand apart before it ("Lange Nieuwstraat", "Alte Gasse", "Norra Storgatan")
  `(?:(?:Lange|Korte|Oude|Nieuwe|Hoge|Lage|Grote|Kleine|Sint|Sankt|Alte|Neue|Große|Grosse|Obere|Untere|Hintere|Vordere|Lille|Store|Gamle|Nye|Gamla|Norra|Södra|Östra|Västra|Stora|Lilla|Nørre|Søndre|Vester|Øster)\\s+)?` +
  `\\p{Lu}[${L}]*?(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|pfad|steig|graben|straat|laan|plein|gracht|kade|dijk|singel|steeg|gatan|gata|vägen|väg|gränd|torget|vej|gade|veien|vegen|gate|tie|katu|kuja|polku|vegur|stræti|stígur|braut|-(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee|Pfad|Steig|Graben))`;
/**
 * The same street types as separate words after a capitalised word ("Potsdamer Platz", "Berliner Straße"); a Nordic
 * name may have two words ("Kong Oscars gate"), on one line: the word before a line break is the addressee's.
 */
const SEPARATE = `\\p{Lu}[${L}]+\\s+(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee)|(?:\\p{Lu}[${L}]+[ \\t]+)?\\p{Lu}[${L}]+\\s+(?:gate|gata|gatan|vei|veien|vej|väg|vägen|gade|allé|alle|plass|vegur|stræti)` +
  // South Slavic, Baltic, Czech, Turkish and Azerbaijani street types written in lower case after the name
  // ("Trubarjeva cesta 27", "Brīvības iela 155", "Gedimino prospektas 9", "Tartu maantee 43", "Bağdat caddesi 12")
  `|(?:\\p{Lu}[${L}]+[ \\t]+)?\\p{Lu}[${L}]+[ \\t]+(?:cesta|ulica|ulice|trg|bulevar|iela|gatvė|prospektas|tänav|maantee|puiestee|nábřeží|třída|náměstí|caddesi|sokak|sokağı|küçəsi|prospekti)`;
/** Italian, Spanish, Portuguese street types before the name; the name may hold lower-case particles. */
const PREFIXED =
  `(?:(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Str\\.|Lungomare|Calle|C/|Avenida|Avda\\.|Av\\.|Plaza|Paseo|Camino|Carrera|Ronda|Travesía|Carretera|Rua|Travessa|Praça|Estrada|Alameda|Carrer|Passeig|Avinguda|Plaça|Rambla|ul\\.|al\\.|pl\\.|ulica|aleja|Bulevardul|Bd\\.|Calea|Șoseaua|Şoseaua|Soseaua|Aleea|Splaiul|Piața|Rue|Avenue|Boulevard|Chaussée|Quai|Chemin|Route|Impasse|Allée|Ruelle|Pasaje|Jirón|Calzada|Diagonal|Transversal|os\\.|osiedle|Rehov|Rechov|Sderot)\\s+(?:[\\p{Ll}${L}]+\\s+){0,4}?(?:\\p{Ll}{1,5}['’])?\\p{Lu}[${L}]*|(?:Am|Im|Zum|Zur|An der|An den|Auf der|Auf dem|In der|In den|Unter den|Hinter der|Vor dem)\\s+\\p{Lu}[\\p{L}'’-]{2,}(?:\\s+\\p{Lu}[\\p{L}'’-]{2,})?)`;
/** Postal code and town (an Argentine CPA also in its short form, "C1045 CABA"): "10115 Berlin", "75002 Paris", "400012 Cluj-Napoca", "4100-119 Porto", "D-80331 München", "1011 AB Amsterdam", "111 52 Stockholm". */
/**
 * Flat, floor and door parts between the house number and the postal code: "ap. 5", "int. 7", "apto 62", "piso 5
 * depto B", "lgh 1102", "m. 15", "kv. 7", "bte 4", "Whg. 4", "2. tv.", "3. th", "3º izda.", "2.º Dto", "3. OG links",
 * "Hinterhaus", "1 tr", Romanian "bl. A2, sc. 1, ap. 9", Catalan "2n 1a". Taken only when a postal code and town follow, so they cannot run on into prose.
 */
const UNIT =
  `(?:(?:ap|apt|app|appt|apto|apt[oº]|dpto|depto|dto|int|interno|Apto|Dpto|Depto|Int|Piso|piso|planta|lgh|m|kv|bte|boîte|bus|whg|wohnung|esc|pta|puerta|sc|et|etaj|bl|bloc|scara|d|daire|kat)\\.?:?\\s?[A-Za-z0-9]{1,5}\\.?|\\d{1,2}(?:r|n|t|è|o)\\.?\\s\\d{1,2}(?:a|ª)|\\d{1,2}\\.?\\s?(?:tv|th|mf|sal|st)\\.?|\\d{1,2}\\.?\\s?[º°ª](?:\\s?[A-Za-z0-9]{1,4}[ª]?\\.?)?|\\d{1,2}\\.\\s?(?:OG|Stock|Etage|DG|EG)(?:\\s(?:links|rechts|li\\.|re\\.))?|(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus)(?:\\s\\d{1,2}\\.\\s?OG)?|\\d{1,2}\\s?tr\\.?|\\d{1,2}(?:e|er|ème)\\s(?:étage)|Bât\\.?\\s[A-Z0-9]{1,3})`;
/** Lower-case particles inside a town or district name ("Rio de Janeiro", "Ciudad de México", "Oaxaca de Juárez"). */
const PARTICLE = "(?:de|da|do|dos|das|del|di|la|sur|am|im)";
/** A town or district of one to four words on one line (a line break ends it: "… 10435 Berlin\nDiagnose"). */
const PLACE = `\\p{Lu}[${TOWN_L}]+(?:(?:[ \\t]+${PARTICLE})?[ \\t-]\\p{Lu}[${TOWN_L}]+){0,3}`;
/** A comma, or a line break of a multi-line label, between the parts of an address. */
const SEP = "(?:,[ \\t]*|[ \\t]*\\n[ \\t]*)";
/** Brazilian parts are also set apart by a dash ("Av. Paulista, 1578 - Bela Vista, São Paulo - SP"). */
const BR_SEP = "(?:,[ \\t]*|[ \\t]*\\n[ \\t]*|[ \\t]+[-–][ \\t]+)";
const UNITS = `(?:,?\\s+${UNIT}(?![\\p{L}])){0,2}`;
/**
 * What may follow the house number, each part held to a shape prose does not take:
 * - a postal code of a known shape and a town ("10115 Berlin", "3511 NR Utrecht", "C1045AAB CABA", "40121 Bologna BO");
 * - a town (after an optional district) and a five- or six-digit code ("Lince, Lima 15046");
 * - Brazilian: district and town (after commas or dashes), a dash and the two-letter state, the CEP ("Jardins, São
 *   Paulo - SP, 01426-001", "1578 - Bela Vista, São Paulo - SP, CEP 01310-200"), or the CEP right after the number;
 * - Mexican: the colonia after "Col.", the postcode (after "C.P.") and the town, the state's abbreviation ("Col.
 *   Americana, 44160 Guadalajara, Jal.", "Col. Centro, C.P. 06000, CDMX").
 */
const TOWN =
  // Icelandic: a three-digit postcode and the town ("Laugavegur 28, 101 Reykjavík"), taken after the Icelandic street
  // types only (the lookbehind)
  `(?:,\\s+\\d{3}\\s+(?<=(?:vegur|gata|stræti|stígur|braut)\\s+\\d{1,4}[a-zA-Z]?,\\s+\\d{3}\\s+)\\p{Lu}[${TOWN_L}]+` +
  `|${UNITS},?\\s+(?:[A-Z]{1,2}-)?(?:\\d{5,6}|\\d{4}-\\d{3}|\\d{4}(?:\\s?[A-Z]{2})?|\\d{3}\\s\\d{2}|\\d{2}-\\d{3}|[A-Z]\\d{4}(?:[A-Z]{3})?)\\s+\\p{Lu}[${TOWN_L}]+(?:[ \\t-]\\p{Lu}[${TOWN_L}]+){0,2}(?: (?:[A-Z]{1,2}|\\d{1,2})(?![\\p{L}\\p{N}]|[ \\t]?\\d))?` +
  `|${UNITS}${BR_SEP}(?:${PLACE}${BR_SEP}){0,2}${PLACE}[ \\t]*[-–/][ \\t]*[A-Z]{2}(?:,?\\s+(?:CEP:?\\s?)?\\d{5}-?\\d{3})?(?![\\p{L}\\p{N}])` +
  `|${UNITS},?\\s+CEP:?\\s?\\d{5}-?\\d{3}(?![\\p{N}])(?:,?\\s+${PLACE}(?:[ \\t]*[-–/][ \\t]*[A-Z]{2}(?![\\p{L}\\p{N}]))?)?` +
  `|${UNITS},\\s+(?:Col\\.|Colonia|Fracc\\.|Fraccionamiento|Barrio)\\s+${PLACE}(?:,\\s+${PLACE})?,\\s+(?:C\\.?\\s?P\\.?:?\\s+)?\\d{5}(?![\\p{N}])(?:,?\\s+${PLACE})?(?:,[ \\t]*(?:\\p{Lu}\\p{Ll}{1,4}\\.|[A-Z]{2,5})(?![\\p{L}\\p{N}]))?` +
  `|${UNITS}(?:,\\s+${PLACE})?,\\s+\\p{Lu}[${TOWN_L}]+(?:[ \\t-]\\p{Lu}[${TOWN_L}]+){0,2}\\s+\\d{5,6}(?![\\p{L}\\p{N}]))?`;
/** House number: "12", "12a", "12-14", "nº 45", "n.º 3". */
const NUMBER = `(?:n\\.?º\\s*|nr\\.?\\s*)?\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}]|\\.\\s?\\d)(?:\\s\\d{1,3}(?![\\p{L}\\p{N}]))?)?(?:[-/]\\d{1,4}){0,2}(?:-?bis(?![\\p{L}])|-(?:I{1,3}|IV|hs|HS|huis|bg)(?![\\p{L}\\p{N}]))?`;

/** Street name then number, ending at the house number: matched on the text before and at a digit token. */
const NAME_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COMPOUND}|${SEPARATE}|${PREFIXED}),?\\s+${NUMBER}${TOWN}`, "uy");
const NAME_BEFORE_NUMBER = new RegExp(`(?:${COMPOUND}|${SEPARATE}|${PREFIXED}),?\\s+(?:n\\.?º\\s*|nr\\.?\\s*)?$`, "u");
/** French: number, lower-case street type, name ("12 rue de la Paix", "5 bis avenue Foch"). */
const FRENCH = new RegExp(
  `(?<![\\p{L}\\p{N}.,-])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours|square|passage)\\s+(?:[\\p{Ll}'’]+\\s+|[dl]['’]){0,3}\\p{Lu}[${L}]*(?:\\s+\\p{Lu}[${L}]*){0,3}${TOWN}`,
  "uy",
);

export interface StreetMatch {
  start: number;
  end: number;
  value: string;
}

/**
 * Street addresses of the continental European forms, anchored at the digit runs of the text (`starts`/`ends` of
 * its digit tokens, in order). The street name is looked for in the 60 characters before a number.
 */
export function euStreetAddresses(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number): StreetMatch[] {
  const out: StreetMatch[] = [];
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    // a house number of at most four digits, or five characters; "118bis", "12-14a" are longer tokens with a letter
    if (s < lastEnd || (e - s > 5 && (e - s > 8 || !HAS_LETTER.test(text.slice(s, e))))) continue;
    // French: the number comes first and is followed by a lower-case street type
    if (frenchTypeNext(text, e)) {
      FRENCH.lastIndex = s;
      const fr = FRENCH.exec(text);
      if (fr && fr.index === s) {
        out.push(trimmed(fr.index, fr[0]));
        lastEnd = out[out.length - 1]!.end;
        continue;
      }
    }
    // the others: the street name ends right before the number, in a word with a capital initial that is a street
    // type itself ("Musterstraße", "Platz") or follows a street type word ("Via", "Calle", "Rua") in the window
    // a space (or a comma and a space) separates the street from its number: "15T14", "-03" inside timestamps do
    // not need the walk back
    if (text.charCodeAt(s - 1) !== 32) continue;
    const prev = wordBefore(text, s);
    if (!prev) continue;
    const lo = Math.max(0, s - 60);
    if (!STREET_SUFFIX.test(prev) && !PREFIX_WORD.test(text.slice(lo, s))) continue;
    const before = NAME_BEFORE_NUMBER.exec(text.slice(lo, s));
    if (!before) continue;
    const from = lo + before.index;
    if (from < lastEnd) continue;
    NAME_FIRST.lastIndex = from;
    const m = NAME_FIRST.exec(text);
    if (!m || m.index !== from || m.index + m[0].length <= s) continue;
    out.push(trimmed(m.index, m[0]));
    lastEnd = out[out.length - 1]!.end;
  }
  return out;
}

const STREET_SUFFIX =
  /(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|pfad|steig|graben|straat|laan|plein|gracht|kade|dijk|singel|steeg|gatan|gata|vägen|väg|gränd|torget|vej|gade|veien|vegen|gate|tie|katu|kuja|polku|allé|alle|plass|vegur|gata|stræti|stígur|braut|cesta|ulica|ulice|trg|bulevar|iela|gatvė|prospektas|tänav|maantee|puiestee|nábřeží|třída|náměstí|caddesi|sokak|sokağı|küçəsi|prospekti)$/iu;
const PREFIX_WORD = /(?:^|[^\p{L}])(?:Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Strada|Str\.|Lungomare|Calle|C\/|Avenida|Avda\.|Av\.|Plaza|Paseo|Camino|Carrera|Ronda|Travesía|Carretera|Rua|Travessa|Praça|Estrada|Alameda|Carrer|Passeig|Avinguda|Plaça|Rambla|ul\.|al\.|pl\.|ulica|aleja|Bulevardul|Bd\.|Calea|Șoseaua|Şoseaua|Soseaua|Aleea|Splaiul|Piața|Rue|Avenue|Boulevard|Chaussée|Quai|Chemin|Route|Impasse|Allée|Ruelle|Pasaje|Jirón|Calzada|Diagonal|Transversal|os\.|osiedle|Rehov|Rechov|Sderot|Am|Im|Zum|Zur|An|Auf|In|Unter|Hinter|Vor)\s/u;

const LOWER_STREET_WORD = /^(?:gate|gata|gatan|vei|veien|vej|väg|vägen|gade|allé|alle|plass|vegur|stræti|cesta|ulica|ulice|trg|bulevar|iela|gatvė|prospektas|tänav|maantee|puiestee|nábřeží|třída|náměstí|caddesi|sokak|sokağı|küçəsi|prospekti)$/u;
const HAS_LETTER = /\p{L}/u;

function isBoundary(c: number): boolean {
  // white space , ; : " ' ( ) { } [ ] = < > / |
  return c <= 32 || c === 44 || c === 59 || c === 58 || c === 34 || c === 39 || c === 40 || c === 41 || c === 123 || c === 125 || c === 91 || c === 93 || c === 61 || c === 60 || c === 62 || c === 47 || c === 124;
}

/**
 * Cheap gate before the regexes: the word before `pos` (past spaces, a comma, "nº"/"nr."), when it starts with a
 * capital letter ("Musterstraße 12", "Calle de Alcalá 45"); `pid=123`, "took 45 ms" and `"count": 5` have none.
 */
function wordBefore(text: string, pos: number): string | undefined {
  // bounded: a street word is short, and "1.1.1.1…" must not make the walk back quadratic
  const stop = Math.max(0, pos - 48) - 1;
  let i = pos - 1;
  for (let words = 0; words < 2; words++) {
    while (i > stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44)) i--;
    const end = i;
    while (i > stop && !isBoundary(text.charCodeAt(i))) i--;
    if (i === end || (i === stop && stop >= 0)) return undefined;
    const c = text.charCodeAt(i + 1);
    const upper = (c >= 65 && c <= 90) || (c > 127 && text[i + 1] !== text[i + 1]!.toLowerCase());
    // a number sign between the street and the number ("nº", "n.º", "nr."): look at the word before it
    if (words === 0 && (c === 110 || c === 78) && end - i <= 4 && /^(?:nº|n\.º|nr\.?)$/i.test(text.slice(i + 1, end + 1))) continue;
    const word = text.slice(i + 1, end + 1);
    // Nordic street types are separate lower-case words ("Thereses gate 14B", "Storgata", "Vesterbro vej 4")
    return upper || LOWER_STREET_WORD.test(word) ? word : undefined;
  }
  return undefined;
}

/** After a number: optional "bis"/"ter", a comma or spaces, then a lower-case French street type's first letter. */
function frenchTypeNext(text: string, e: number): boolean {
  let i = e;
  if (text.startsWith("bis", i) || text.startsWith("ter", i)) i += 3;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44) i++;
  if (i === e) return false;
  const c = text.charCodeAt(i);
  // a b c i p q r s: avenue, av., boulevard, bd, chemin, cours, impasse, passage, place, quai, rue, route, square
  return c === 97 || c === 98 || c === 99 || c === 105 || c === 112 || c === 113 || c === 114 || c === 115;
}

function trimmed(start: number, v: string): StreetMatch {
  let value = v;
  while (/[\s,.]$/.test(value)) value = value.slice(0, -1);
  return { start, end: start + value.length, value };
}
