import { contextVerdict, keywordMatcher } from "./context.js";
import { ID_NEGATIVE, UK_PASSPORT_LABELS } from "./negative-context.js";
import { allSameDigit, isSequential } from "./validators/checksums.js";
import { runNumericSpecs, type NumericIdSpec } from "./id-spec.js";
import { execAt } from "./digit-tokens.js";
import { numericCandidates } from "./numeric-candidates.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import {
  auAbnValid, auAcnValid, auMedicareValid, auTfnValid, caSinValid, inAadhaarValid, inPanValid, krBrnValid,
  cnResidentIdValid, jpMyNumberValid, krRrnChecksum, krRrnKind, sgNricValid, thTninValid, trNationalIdValid, ukNhsValid, ukNinoValid, zaIdValid,
} from "./validators/intl-ids.js";

const NEG = ID_NEGATIVE;
const k = keywordMatcher;


export const INTL_NUMERIC_SPECS: readonly NumericIdSpec[] = [
  {
    type: "UK_PASSPORT", shapes: ["9"], seps: "", validate: (d) => !allSameDigit(d) && !isSequential(d), bare: 0, withContext: 0.85,
    context: k(UK_PASSPORT_LABELS), negativeContext: NEG, explanation: "UK passport number (nine digits, with UK passport context)",
  },
  {
    type: "UK_NHS", shapes: ["10", "3-3-4"], seps: " -", validate: ukNhsValid, bare: 0.4, formatted: 0.5, withContext: 0.95,
    context: k(["nhs", "nhs number", "nhs no", "national health", "health service", "chi number"]), negativeContext: NEG,
    explanation: "UK NHS number (mod-11 check digit)",
  },
  {
    type: "AU_ABN", shapes: ["11", "2-3-3-3"], seps: " ", validate: auAbnValid, bare: 0.6, formatted: 0.75, withContext: 1,
    context: k(["abn", "australian business number", "business number"]), negativeContext: NEG, explanation: "Australian Business Number (mod-89 check)",
  },
  {
    type: "AU_ACN", shapes: ["9", "3-3-3"], seps: " ", validate: auAcnValid, bare: 0.3, formatted: 0.45, withContext: 0.95,
    context: k(["acn", "australian company number", "company number"]), negativeContext: NEG, explanation: "Australian Company Number (check digit)",
  },
  {
    type: "AU_TFN", shapes: ["9", "3-3-3"], seps: " ", validate: auTfnValid, bare: 0.35, formatted: 0.45, withContext: 0.95,
    context: k(["tfn", "tax file number", "tax file"]), negativeContext: NEG, explanation: "Australian Tax File Number (mod-11 check)",
  },
  {
    type: "AU_MEDICARE", shapes: ["10", "11", "4-5-1", "4-5-1-1"], seps: " ", validate: auMedicareValid, bare: 0.35, formatted: 0.5, withContext: 0.95,
    context: k(["medicare", "medicare card", "medicare number"]), negativeContext: NEG, explanation: "Australian Medicare number (check digit)",
  },
  {
    type: "IN_AADHAAR", shapes: ["12", "4-4-4"], seps: " -", validate: inAadhaarValid, bare: 0.4, formatted: 0.55, withContext: 1,
    context: k(["aadhaar", "aadhar", "uidai", "uid", "आधार"]), negativeContext: NEG, explanation: "Indian Aadhaar number (Verhoeff check)",
  },
  {
    type: "CA_SIN", shapes: ["9", "3-3-3"], seps: " -", validate: caSinValid, bare: 0.3, formatted: 0.5, withContext: 0.95,
    context: k(["sin", "social insurance", "social insurance number", "nas", "numéro d'assurance sociale", "assurance sociale"]), negativeContext: NEG,
    explanation: "Canadian Social Insurance Number (Luhn)",
  },
  {
    type: "TR_NATIONAL_ID", shapes: ["11"], seps: "", validate: trNationalIdValid, bare: 0.55, withContext: 1,
    context: k(["tc kimlik", "kimlik", "tckn", "t.c.", "turkish id", "kimlik no", "kimlik numarası", "tc no"]), negativeContext: NEG,
    explanation: "Turkish national ID (two check digits)",
  },
  {
    type: "TH_TNIN", shapes: ["13", "1-4-5-2-1"], seps: " -", validate: thTninValid, bare: 0.45, formatted: 0.65, withContext: 1,
    context: k(["thai id", "tnin", "thai national id", "national id", "เลขประจำตัวประชาชน", "บัตรประชาชน", "เลขบัตรประชาชน"]), negativeContext: NEG,
    explanation: "Thai national ID (province block and mod-11 check)",
  },
  {
    type: "ZA_ID_NUMBER", shapes: ["13", "6-4-3", "6-4-1-1-1"], seps: " ", validate: zaIdValid, bare: 0.6, withContext: 1,
    context: k(["south african id", "rsa id", "sa id", "id number", "identity number", "id no"]), negativeContext: NEG,
    explanation: "South African ID (birth date, citizenship digit, Luhn)",
  },
  {
    type: "KR_BRN", shapes: ["10", "3-2-5"], seps: "-", validate: krBrnValid, bare: 0.3, formatted: 0.5, withContext: 0.95,
    context: k(["brn", "business registration", "사업자등록번호", "사업자 등록번호", "사업자번호"]), negativeContext: NEG,
    explanation: "Korean business registration number (check digit)",
  },
  {
    type: "KR_RRN", shapes: ["13", "6-7"], seps: "-", validate: (d) => krRrnKind(d) === "citizen", bare: 0.4, formatted: 0.55, withContext: 0.95,
    context: k(["rrn", "resident registration", "주민등록번호", "주민번호", "korean id"]), negativeContext: NEG,
    explanation: "Korean resident registration number (birth date and gender digit)",
  },
  {
    type: "KR_FRN", shapes: ["13", "6-7"], seps: "-", validate: (d) => krRrnKind(d) === "foreigner", bare: 0.4, formatted: 0.55, withContext: 0.95,
    context: k(["frn", "foreigner registration", "외국인등록번호", "alien registration", "korean frn"]), negativeContext: NEG,
    explanation: "Korean foreigner registration number (birth date and gender digit)",
  },
  {
    // one random 12-digit number in ten passes the check digit (as many as pass Aadhaar's Verhoeff): label only;
    // "my number" alone is how people give their phone number, so only the card's own names label it
    type: "JP_MY_NUMBER", shapes: ["12", "4-4-4"], seps: " -", validate: jpMyNumberValid, bare: 0, withContext: 0.9,
    context: k(["my number card", "mynumber", "my number (japan)", "japanese my number", "individual number", "マイナンバー", "個人番号", "kojin bango"]), negativeContext: NEG,
    explanation: "Japanese Individual Number (My Number, check digit)",
  },
];

