import { hasContext, keywordMatcher } from "./context.js";
import { ID_LABEL_WORDS, ID_NEGATIVE, ID_NEGATIVE_WORDS, UK_PASSPORT_LABELS } from "./negative-context.js";
import { runNumericSpecs, type NumericIdSpec } from "./id-spec.js";
import { execAt } from "./digit-tokens.js";
import { numericCandidates } from "./numeric-candidates.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { spacedSsnHits } from "./spaced-ssn.js";
import { allSameDigit, isSequential } from "./validators/checksums.js";
import { abaValid, itinValid, mbiValid, npiValid, ssnValid } from "./validators/us-ids.js";

const NEG = ID_NEGATIVE;
// passports of other countries whose numbers are also nine digits
const PASSPORT_NEG = keywordMatcher([...ID_NEGATIVE_WORDS, ...ID_LABEL_WORDS, ...UK_PASSPORT_LABELS]);

const SSN_CTX = keywordMatcher(["ssn", "ssns", "social security", "social sec", "ss#", "ss #", "ss no", "soc sec", "social"]);
const ITIN_CTX = keywordMatcher(["itin", "taxpayer identification", "taxpayer id", "tax id", "tin", "individual taxpayer"]);
const ABA_CTX = keywordMatcher(["aba", "routing", "routing number", "routing no", "rtn", "aba number", "transit", "bank", "wire", "ach"]);
const NPI_CTX = keywordMatcher(["npi", "national provider", "provider", "provider id", "prescriber"]);
const PASSPORT_CTX = keywordMatcher(["passport", "passports", "travel document", "passport no", "passport number", "passport#"]);
// whole phrases too: they are also other identifiers' negative labels, and a phrase ties only with itself
const DL_CTX = keywordMatcher(["driver", "drivers", "driver's", "driving", "license", "licence", "dl", "dl#", "dln", "permit", "id card", "driver's license", "drivers license", "driver license", "driving licence"]);
const BANK_CTX = keywordMatcher(["account", "acct", "acc", "bank account", "checking", "savings", "account number", "account no", "a/c", "deposit"]);
const MBI_CTX = keywordMatcher(["mbi", "medicare", "beneficiary", "medicare id", "medicare number"]);

export const US_NUMERIC_SPECS: readonly NumericIdSpec[] = [
  {
    type: "US_SSN",
    shapes: ["9", "3-2-4", "3-6", "5-4"],
    seps: "-. ",
    validate: ssnValid,
    bare: 0.3,
    formatted: 0.6,
    withContext: 0.95,
    context: SSN_CTX,
    negativeContext: NEG,
    explanation: "US SSN structure (area/group/serial rules)",
  },
  {
    type: "US_ITIN",
    shapes: ["9", "3-2-4", "3-6", "5-4"],
    seps: "-. ",
    validate: itinValid,
    bare: 0.3,
    formatted: 0.55,
    withContext: 0.95,
    context: ITIN_CTX,
    negativeContext: NEG,
    explanation: "US ITIN structure (9XX with an IRS group range)",
  },
  {
    type: "ABA_ROUTING_NUMBER",
    shapes: ["9", "4-4-1"],
    seps: "-",
    validate: abaValid,
    bare: 0.4,
    formatted: 0.6,
    withContext: 0.95,
    context: ABA_CTX,
    negativeContext: NEG,
    explanation: "ABA routing number (Federal Reserve prefix and 3-7-1 checksum)",
  },
  {
    type: "US_NPI",
    shapes: ["10", "4-3-3"],
    seps: "- ",
    validate: npiValid,
    bare: 0.35,
    formatted: 0.45,
    withContext: 0.95,
    context: NPI_CTX,
    negativeContext: NEG,
    explanation: "US National Provider Identifier (Luhn with the 80840 prefix)",
  },
  {
    type: "US_PASSPORT",
    shapes: ["9"],
    seps: "",
    validate: (d) => !allSameDigit(d) && !isSequential(d),
    bare: 0.05,
    withContext: 0.8,
    context: PASSPORT_CTX,
    negativeContext: PASSPORT_NEG,
    explanation: "9-digit US passport book number",
  },
  {
    type: "US_DRIVER_LICENSE",
    shapes: ["7", "8", "9", "10", "11", "12", "13", "3-3-3", "3-2-4", "4-4"],
    seps: "- ",
    validate: (d) => !allSameDigit(d) && !isSequential(d),
    bare: 0,
    withContext: 0.75,
    context: DL_CTX,
    negativeContext: NEG,
    explanation: "numeric US driver's license number",
  },
  {
    type: "US_BANK_NUMBER",
    shapes: ["8", "9", "10", "11", "12", "13", "14", "15", "16", "17"],
    seps: "",
    validate: (d) => !allSameDigit(d) && !isSequential(d),
    bare: 0,
    withContext: 0.75,
    context: BANK_CTX,
    negativeContext: NEG,
    explanation: "US bank account number",
  },
];

