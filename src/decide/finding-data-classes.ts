import type { DataClass } from "../core/data-class.js";
import type { Finding } from "../core/finding.js";

const NOT_PERSONAL: ReadonlySet<string> = new Set(["URL", "DOMAIN_NAME"]);
const PCI: ReadonlySet<string> = new Set(["CREDIT_CARD", "CREDIT_CARD_NUMBER", "CARD_VERIFICATION_CODE", "CVV", "CARD_EXPIRY", "CARD_EXPIRATION_DATE", "IBAN_CODE"]);
const PHI: ReadonlySet<string> = new Set(["MEDICAL_RECORD_NUMBER", "MEDICAL_LICENSE", "US_NPI", "NPI", "HEALTH_INSURANCE_NUMBER", "UK_NHS", "NHS_NUMBER", "MEDICARE_NUMBER", "AU_MEDICARE", "US_MBI"]);

/**
 * Data classes one finding belongs to, so a rule can say `dataClass: PCI`. `textClasses` are the engine's classes
 * for the whole text: a PII finding in a text about health is PHI too.
 */
export function findingDataClasses(f: Pick<Finding, "category" | "type">, textClasses: readonly DataClass[] = []): DataClass[] {
  switch (f.category) {
    case "pii": {
      if (NOT_PERSONAL.has(f.type)) return [];
      const out: DataClass[] = ["PII"];
      if (PCI.has(f.type)) out.push("PCI");
      if (PHI.has(f.type) || textClasses.includes("PHI")) out.push("PHI");
      return out;
    }
    case "secret":
      return ["SECRET"];
    case "code":
      return ["SOURCE_CODE"];
    case "confidential":
      return ["CONFIDENTIAL"];
    default:
      return [];
  }
}
