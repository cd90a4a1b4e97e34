import { gazetteers, isPlaceName } from "./gazetteers.js";

/**
 * A flat or door part that may stand between the house number and the town: "m. 3" (Polish mieszkanie), "lok. 4",
 * "Depto 56", "Dpto. 302", "apto 12", "piso 3", "int. 7", "kv. 12", "Apt 4B".
 */
const UNIT = "(?:m|lok|Depto|depto|Dpto|dpto|apto|Apto|piso|Piso|int|Int|kv|Apt|apt|Of|of)\\.?[ \\t]?\\d{1,4}[A-Za-z]?";
const WORDS = "\\p{Lu}[\\p{L}'’-]+(?:[ \\t]\\p{Lu}[\\p{L}'’-]+){0,2}";
/**
 * After a street address that ends at its house number or unit: an optional flat part, an optional district, then the
 * town after a comma ("Calle Florida 165, Buenos Aires", "ul. Długa 5 m. 3, Gdańsk", "Av. Providencia 1234, Depto 56,
 * Providencia, Santiago").
 */
const AFTER = new RegExp(`^(?:,?[ \\t]+${UNIT}(?![\\p{L}\\p{N}]))?(?:,[ \\t]*(${WORDS}))?,[ \\t]*(${WORDS})(?![\\p{L}\\p{N}'’-])`, "u");

/**
 * Where a street address found without its town continues: past the town after it when the gazetteers know that town
 * (a city, region or country), else `end`. The town has to be a known place, so a name or a phrase after the comma
 * ("Calle Florida 165, Juan said") is not taken in; a district between the number and the town is taken with it.
 */
export function townAfterAddress(text: string, end: number, limit: number): number {
  const c = text.charCodeAt(end);
  if (c !== 44 && c !== 32) return end;
  const m = AFTER.exec(text.slice(end, Math.min(limit, end + 80)));
  if (m === null) return end;
  const g = gazetteers();
  if (!isPlaceName(g, m[2]!)) return end;
  return end + m[0].length;
}
