/**
 * Obfuscations an attacker uses to slip a value or an instruction past filters. Used by the end-to-end evasion
 * evaluation (scripts/eval-detectors.ts) and tests: each variant rewrites a payload, and the engine is expected
 * to find what the plain payload holds, with the span covering the rewritten form.
 */

/** Variant names, in report order. */
export const EVASION_VARIANTS = ["plain", "zero-width", "homoglyph", "fullwidth", "leet", "base64", "hex", "url-encoded", "tag-smuggled"] as const;
export type EvasionVariant = (typeof EVASION_VARIANTS)[number];

const LOOKALIKES: Readonly<Record<string, string>> = { a: "\u0430", e: "\u0435", o: "\u043E", p: "\u0440", c: "\u0441", x: "\u0445", i: "\u0456", y: "\u0443" };
const LEET: Readonly<Record<string, string>> = { o: "0", i: "1", e: "3", a: "4", s: "5", t: "7" };

/** Insert a zero-width space after every `every`-th character (never at the ends). */
export function zeroWidthSplit(s: string, every = 3): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s[i] + (i > 0 && i < s.length - 1 && i % every === 0 ? "\u200B" : "");
  return out;
}

/** Replace Latin letters with Cyrillic look-alikes (every other eligible letter, so the text stays mixed). */
export function homoglyphs(s: string): string {
  let k = 0;
  return [...s].map((ch) => (LOOKALIKES[ch] !== undefined && k++ % 2 === 0 ? LOOKALIKES[ch] : ch)).join("");
}

/** ASCII → fullwidth forms (U+FF01-FF5E). */
export function fullwidth(s: string): string {
  return [...s].map((ch) => (ch >= "!" && ch <= "~" ? String.fromCodePoint((ch.codePointAt(0) ?? 0) + 0xfee0) : ch)).join("");
}

/** Leetspeak on letters of words (o→0, i→1, e→3, a→4, s→5, t→7). */
export function leet(s: string): string {
  return s.replace(/[A-Za-z]+/g, (w) => [...w].map((ch) => LEET[ch] ?? ch).join(""));
}

/** Unicode tag characters: an invisible copy of ASCII text. */
export function tagSmuggle(s: string): string {
  return [...s].map((ch) => ((ch.codePointAt(0) ?? 0) < 0x80 ? String.fromCodePoint(0xe0000 + (ch.codePointAt(0) ?? 0)) : ch)).join("");
}

/** Apply a variant to a payload. Encodings wrap the whole payload. */
export function applyVariant(variant: EvasionVariant, payload: string): string {
  switch (variant) {
    case "plain":
      return payload;
    case "zero-width":
      return zeroWidthSplit(payload);
    case "homoglyph":
      return homoglyphs(payload);
    case "fullwidth":
      return fullwidth(payload);
    case "leet":
      return leet(payload);
    case "base64":
      return Buffer.from(payload, "utf8").toString("base64");
    case "hex":
      return Buffer.from(payload, "utf8").toString("hex");
    case "url-encoded":
      return [...Buffer.from(payload, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    case "tag-smuggled":
      return `see note${tagSmuggle(payload)}`;
  }
}
