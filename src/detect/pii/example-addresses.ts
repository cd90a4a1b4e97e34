import { lineStartWithin } from "./line-bounds.js";
import { EXAMPLE_CUE } from "./placeholder-names.js";

/** House numbers and postcodes that templates use: "Musterstraße 1, 12345 Musterstadt", "123 Main St", "00-000 Miasto". */
const PLACEHOLDER_NUMBER = /(?<![\p{N}])(?:1|123|1234|12345|00000|0000|00-000|000 00)(?![\p{N}])/u;

/**
 * A template's address on a line that says it shows an example ("Beispiel: Max Mustermann, Musterstraße 1, 12345
 * Musterstadt", "Dæmi: Jón Jónsson, Aðalstræti 1, 101 Reykjavík"): an example cue earlier on the line, and a house
 * number or postcode of the kind templates use. A real address given as an example of one's own ("e.g. mine: 14
 * Elm Road") keeps its own numbers and is still reported. `cues` carries, per text, whether it has an example cue.
 */
export function isExampleAddress(text: string, start: number, value: string, cues: { inText?: boolean }): boolean {
  if (!PLACEHOLDER_NUMBER.test(value)) return false;
  // one look over the whole text first (most have no example cue), kept by the caller for the text's other addresses
  cues.inText ??= EXAMPLE_CUE.test(text);
  if (!cues.inText) return false;
  const ls = Math.max(lineStartWithin(text, start, 120), start - 120);
  return EXAMPLE_CUE.test(text.slice(ls, start));
}
