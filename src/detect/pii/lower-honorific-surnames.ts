import type { Gazetteers } from "./gazetteers.js";
import type { PiiHit } from "./pii-detector.js";

/**
 * Surnames after a form of address written in lower case inside a sentence, as Italian, Czech, Polish, Romanian,
 * Serbo-Croatian and Spanish letters write them ("Gentile dott.ssa Benedetti", "Dobrý den, pane Dvořáku", "Bună
 * ziua, doamna Ionescu", "gospođo Horvat", "la señora Quintana"). The capitalised forms ("Frau Weber", "Signora
 * Rossi") are titles of the capitalisation path; in lower case the form of address is no part of a capitalised group,
 * so the surname after it stood alone. The word after must be capitalised, no ordinary word and no place of the
 * lists; Czech "pane" (Italian "bread") counts only in a text with Czech letters.
 */
const LOWER_FORM_OF_ADDRESS =
  /(?<![\p{L}\p{N}_.])(dott\.ssa|dott\.|dottoressa|sig\.ra|sig\.na|sig\.|signora|signorina|pane|paní|panie|pani|doamna|doamnă|doamnei|domnule|domnul|domnului|gospodine|gospođo|gospođa|gospodin|gospa|señora|señorita|señor)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’]{2,20}(?:-\p{Lu}[\p{Ll}\p{M}]{2,20})?)(?![\p{L}\p{M}\p{N}_])/gu;
const CZECH_LETTERS = /[ěščřůňťď]/u;

/** Hits of this scanner start at `from` in `out`; only those may give way. */
export function lowerHonorificSurnames(text: string, g: Gazetteers, out: PiiHit[], from: number): void {
  if (text.length > 100_000) return;
  for (const m of text.matchAll(LOWER_FORM_OF_ADDRESS)) {
    const form = m[1]!;
    const name = m[2]!;
    if (form === "pane" && !CZECH_LETTERS.test(text)) continue;
    const first = name.split("-")[0]!;
    if (g.commonWords.has(first.toLowerCase()) || g.countries.has(first) || g.cities.has(first) || g.regions.has(first)) continue;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (out.some((h) => h.start < end && start < h.end && (h.type !== "PERSON" || h.score >= 0.6))) continue;
    const same = out.find((h) => h.type === "PERSON" && h.start === start && h.end === end);
    if (same !== undefined) {
      same.score = 0.7;
      same.explanation += "; after a lower-case form of address";
      continue;
    }
    // a lower-scored person span across it gives way
    for (let i = out.length - 1; i >= from; i--) if (out[i]!.type === "PERSON" && out[i]!.start < end && start < out[i]!.end) out.splice(i, 1);
    out.push({ type: "PERSON", start, end, score: 0.7, explanation: "surname after a lower-case form of address" });
  }
}
