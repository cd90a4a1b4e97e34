import { ATTACK_CATEGORIES, type Attack, type AttackCategory } from "./attack.js";
import { RunRandom, type RunSecrets, createRunSecrets } from "./run-secrets.js";
import { evasionSuite } from "./suites/evasion-suite.js";
import { extractionSuite } from "./suites/extraction-suite.js";
import { injectionSuite } from "./suites/injection-suite.js";
import { jailbreakSuite } from "./suites/jailbreak-suite.js";
import { leakSuite, type TrainingCanary } from "./suites/leak-suite.js";
import { manipulationSuite } from "./suites/manipulation-suite.js";
import { createSuiteContext, type SuiteContext } from "./suites/suite-context.js";

export interface BuildSuiteOptions {
  /** Categories to include (default: all). */
  categories?: readonly AttackCategory[];
  /** Seed for the run's canaries and markers (default: random, so every run plants fresh values). */
  seed?: string;
  /** Canaries planted in a fine-tuning set, elicited by their prefix. */
  trainingCanaries?: readonly TrainingCanary[];
}

export interface Suite {
  attacks: Attack[];
  secrets: RunSecrets;
}

const BUILDERS: Readonly<Record<AttackCategory, (ctx: SuiteContext, opts: BuildSuiteOptions) => Attack[]>> = {
  injection: (ctx) => injectionSuite(ctx),
  jailbreak: (ctx) => jailbreakSuite(ctx),
  extraction: (ctx) => extractionSuite(ctx),
  leak: (ctx, opts) => leakSuite(ctx, opts.trainingCanaries),
  manipulation: (ctx) => manipulationSuite(ctx),
  evasion: (ctx) => evasionSuite(ctx),
};

/**
 * Build the attack suite for one run: fresh canaries and markers (from `seed`), then every selected category's
 * attacks, in category order.
 *
 * @example
 * const { attacks } = buildSuite({ categories: ["injection", "leak"] });
 */
export function buildSuite(opts: BuildSuiteOptions = {}): Suite {
  const rnd = new RunRandom(opts.seed);
  const secrets = createRunSecrets(rnd);
  const ctx = createSuiteContext(secrets, rnd);
  const selected = new Set(opts.categories ?? ATTACK_CATEGORIES);
  const attacks = ATTACK_CATEGORIES.filter((c) => selected.has(c)).flatMap((c) => BUILDERS[c](ctx, opts));
  const seen = new Set<string>();
  for (const a of attacks) {
    if (seen.has(a.id)) throw new Error(`duplicate attack id ${a.id}`);
    seen.add(a.id);
  }
  return { attacks, secrets };
}
