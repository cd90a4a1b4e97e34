import data from "./data/gazetteers.json" with { type: "json" };

/** Lookup sets built once from the derived gazetteer file (see data/README.md). */
export interface Gazetteers {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  cities: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  /** Lower-case words frequent in everyday English (SUBTLEX-US); a capitalised one needs evidence. */
  commonWords: ReadonlySet<string>;
  streetSuffixes: readonly string[];
  /** Longest location entry in tokens, to bound multi-word lookups. */
  maxLocationTokens: number;
}

let cached: Gazetteers | undefined;

/** Lazily materialise the sets on first use, so importing the module stays cheap. */
export function gazetteers(): Gazetteers {
  if (cached) return cached;
  const d = data as { firstNames: string[]; surnames: string[]; cities: string[]; countries: string[]; regions: string[]; commonWords: string[]; streetSuffixes: string[] };
  let maxTok = 1;
  for (const n of [...d.cities, ...d.countries, ...d.regions]) maxTok = Math.max(maxTok, n.split(" ").length);
  cached = {
    firstNames: new Set(d.firstNames),
    surnames: new Set(d.surnames),
    cities: new Set(d.cities),
    countries: new Set(d.countries),
    regions: new Set(d.regions),
    commonWords: new Set(d.commonWords),
    streetSuffixes: d.streetSuffixes,
    maxLocationTokens: Math.min(maxTok, 4),
  };
  return cached;
}
