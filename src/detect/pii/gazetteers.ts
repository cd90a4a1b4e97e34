import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { WordSet } from "./word-set.js";

/**
 * The derived gazetteer file, read on first use (not imported: a JSON import parses it when the module loads, and a
 * gateway that never runs PII detection would hold its ~7 MB). The same relative path leads to the source copy from
 * `src/detect/pii/` and from `dist/detect/pii/`, as the injection model's does.
 */
const GAZETTEER_FILE = fileURLToPath(new URL("../../../src/detect/pii/data/gazetteers.json", import.meta.url));

/** Lookup sets built once from the derived gazetteer file (see data/README.md). */
export interface Gazetteers {
  firstNames: WordSet;
  surnames: WordSet;
  cities: WordSet;
  countries: WordSet;
  regions: WordSet;
  /** Lower-case words frequent in everyday English (SUBTLEX-US); a capitalised one needs evidence. */
  commonWords: WordSet;
  streetSuffixes: readonly string[];
  /** Longest location entry in tokens, to bound multi-word lookups. */
  maxLocationTokens: number;
}

/** The file's shape: each list is one string of entries separated by "\n" (see build-gazetteers.ts). */
interface GazetteerFile {
  firstNames: string;
  surnames: string;
  cities: string;
  countries: string;
  regions: string;
  commonWords: string;
  streetSuffixes: string[];
}

let cached: Gazetteers | undefined;

/** Most words in one entry of the joined lists. */
function maxWords(...lists: string[]): number {
  let most = 1;
  for (const list of lists) {
    let words = 1;
    for (let i = 0; i < list.length; i++) {
      const c = list.charCodeAt(i);
      if (c === 32) words++;
      else if (c === 10) words = 1;
      if (words > most) most = words;
    }
  }
  return most;
}

/** `w` with its first character upper-cased; ASCII by char code (no call, and no new string when nothing changes). */
function titleWord(w: string): string {
  const c = w.charCodeAt(0);
  if (!(c >= 128)) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + w.slice(1) : w;
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Each space-separated word with a capital first letter, as the lists spell names ("new york" → "New York"). */
export function titleCase(words: string): string {
  // one word (the common case): no split, map and join
  return words.indexOf(" ") < 0 ? titleWord(words) : words.split(" ").map(titleWord).join(" ");
}

/** Whether `name` (spelled as the lists spell it) is a city, region or country of the lists. */
export function isPlaceName(g: Gazetteers, name: string): boolean {
  return g.cities.has(name) || g.regions.has(name) || g.countries.has(name);
}

/** Lazily materialise the sets on first use, so importing the module stays cheap. */
export function gazetteers(): Gazetteers {
  if (cached) return cached;
  const d = JSON.parse(readFileSync(GAZETTEER_FILE, "utf8")) as GazetteerFile;
  cached = {
    firstNames: new WordSet(d.firstNames),
    surnames: new WordSet(d.surnames),
    cities: new WordSet(d.cities),
    countries: new WordSet(d.countries),
    regions: new WordSet(d.regions),
    commonWords: new WordSet(d.commonWords),
    // street types the USPS list lacks that Commonwealth addresses use ("88 Queens Quay W", "1180 Grand Concourse")
    streetSuffixes: [...d.streetSuffixes, "Quay", "Quays", "Concourse", "Boardwalk"],
    maxLocationTokens: Math.min(maxWords(d.cities, d.countries, d.regions), 4),
  };
  return cached;
}
