import { Featurizer, ruleView } from "../injection/featurizer.js";
import { INJECTION_RULES, matchRules } from "../injection/rules.js";
import { T_SCRIPT } from "../injection/trigger-lexicon.js";

/** Ids of the injection rules that fire on `text` with its real trigger families plus the script bit the scorer adds. */
export function injectionRulesOf(text: string): string[] {
  const f = new Featurizer(12);
  f.score(text, 0, text.length, new Int8Array(1 << 12));
  const mask = matchRules(ruleView(text, 0, text.length), f.triggers | T_SCRIPT, false);
  return INJECTION_RULES.filter((_, i) => (mask & (1 << i)) !== 0).map((r) => r.id);
}
