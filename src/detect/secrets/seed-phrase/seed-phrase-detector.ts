import { registerDetector, type DetectorDefinition, type RegisteredDetector } from "../../../core/detector.js";
import { ConfigError } from "../../../core/config-error.js";
import type { Finding } from "../../../core/finding.js";
import { findSeedPhrases, type SeedPhraseMatch } from "./seed-phrase-scanner.js";

/** Finding type of a wallet seed phrase. */
export const SEED_PHRASE_TYPE = "bip39-seed-phrase";

/**
 * Scores, from the evidence: a checksum that holds is strong (1 in 16 random 12-word runs pass, 1 in 256 of 24), and
 * runs of 12 list words are themselves rare in prose (the list has no "the", "of", "and", "is"); a label nearby
 * makes a run a seed phrase even when the checksum fails (a phrase typed with a wrong word is still one). Repetitive
 * phrases are the specification's test vectors ("abandon … about"), quoted in docs: kept below the threshold.
 */
function scoreOf(m: SeedPhraseMatch): number {
  if (m.repetitive) return 0.4;
  if (m.checksum) return m.context ? 0.98 : m.words >= 15 ? 0.92 : 0.85;
  return 0.72;
}

function explain(m: SeedPhraseMatch): string {
  const parts = [`${m.words} BIP-0039 words`, m.checksum ? "checksum holds" : "checksum fails"];
  if (m.context) parts.push("seed-phrase label nearby");
  if (m.repetitive) parts.push("repetitive (a test vector)");
  return `Wallet seed phrase: ${parts.join(", ")}`;
}

/** Detector of wallet seed phrases (BIP-0039 mnemonics, English wordlist). No options. */
export const seedPhraseDefinition: DetectorDefinition<Record<string, never>> = {
  meta: {
    id: "secret.seed-phrase",
    category: "secret",
    entityTypes: [SEED_PHRASE_TYPE],
    languages: ["*"],
    version: "1.0.0",
    description: "Wallet seed phrases: 12-24 words of the BIP-0039 English list, checked with the BIP-0039 checksum or named by a label nearby.",
  },
  parseOptions(raw) {
    if (raw === undefined || raw === null) return {};
    if (typeof raw === "object" && !Array.isArray(raw) && Object.keys(raw).length === 0) return {};
    throw new ConfigError([{ path: "", message: "takes no options" }], "secret.seed-phrase options");
  },
  create() {
    return {
      meta: seedPhraseDefinition.meta,
      detect: (input): Finding[] =>
        findSeedPhrases(input.text).map((m) => ({
          detector: "secret.seed-phrase",
          category: "secret",
          type: SEED_PHRASE_TYPE,
          start: m.start,
          end: m.end,
          score: scoreOf(m),
          explanation: explain(m),
        })),
    };
  },
};

export const seedPhraseDetector: RegisteredDetector = registerDetector(seedPhraseDefinition);