const ALNUM = /(?<![A-Za-z0-9])[A-Za-z]{1,2}\d{4,14}(?![A-Za-z0-9])|(?<![A-Za-z0-9])[A-Za-z]\d{3,4}(?:[- ]\d{1,4}){2,4}(?![A-Za-z0-9-])|(?<![A-Za-z0-9])[1-9][A-Za-z][A-Za-z0-9]\d-?[A-Za-z][A-Za-z0-9]\d-?[A-Za-z]{2}\d{2}(?![A-Za-z0-9])/y;

/** US identifiers: SSN, ITIN, ABA routing, NPI, MBI, passport, driver's license, bank account. */
export const usIdsScanner: PiiScanner = {
  id: "pii.us-ids",
  entityTypes: ["US_SSN", "US_ITIN", "ABA_ROUTING_NUMBER", "US_NPI", "US_MBI", "US_PASSPORT", "US_DRIVER_LICENSE", "US_BANK_NUMBER"],
  description: "US identifiers: SSN, ITIN, ABA routing, NPI, MBI, passport, driver's license and bank account numbers.",
  languages: ["en"],
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    runNumericSpecs(text, numericCandidates(scan), US_NUMERIC_SPECS, out);
    const tk = scan.digitTokens;
    spacedSsnHits(text, SSN_CTX, out, tk);
    // letter-and-digit tokens only
    for (let mi = 0; mi < tk.nMixed; mi++) {
      const ti = tk.mixed[mi]!;
      const t = { start: tk.start[ti]!, end: tk.end[ti]!, digits: tk.digits[ti]! };
      const len = t.end - t.start;
      if (len < 4 || len > 16 || t.digits === len) continue;
      const m = execAt(ALNUM, text, t.start);
      if (!m) continue;
      const v = m[0];
      const start = m.index;
      const end = start + v.length;
      const compact = v.replace(/-/g, "");
      if (compact.length === 11 && /^[1-9]/.test(compact)) {
        if (mbiValid(compact)) {
          const ctx = hasContext(text, start, end, MBI_CTX, 48, 16);
          out.push({ type: "US_MBI", start, end, score: ctx ? 0.95 : 0.5, explanation: "Medicare Beneficiary Identifier positional format" });
        }
        continue;
      }
      if (/^[A-Za-z]\d{8}$/.test(v)) {
        const ctx = hasContext(text, start, end, PASSPORT_CTX, 48, 16);
        out.push({ type: "US_PASSPORT", start, end, score: ctx ? 0.85 : 0.1, explanation: "US passport card/book number format (letter + 8 digits)" });
      }
      // "D1234567", and grouped forms such as Florida's "S530-460-49-412-0" (a letter and 7-14 digits)
      const grouped = /^[A-Za-z]\d{3,4}(?:[- ]\d{1,4}){2,4}$/.test(v) && compact.replace(/ /g, "").length <= 15;
      if ((/^[A-Za-z]{1,2}\d{4,14}$/.test(v) || grouped) && hasContext(text, start, end, DL_CTX, 40, 16)) {
        out.push({ type: "US_DRIVER_LICENSE", start, end, score: 0.75, explanation: "alphanumeric driver's license number with license context" });
      }
    }
  },
};
