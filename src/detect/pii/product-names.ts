import type { PiiHit } from "./pii-detector.js";

/**
 * Capitalised names of products, games, cars and software read as people or places ("played Elden Ring", "installing
 * Visual Studio Code", "drives a Lancia Ypsilon", "Android Studio 2024.1", "I am Warden's demo model"). A name group
 * is a product where the words around it say so, whatever the product:
 *
 * - a verb of playing, installing, running or driving right before it ("played", "install", "launch", "upgrade to";
 *   a car needs an article or possessive after the verb: "drives a", "bought my", as "drove Maria home" is a person);
 * - a version number right after it ("2024.1", "v3", "16.4.2");
 * - a product noun right after it ("… game", "… app", "… DLC", "… hatchback"), or for a place a food or drink named
 *   after it ("Fiji Water", "Philadelphia cream cheese");
 * - a possessive that owns software ("Warden's demo model", "Acme's API", "Contoso's chatbot");
 * - being listed right after a product found so ("playing Hollow Knight and Stardew Valley").
 */
const PRODUCT_VERB_BEFORE =
  /(?<![\p{L}])(?:play|plays|played|playing|replay(?:ed|ing)?|install|installs|installed|installing|reinstall(?:ed|ing)?|uninstall(?:ed|ing)?|download|downloads|downloaded|downloading|launch|launches|launched|launching|upgrade to|upgraded to|upgrading to|update to|updated to|switch(?:ed)? to|migrate(?:d)? to|open (?:it |this |the (?:file|folder|project) )?in|opened (?:it )?in|(?:drive|drives|drove|driving|driven|bought|buy|buying|lease|leased|leasing|rent|rented|test[- ]drove|test[- ]drive|owns?|owned|parked) (?:a|an|the|my|our|his|her|their|new|used|this|that))[ \t]+$/iu;
/** Last words of PRODUCT_VERB_BEFORE's phrases: the regex runs only after one of these (most names follow none). */
const VERB_LAST_WORDS = new Set([
  "play", "plays", "played", "playing", "replay", "replayed", "replaying", "install", "installs", "installed", "installing", "reinstall",
  "reinstalled", "reinstalling", "uninstall", "uninstalled", "uninstalling", "download", "downloads", "downloaded", "downloading",
  "launch", "launches", "launched", "launching", "to", "in", "a", "an", "the", "my", "our", "his", "her", "their", "new", "used", "this", "that",
]);
const WORD_BEFORE = /([\p{L}]+)[ \t]+$/u;
const VERSION_AFTER = /^[ \t]+v?\d+(?:\.\d+){1,3}(?![\p{L}\p{N}])|^[ \t]+v\d+(?![\p{L}\p{N}])/u;
const PRODUCT_NOUN_AFTER =
  /^[ \t]+(?:game|games|app|apps|DLC|expansion|patch|mod|mods|console|remaster|remake|soundtrack|trailer|beta|plugin|plug-in|extension|installer|hatchback|sedan|saloon|SUV|coupe|coupé|convertible|pickup|minivan|crossover)(?![\p{L}])/u;
/**
 * Food and drink named after a place ("Fiji Water", "Philadelphia cream cheese", "Dijon mustard", "Kentucky bourbon"):
 * the place names the product, not someone's place (LOCATION hits only).
 */
const PLACE_PRODUCT_AFTER =
  /^[ \t]+(?:mineral[ \t]+)?(?:water|cream[ \t]+cheese|cheese|coffee|tea|beer|lager|ale|wine|whisky|whiskey|bourbon|vodka|rum|gin|sauce|chocolate|mustard|ham|sausages?|bagels?|fried[ \t]+chicken|cuisine|dressing|crackers|biscuits)(?![\p{L}])/iu;
const SOFTWARE_POSSESSIVE_AFTER =
  /^['’]s[ \t]+(?:(?:own|new|latest|official|default|demo|open[- ]source|AI|language|chat|local|hosted)[ \t]+){0,2}(?:model|models|LLM|LLMs|chatbot|bot|gateway|API|SDK|CLI|firmware|(?:demo|AI|virtual|chat|coding|voice)[ \t]+assistant)(?![\p{L}])/u;
/**
 * A software noun right after a capitalised word read as a person: the name names a program, a service or its test
 * double ("Hello from Warden mock", "the Acme API", "Contoso gateway"); only PERSON hits, as "Frankfurt server" is a
 * place's server, not a product.
 */
const SOFTWARE_NOUN_AFTER =
  /^[ \t]+(?:mock|mocks|stub|stubs|server|backend|API|APIs|SDK|CLI|gateway|proxy|daemon|endpoint|webhook|chatbot|bot)(?![\p{L}\p{N}_-])/u;
const LIST_GAP = /^(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$/u;

/** Drop the PERSON and LOCATION hits of `out` from index `from` on that name a product (see above). */
export function dropProductNames(text: string, out: PiiHit[], from: number): void {
  const names: number[] = [];
  for (let k = from; k < out.length; k++) if (out[k]!.type === "PERSON" || out[k]!.type === "LOCATION") names.push(k);
  if (names.length === 0) return;
  names.sort((a, b) => out[a]!.start - out[b]!.start);
  const drop = new Set<number>();
  let lastProductEnd = -1;
  for (const k of names) {
    const h = out[k]!;
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const after = text.slice(h.end, h.end + 60);
    const last = WORD_BEFORE.exec(before.slice(-16))?.[1];
    const product =
      (last !== undefined && VERB_LAST_WORDS.has(last.toLowerCase()) && PRODUCT_VERB_BEFORE.test(before)) ||
      VERSION_AFTER.test(after) ||
      PRODUCT_NOUN_AFTER.test(after) ||
      (h.type === "LOCATION" && PLACE_PRODUCT_AFTER.test(after)) ||
      (h.type === "PERSON" && SOFTWARE_NOUN_AFTER.test(after)) ||
      SOFTWARE_POSSESSIVE_AFTER.test(after) ||
      (lastProductEnd >= 0 && lastProductEnd <= h.start && LIST_GAP.test(text.slice(lastProductEnd, h.start)));
    if (product) {
      drop.add(k);
      lastProductEnd = h.end;
    }
  }
  if (drop.size === 0) return;
  let w = from;
  for (let k = from; k < out.length; k++) if (!drop.has(k)) out[w++] = out[k]!;
  out.length = w;
}
