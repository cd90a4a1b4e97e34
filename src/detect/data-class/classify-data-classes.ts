import { DATA_CLASSES, type DataClass } from "../../core/data-class.js";
import type { Finding } from "../../core/finding.js";
import type { SharedScan } from "../../core/detector.js";
import { isActionable, type Thresholds } from "../thresholds.js";
import { hasMrn, HEALTH_WORDS, TOPIC_WORDS } from "./topic-words.js";

/** PII entity types that carry no personal data on their own, so they do not make a text PII. */
const NOT_PERSONAL: ReadonlySet<string> = new Set(["URL", "DOMAIN_NAME"]);
/** Cardholder data (PCI DSS): card numbers and what travels with them. */
const PCI_TYPES: ReadonlySet<string> = new Set(["CREDIT_CARD", "CREDIT_CARD_NUMBER", "CARD_VERIFICATION_CODE", "CVV", "CARD_EXPIRY", "CARD_EXPIRATION_DATE"]);
/** Identifiers that are health data by themselves. */
const PHI_TYPES: ReadonlySet<string> = new Set([
  "MEDICAL_RECORD_NUMBER", "MEDICAL_LICENSE", "US_NPI", "NPI", "HEALTH_INSURANCE_NUMBER", "UK_NHS", "NHS_NUMBER",
  "HEALTH_PLAN_BENEFICIARY_NUMBER", "MEDICARE_NUMBER", "AU_MEDICARE", "US_MBI", "DE_HEALTH_INSURANCE",
]);

/** True when the text talks about health (used to lift PII to PHI). */
export function hasHealthContext(text: string): boolean {
  return HEALTH_WORDS.test(text) || hasMrn(text);
}

/**
 * Data classes of a text, derived from its actionable findings:
 * - PII: any actionable `pii` finding except bare URLs/domains;
 * - PCI: card data (CREDIT_CARD and card verification/expiry types);
 * - PHI: a health identifier type (medical record number, NPI, NHS number...), a labelled medical record number
 *   in the text, or PII together with health context (clinical vocabulary, conditions, ICD-10 codes);
 * - SECRET: any actionable `secret` finding; SOURCE_CODE: `code`; CONFIDENTIAL: `confidential`;
 * - plus the `dataClass` of any custom rule that matched (`extra`: detector id → class).
 * Classes come back in DATA_CLASSES order. `shared` (the engine's shared scan of `text`) saves a pass for the
 * health test.
 */
export function classifyDataClasses(
  findings: readonly Finding[],
  text: string,
  thresholds: Thresholds,
  extra: ReadonlyMap<string, DataClass> = new Map(),
  shared?: SharedScan,
): DataClass[] {
  const set = new Set<DataClass>();
  let pii = false;
  for (const f of findings) {
    if (!isActionable(f, thresholds)) continue;
    const custom = extra.get(f.detector);
    if (custom) set.add(custom);
    switch (f.category) {
      case "pii":
        if (PCI_TYPES.has(f.type)) set.add("PCI");
        if (PHI_TYPES.has(f.type)) set.add("PHI");
        if (!NOT_PERSONAL.has(f.type)) pii = true;
        break;
      case "secret":
        set.add("SECRET");
        break;
      case "code":
        set.add("SOURCE_CODE");
        break;
      case "confidential":
        set.add("CONFIDENTIAL");
        break;
      default:
        break;
    }
  }
  if (pii) set.add("PII");
  // With the engine's shared scan, both tests come from its keyword pass (no pass of their own).
  const topics = shared !== undefined && shared.text === text ? shared.get(TOPIC_WORDS) : undefined;
  const health = (): boolean => (topics ? topics.health : HEALTH_WORDS.test(text));
  const mrn = (): boolean => (topics ? topics.labelledMrn : hasMrn(text));
  if (!set.has("PHI") && ((pii && health()) || mrn())) set.add("PHI");
  return DATA_CLASSES.filter((c) => set.has(c));
}
