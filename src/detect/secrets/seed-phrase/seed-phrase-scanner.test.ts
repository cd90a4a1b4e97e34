import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bip39ChecksumHolds } from "./bip39-checksum.js";
import { BIP39_ENGLISH, BIP39_INDEX } from "./bip39-english.js";
import { findSeedPhrases, judgeRun, type SeedPhraseMatch, type Word } from "./seed-phrase-scanner.js";

/**
 * The scanner's rules read the plain way (split into ASCII letter runs, copy, case-fold, look up in a Map), to check
 * the hand-rolled scan (in-place prefix lookup, run kept in typed arrays) against: runs of list words written
 * lower-case, upper-case or capitalised, not glued to a digit, `_` or `@`, joined by list gaps of at most 16
 * characters, at most 64 words; a run of 12 or more is judged.
 */
function reference(text: string): SeedPhraseMatch[] {
  const gap = /^(?:[\s,;|"'`•·[\]()]|\d{1,2}[.):]|\d{1,2}(?=[\s)]))*$/;
  const gluing = /[0-9_@]/;
  const out: SeedPhraseMatch[] = [];
  let run: Word[] = [];
  const close = (): void => {
    if (run.length >= 12) {
      const m = judgeRun(text, run);
      if (m) out.push(m);
    }
    run = [];
  };
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const lower = word.toLowerCase();
    const index = BIP39_INDEX.get(lower);
    const plain = word === lower || word === word.toUpperCase() || word === word[0]!.toUpperCase() + lower.slice(1);
    const glued = gluing.test(text.charAt(start - 1)) || gluing.test(text.charAt(end));
    if (index === undefined || !plain || glued) {
      close();
      continue;
    }
    const prev = run[run.length - 1];
    if (prev && (start - prev.end > 16 || run.length >= 64 || !gap.test(text.slice(prev.end, start)))) close();
    run.push({ start, end, index });
  }
  close();
  return out;
}

/** Phrases whose checksum holds (12 to 24 words): the first words drawn at random, the last one searched for. */
const phrases: string[] = [];
for (let p = 0; phrases.length < 40; p++) {
  const length = [12, 15, 18, 21, 24][p % 5]!;
  const first = Array.from({ length: length - 1 }, (_, k) => (p * 7919 + k * 104729) % 2048);
  const last = BIP39_ENGLISH.findIndex((_, i) => bip39ChecksumHolds([...first, i]));
  if (last >= 0) phrases.push([...first, last].map((i) => BIP39_ENGLISH[i]!).join(" "));
}

/** Words of the list in the ways a text may write them, near-misses (prefix of a list word, other case) and prose. */
const listWord = fc.nat(2047).map((i) => BIP39_ENGLISH[i]!);
const word = fc.oneof(
  { weight: 6, arbitrary: listWord },
  { weight: 1, arbitrary: listWord.map((w) => w.toUpperCase()) },
  { weight: 1, arbitrary: listWord.map((w) => w[0]!.toUpperCase() + w.slice(1)) },
  { weight: 1, arbitrary: listWord.map((w) => w.slice(0, 1) + w.slice(1).toUpperCase()) },
  { weight: 1, arbitrary: listWord.map((w) => w.slice(0, -1)) },
  { weight: 1, arbitrary: listWord.map((w) => `${w}s`) },
  { weight: 1, arbitrary: fc.constantFrom(...phrases) },
  { weight: 1, arbitrary: fc.constantFrom("the", "of", "a", "seed", "phrase", "wallet", "xqzt", "zzzz", "mnemonic", "abandonment") },
);
const gapText = fc.oneof(
  { weight: 8, arbitrary: fc.constant(" ") },
  { weight: 3, arbitrary: fc.constantFrom(", ", "\n", "  ", " | ", "\", \"", " 3. ", "(4) ", "12) ", "\t") },
  { weight: 1, arbitrary: fc.constantFrom(". ", "_", "@", "7", " - ", "é", " ".repeat(17), ": ") },
);
const text = fc.array(fc.tuple(word, gapText), { maxLength: 90 }).map((parts) => parts.map(([w, g]) => w + g).join(""));

describe("findSeedPhrases", () => {
  it("finds what a plain word-by-word reading finds, on runs of list words with every kind of break", () => {
    let judged = 0;
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), text, fc.string({ maxLength: 30 }), (before, body, after) => {
        const t = before + body + after;
        const found = findSeedPhrases(t);
        expect(found).toEqual(reference(t));
        judged += found.length > 0 ? 1 : 0;
      }),
      { numRuns: 600 },
    );
    // the texts drawn do reach the judging, not only the word-by-word reading
    expect(judged).toBeGreaterThan(60);
  });
  it("agrees on real phrases, long runs and a run split by a long gap", () => {
    const phrase = "legal winner thank year wave sausage worth useful legal winner thank yellow";
    for (const t of [
      `my seed phrase: ${phrase}`,
      `${phrase} ${phrase} ${phrase} ${phrase} ${phrase} ${phrase}`,
      `wallet ${phrase.replace("wave", `wave${" ".repeat(20)}`)}`,
      phrase.toUpperCase(),
      `1. ${phrase.split(" ").join("\n2. ")}`,
    ]) {
      expect(findSeedPhrases(t)).toEqual(reference(t));
    }
    expect(findSeedPhrases(`my seed phrase: ${phrase}`)).toHaveLength(1);
  });
});
