import type { PiiHit } from "./pii-detector.js";

/**
 * Places that the words around them show to be nobody's record field (the labelling convention: a place is personal
 * data only as someone's birthplace, home town or city field):
 *
 * - a route, "from X to Y" in one of many languages ("Da Milano a Bergamo", "dari Kuala Lumpur ke Pulau Pinang",
 *   "von Köln nach Bonn", "z Krakowa do Zakopanego"): both ends are a journey's, not where someone lives, unless the
 *   text speaks of moving house ("moved from Leeds to York") or names the traveller ("book a flight from Leeds to
 *   York for Anna Reid": someone's itinerary is about them);
 * - history: every number of three digits or more in the text is a year before 1900 ("né à Besançon en 1802 et mort à
 *   Paris en 1885", "Nel 1861 Torino divenne la prima capitale del Regno d'Italia"); no living person is described;
 * - a country named with no cue in a text that names nobody and holds no number or e-mail that could be someone's
 *   ("die Schweiz bleibe neutral"), no one's possession or pronoun ("my sister lives in Germany") and no firm's site.
 *
 * Such LOCATION hits go to 0.5, under the threshold. A record field's value read later (record-place-fields) is raised
 * again, and places after a residence or birth cue (`personal`) keep their score outside history.
 */
const cap = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!}]${w.slice(1)}`;
const FROM = ["from", "da", "dal", "dalla", "de", "desde", "du", "depuis", "von", "vom", "van", "dari", "z", "ze", "из", "от", "з", "від", "från", "fra", "iz", "od", "din", "de la"];
const TO = ["to", "a", "al", "alla", "fino a", "hasta", "à", "au", "jusqu'à", "para", "nach", "bis", "naar", "ke", "hingga", "do", "в", "во", "до", "till", "til", "u", "v", "la", "spre"];
const alt = (ws: string[]): string => ws.sort((a, b) => b.length - a.length).map(cap).join("|");
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’.\\-]*){0,3}";
const ROUTE = new RegExp(`(?<![\\p{L}])(?:${alt(FROM)})[ \\t]+(${NAME})[ \\t]+(?:${alt(TO)})[ \\t]+(${NAME})`, "gu");
/** Moving house: a route is then someone's old and new home. */
const MOVING =
  /\b(?:mov(?:e|ed|ing)|relocat\w*)\b|umgezogen|gezogen|ziehe|déménag\w*|trasferit\w*|traslad\w*|mud(?:é|ó|ou|ei|amos)|verhuisd|przeprowadzi\w*|pindah|переех\w*|flyttet|flyttade|preselil\w*/iu;
const HISTORIC_YEAR = /^1[0-8]\d\d$/;
const NUMBER_RUN = /\d{3,}/g;

function historical(text: string): boolean {
  let year = false;
  NUMBER_RUN.lastIndex = 0;
  for (let m = NUMBER_RUN.exec(text); m; m = NUMBER_RUN.exec(text)) {
    if (!HISTORIC_YEAR.test(m[0])) return false;
    year = true;
  }
  return year;
}

function lower(out: PiiHit[], k: number, why: string): void {
  const h = out[k]!;
  out[k] = { ...h, score: 0.5, explanation: `${h.explanation}; ${why}` };
}

/**
 * Lowers LOCATION hits of `out` from index `from` on in routes, history and country mentions (see the file comment).
 * `personal` holds the indexes of places after a residence or birth cue; `recordLike` says whether the text holds a
 * number that could be someone's (years and dates aside), someone's possession or pronoun, or a firm's sites.
 */
export function impersonalPlaceFrames(text: string, out: PiiHit[], from: number, personal: ReadonlySet<number>, recordLike: () => boolean): void {
  const places: number[] = [];
  const people: PiiHit[] = [];
  for (let k = from; k < out.length; k++) {
    const h = out[k]!;
    if (h.type === "LOCATION" && h.score > 0.5) places.push(k);
    else if (h.type === "PERSON" && h.score >= 0.6) people.push(h);
  }
  if (places.length === 0) return;
  let named = people.length > 0;
  if (text.length < 2000 && !text.includes("@") && historical(text)) {
    for (const k of places) lower(out, k, "a place in a historical text");
    return;
  }
  if (!MOVING.test(text)) {
    const ends: Array<[number, number]> = [];
    ROUTE.lastIndex = 0;
    for (let m = ROUTE.exec(text); m; m = ROUTE.exec(text)) {
      const a = m.index + m[0].indexOf(m[1]!);
      const b = m.index + m[0].length - m[2]!.length;
      ends.push([a, a + m[1]!.length], [b, b + m[2]!.length]);
      ROUTE.lastIndex = m.index + m[0].length - m[2]!.length;
    }
    const inRoute = (h: PiiHit): boolean => ends.some(([s, e]) => h.start >= s && h.end <= e);
    // someone's journey ("book a flight from X to Y for Anna Reid") is about that person: routes only in texts that
    // name nobody (a route end misread as a name, "Pulau Pinang", does not count as someone)
    named = people.some((p) => !inRoute(p));
    if (!named) {
      for (const k of places) {
        const h = out[k]!;
        if (!personal.has(k) && h.score > 0.5 && inRoute(h)) lower(out, k, "an end of a route");
      }
    }
  }
  if (!named && !text.includes("@") && !recordLike()) {
    for (const k of places) {
      const h = out[k]!;
      if (!personal.has(k) && h.score > 0.5 && h.explanation === "country gazetteer match") lower(out, k, "a country named in a text about no one");
    }
  }
}
