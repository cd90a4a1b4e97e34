import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bip39ChecksumHolds } from "./bip39-checksum.js";
import { BIP39_ENGLISH, BIP39_INDEX } from "./bip39-english.js";
import { SEED_PHRASE_TYPE, seedPhraseDetector } from "./seed-phrase-detector.js";

const detector = seedPhraseDetector.build();
const detect = (text: string) => detector.detect({ text, context: { direction: "request", role: "user" } });
const span = (text: string) => detect(text).map((f) => ({ value: text.slice(f.start, f.end), score: f.score }));

/** Encodes entropy as a mnemonic the way BIP-0039 specifies (entropy bits, then SHA-256 checksum bits, 11 per word). */
function mnemonic(entropy: Buffer): string[] {
  const hash = createHash("sha256").update(entropy).digest();
  // ENT/32 checksum bits: at most 8 for the lengths BIP-0039 defines, so the first hash byte holds them all.
  const toBits = (bytes: Iterable<number>) => [...bytes].map((b) => b.toString(2).padStart(8, "0")).join("");
  const bits = toBits(entropy) + toBits([hash[0]!]).slice(0, (entropy.length * 8) / 32);
  const words: string[] = [];
  for (let i = 0; i + 11 <= bits.length; i += 11) words.push(BIP39_ENGLISH[parseInt(bits.slice(i, i + 11), 2)]!);
  return words;
}
/** Deterministic, non-degenerate entropy of `n` bytes. */
const entropy = (n: number, seed: number) => createHash("sha256").update(`warden-seed-test-${seed}`).digest().subarray(0, n);

/** A run whose checksum fails: a valid phrase with its last word swapped for one that breaks it. */
function brokenPhrase(words: readonly string[]): string[] {
  for (const candidate of BIP39_ENGLISH) {
    const w = [...words.slice(0, -1), candidate];
    if (!bip39ChecksumHolds(w.map((x) => BIP39_INDEX.get(x)!))) return w;
  }
  throw new Error("unreachable");
}

describe("BIP-0039 wordlist and checksum", () => {
  it("ships the published English list (SHA-256 of english.txt)", () => {
    expect(BIP39_ENGLISH).toHaveLength(2048);
    expect(createHash("sha256").update(BIP39_ENGLISH.join("\n") + "\n").digest("hex")).toBe("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
  });
  it("accepts the specification's test vectors and phrases built from entropy, rejects a wrong last word", () => {
    const ix = (s: string) => s.split(" ").map((w) => BIP39_INDEX.get(w)!);
    expect(bip39ChecksumHolds(ix("legal winner thank year wave sausage worth useful legal winner thank yellow"))).toBe(true);
    expect(bip39ChecksumHolds(ix("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"))).toBe(true);
    expect(bip39ChecksumHolds(ix("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"))).toBe(false);
    for (const n of [16, 20, 24, 28, 32]) {
      const words = mnemonic(entropy(n, n));
      expect(words).toHaveLength((n * 8 + n / 4) / 11);
      expect(bip39ChecksumHolds(words.map((w) => BIP39_INDEX.get(w)!))).toBe(true);
      expect(bip39ChecksumHolds(brokenPhrase(words).map((w) => BIP39_INDEX.get(w)!))).toBe(false);
    }
  });
});

describe("secret.seed-phrase", () => {
  const w12 = mnemonic(entropy(16, 1));
  const w24 = mnemonic(entropy(32, 2));
  const w18 = mnemonic(entropy(24, 3));

  it.each([
    ["plain, no label", (w: string[]) => `ok here it is ${w.join(" ")} thanks`, w12],
    ["numbered list", (w: string[]) => w.map((x, i) => `${i + 1}. ${x}`).join("\n"), w24],
    ["inline numbered", (w: string[]) => `Words: ${w.map((x, i) => `${i + 1}) ${x}`).join(" ")}`, w12],
    ["JSON array", (w: string[]) => `{"mnemonic": [${w.map((x) => `"${x}"`).join(", ")}]}`, w18],
    ["comma separated, upper case", (w: string[]) => `backup: ${w.join(", ").toUpperCase()}`, w12],
    ["one word per line", (w: string[]) => `\n${w.join("\n")}\n`, w24],
  ])("reports a checksum-valid phrase (%s) over its words, at a high score", (_name, render, words) => {
    const text = render(words);
    const found = detect(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe(SEED_PHRASE_TYPE);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.85);
    const value = text.slice(found[0]!.start, found[0]!.end).toLowerCase();
    expect(value.startsWith(words[0]!)).toBe(true);
    expect(value.endsWith(words[words.length - 1]!)).toBe(true);
  });

  it("finds the phrase inside a longer run of list words (a word of prose glued on)", () => {
    const text = `${w12.join(" ")} please`;
    expect(span(text).map((s) => s.value)).toEqual([w12.join(" ")]);
  });

  it.each([
    ["my wallet seed phrase is", "en"],
    ["mi frase semilla es", "es"],
    ["frase de recuperação da carteira:", "pt"],
    ["Meine Wiederherstellungsphrase lautet", "de"],
    ["сид-фраза от кошелька:", "ru"],
    ["我的助记词是", "zh"],
  ])("reports a labelled phrase whose checksum fails, above the threshold (%s)", (label) => {
    const words = brokenPhrase(w12);
    const text = `${label} ${words.join(" ")}`;
    const found = span(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBe(words.join(" "));
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.6);
    expect(found[0]!.score).toBeLessThan(0.85);
  });

  it.each([
    ["an unlabelled run whose checksum fails", `look: ${brokenPhrase(w12).join(" ")}`],
    ["eleven words, labelled", `seed phrase: ${w12.slice(0, 11).join(" ")}`],
    ["ordinary prose of common words", "Please remember to bring the blue umbrella and your jacket because the weather will be cold, wet and windy on Sunday morning near the lake."],
    ["a list of groceries", "buy: apple, banana, bread, butter, cheese, chicken, coffee, egg, lemon, milk, onion, rice, salad, sugar, tomato"],
    ["words glued to digits", w12.map((x, i) => `${x}${i}`).join(" ")],
    ["snake_case identifiers", w12.join("_")],
  ])("does not report %s", (_name, text) => {
    expect(detect(text).filter((f) => f.score >= 0.6)).toEqual([]);
  });

  it("keeps the specification's repetitive test vectors below the threshold", () => {
    const found = detect("The test vector abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about derives …");
    expect(found).toHaveLength(1);
    expect(found[0]!.score).toBeLessThan(0.6);
  });

  it("scans a long text of list words in linear time", () => {
    const text = BIP39_ENGLISH.join(" ").repeat(20);
    const t0 = performance.now();
    detect(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
