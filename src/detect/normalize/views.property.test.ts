import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDecodedViews } from "./decode-views.js";
import { buildLeetView } from "./leet-view.js";
import { buildNormalizedView } from "./normalize-text.js";

const INVISIBLES = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u2066", "\u{E007F}", "\uFE0F"];
const LOOKALIKE: Record<string, string[]> = {
  a: ["\u0430", "\u03B1", "\uFF41"], e: ["\u0435", "\u03B5", "\uFF45"], o: ["\u043E", "\u03BF", "\uFF4F"],
  p: ["\u0440", "\u03C1"], c: ["\u0441", "\uFF43"], i: ["\u0456", "\u03B9", "\uFF49"], x: ["\u0445", "\u03C7"],
  s: ["\u0455", "\uFF53"], k: ["\u03BA", "\uFF4B"], t: ["\uFF54"], n: ["\uFF4E"], r: ["\uFF52"], g: ["\uFF47"],
};
const word = fc.stringMatching(/^[a-z][a-z0-9_]{6,20}[a-z]$/);
/** Index of `w` as a whole word in `text` (white space around it may have been collapsed). */
const wordAt = (text: string, w: string): number => text.search(new RegExp(`(?<![A-Za-z0-9_])${w}(?![A-Za-z0-9_])`));
const filler = fc.array(fc.constantFrom(" ", "1", "2", "\u{1F600}", "\u6771", "\n", "\u00A0", "\u200B", "- "), { maxLength: 12 }).map((a) => a.join(""));

/** Obfuscate a word: look-alikes for some letters, invisibles between some letters. */
const obfuscated = word.chain((w) =>
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: w.length, maxLength: w.length }),
      fc.array(fc.option(fc.constantFrom(...INVISIBLES), { freq: 2 }), { minLength: w.length - 1, maxLength: w.length - 1 }),
    )
    .map(([picks, gaps]) => {
      let out = "";
      for (let k = 0; k < w.length; k++) {
        const ch = w[k] as string;
        const alts = LOOKALIKE[ch];
        const pick = picks[k] as number;
        // First and last letters stay Latin: look-alikes matter (and trigger the view) in mixed-script words.
        out += alts && pick % 3 !== 0 && k > 0 && k < w.length - 1 ? (alts[pick % alts.length] as string) : ch;
        if (k < w.length - 1) out += gaps[k] ?? "";
      }
      return { clean: w, dirty: out };
    }),
);

describe("view offsets map back exactly (property)", () => {
  it("normalised view: the match maps to its obfuscated form", () => {
    fc.assert(
      fc.property(filler, obfuscated, filler, (pre, { clean, dirty }, post) => {
        const original = `${pre} ${dirty} ${post}`;
        const view = buildNormalizedView(original);
        if (view === undefined) {
          expect(dirty).toBe(clean); // nothing was obfuscated and nothing else changed
          return;
        }
        const at = wordAt(view.text, clean);
        expect(at).toBeGreaterThanOrEqual(0);
        const span = view.toOriginal(at, at + clean.length);
        expect(span && original.slice(span.start, span.end)).toBe(dirty);
      }),
      { numRuns: 400 },
    );
  });

  it("leet view over the normalised view maps to the obfuscated form", () => {
    const leet = fc.constantFrom("1gn0r3", "pr3v10u5", "5y5t3m", "pr0mpt", "byp4$$");
    fc.assert(
      fc.property(filler, leet, fc.constantFrom("", "\u200B"), filler, (pre, l, zw, post) => {
        const dirty = l.slice(0, 2) + zw + l.slice(2);
        const original = `${pre} ${dirty} ${post}`;
        const view = buildLeetView(original, buildNormalizedView(original));
        expect(view).toBeDefined();
        if (!view) return;
        const folded = l.replace(/1/g, "i").replace(/0/g, "o").replace(/3/g, "e").replace(/4/g, "a").replace(/5|\$/g, "s");
        const at = wordAt(view.text, folded);
        const span = view.toOriginal(at, at + folded.length);
        expect(span && original.slice(span.start, span.end)).toBe(dirty);
      }),
      { numRuns: 200 },
    );
  });

  // Text-like payloads: words of letters and digits with spaces or light punctuation between them.
  const printable = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{1,9}(?:[ .,:=@/-]?[ ][A-Za-z0-9]{1,10}){2,7}$/).filter((s) => s.length >= 16);
  const encoders: Record<string, (s: string) => string> = {
    base64: (s) => Buffer.from(s).toString("base64"),
    hex: (s) => Buffer.from(s).toString("hex"),
    url: (s) => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""),
  };
  it.each(Object.keys(encoders))("%s view: any span in the payload maps to the encoded run", (kind) => {
    const encode = encoders[kind] as (s: string) => string;
    fc.assert(
      fc.property(fc.constantFrom("", "see ", "a b\n"), printable, fc.constantFrom("", " end", "\n.x"), fc.nat(), fc.nat(), (pre, payload, post, a, b) => {
        const run = encode(payload);
        const original = `${pre}${run}${post}`;
        const view = buildDecodedViews(original).find((v) => v.kind === kind);
        expect(view).toBeDefined();
        if (!view) return;
        const at = view.text.indexOf(payload);
        expect(at).toBeGreaterThanOrEqual(0);
        const s = at + (a % payload.length);
        const e = Math.min(at + payload.length, s + 1 + (b % payload.length));
        const span = view.toOriginal(s, e);
        expect(span && original.slice(span.start, span.end)).toBe(run);
      }),
      { numRuns: 200 },
    );
  });

  it("never maps outside the original, on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const views = [buildNormalizedView(text), ...buildDecodedViews(text)];
        for (const v of views) {
          if (!v || v.text.length === 0) continue;
          const s = a % v.text.length;
          const e = s + 1 + (b % (v.text.length - s));
          const span = v.toOriginal(s, e);
          expect(span).toBeDefined();
          if (!span) continue;
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
      { numRuns: 500 },
    );
  });
});