const ALNUM = new RegExp(
  [
    "(?<nino>[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d])",
    "(?<pan>[A-Za-z]{5}\\d{4}[A-Za-z])",
    "(?<nric>[STFGMstfgm]\\d{7}[A-Za-z])",
  ]
    .join("|"),
  "g",
);
const ALNUM_RE = new RegExp(`(?<![A-Za-z0-9])(?:${ALNUM.source})(?![A-Za-z0-9])`, "y");
const NINO_CTX = k(["national insurance", "nino", "ni number", "ni no", "insurance number"]);
const PAN_CTX = k(["pan", "permanent account number", "pan card", "income tax"]);
const NRIC_CTX = k(["nric", "fin", "ic number", "identity card", "singapore id"]);
const CN_ID_CTX = k([
  "身份证", "身份证号", "身份证号码", "公民身份号码", "居民身份证", "身分證", "resident id", "resident identity", "chinese id", "prc id", "id card",
  "id number", "identity number",
]);

/**
 * Non-EU national identifiers (UK, Australia, India, Singapore, Canada, Turkey, Thailand, Korea, South Africa, Japan,
 * China; Latin America is `latam-ids-detector.ts`).
 */
export const intlIdsScanner: PiiScanner = {
  id: "pii.intl-ids",
  entityTypes: [
    "UK_NINO", "UK_NHS", "UK_PASSPORT", "AU_ABN", "AU_ACN", "AU_TFN", "AU_MEDICARE", "IN_PAN", "IN_AADHAAR", "SG_NRIC_FIN", "CA_SIN",
    "TR_NATIONAL_ID", "TH_TNIN", "ZA_ID_NUMBER", "KR_BRN", "KR_RRN", "KR_FRN", "JP_MY_NUMBER", "CN_RESIDENT_ID",
  ],
  description: "National identifiers of the UK, AU, IN, SG, CA, TR, TH, KR, ZA, JP and CN, validated by check digits and structure.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const before = out.length;
    runNumericSpecs(text, numericCandidates(scan), INTL_NUMERIC_SPECS, out);
    // Korean check digits are optional since 2020: add evidence when present.
    // A dashed 3-3-4 number shaped like a North American phone number is more likely a phone than an NHS number.
    for (let i = before; i < out.length; i++) {
      const h = out[i]!;
      if (h.type === "UK_NHS" && h.score < 0.9 && /^[2-9]\d\d[-.][2-9]\d\d[-.]\d{4}$/.test(text.slice(h.start, h.end))) h.score = 0.35;
      if (h.type === "KR_RRN" || h.type === "KR_FRN") {
        const d = text.slice(h.start, h.end).replace(/\D/g, "");
        if (krRrnChecksum(d)) h.score = Math.min(1, h.score + 0.15);
      }
    }
    let lastEnd = -1;
    const tk = scan.digitTokens;
    for (let ti = 0; ti < tk.n; ti++) {
      const t = { start: tk.start[ti]!, end: tk.end[ti]!, digits: tk.digits[ti]! };
      const len = t.end - t.start;
      if (len === 18) {
        // a Chinese resident ID: region, birth date and a MOD 11-2 check (one 18-digit run in thousands passes all three)
        const v = text.slice(t.start, t.end);
        if (cnResidentIdValid(v)) {
          const verdict = contextVerdict(text, t.start, t.end, CN_ID_CTX, ID_NEGATIVE);
          out.push({
            type: "CN_RESIDENT_ID", start: t.start, end: t.end, score: verdict === "positive" ? 1 : verdict === "negative" ? 0.35 : 0.75,
            explanation: "Chinese resident ID (region code, birth date and MOD 11-2 check)",
          });
        }
        continue;
      }
      let pos = t.start;
      // "AA 12 34 56 B", "PR 123612C": the NINO prefix letters sit before a space
      // ("is G3912511R": when the two letters are a word, the token itself is tried next)
      if (t.start >= 3 && text.charCodeAt(t.start - 1) === 32 && /^[A-Za-z]{2}$/.test(text.slice(t.start - 3, t.start - 1)) && !/[A-Za-z0-9]/.test(text[t.start - 4] ?? "")) pos = t.start - 3;
      else if (len < 8 || len > 10) continue;
      if (pos < lastEnd) continue;
      let m = execAt(ALNUM_RE, text, pos);
      if (!m && pos < t.start && len >= 8 && len <= 10) m = execAt(ALNUM_RE, text, t.start);
      if (!m) continue;
      lastEnd = m.index + m[0].length;
      const g = m.groups ?? {};
      const v = m[0];
      const s = m.index;
      const e = s + v.length;
      const ctx = (re: RegExp) => contextVerdict(text, s, e, re, ID_NEGATIVE) === "positive";
      if (g.nino) {
        if (ukNinoValid(v.replace(/ /g, ""))) {
          out.push({ type: "UK_NINO", start: s, end: e, score: ctx(NINO_CTX) ? 1 : 0.65, explanation: "UK National Insurance number (prefix and suffix rules)" });
        }
      } else if (g.pan) {
        if (inPanValid(v.toUpperCase()) && /^[A-Z]+\d+[A-Z]$/.test(v)) {
          out.push({ type: "IN_PAN", start: s, end: e, score: ctx(PAN_CTX) ? 0.95 : 0.55, explanation: "Indian PAN structure (holder-type letter)" });
        }
      } else if (g.nric) {
        const valid = sgNricValid(v);
        const c = ctx(NRIC_CTX);
        out.push({
          type: "SG_NRIC_FIN",
          start: s,
          end: e,
          score: valid ? (c ? 1 : 0.8) : c ? 0.5 : 0.2,
          explanation: valid ? "Singapore NRIC/FIN with valid check letter" : "Singapore NRIC/FIN shape (check letter mismatch)",
        });
      }
    }
  },
};
