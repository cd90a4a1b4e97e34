import { contextVerdict, keywordMatcher } from "./context.js";
import { ID_NEGATIVE } from "./negative-context.js";
import { runNumericSpecs, type NumericIdSpec } from "./id-spec.js";
import { execAt } from "./digit-tokens.js";
import { numericCandidates } from "./numeric-candidates.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import {
  beNationalNumberValid, deDocumentNumberValid, deHealthInsuranceValid, deSocialSecurityValid, deTaxIdValid, dkCprDateValid,
  esNieValid, esNifValid, fiHetuValid, frNirValid, itFiscalCodeValid, itVatValid, nlBsnValid, plPeselValid, ptNifValid,
  seOrgNummerValid, sePersonnummerValid,
} from "./validators/eu-ids.js";

const NEG = ID_NEGATIVE;
const k = keywordMatcher;

const SE_PNR_CTX = keywordMatcher(["personnummer", "personnr", "pnr", "personal identity", "swedish id", "samordningsnummer"]);

export const EU_NUMERIC_SPECS: readonly NumericIdSpec[] = [
  {
    type: "PL_PESEL", shapes: ["11"], seps: "", validate: plPeselValid, bare: 0.5, withContext: 0.95,
    context: k(["pesel", "numer pesel", "nr pesel"]), negativeContext: NEG, explanation: "Polish PESEL (birth date and weighted check digit)",
  },
  {
    type: "DE_TAX_ID", shapes: ["11", "2-3-3-3"], seps: " ", validate: deTaxIdValid, bare: 0.45, formatted: 0.5, withContext: 0.95,
    context: k(["steuer-id", "steuerid", "steuer id", "idnr", "steueridentifikationsnummer", "identifikationsnummer", "tin", "tax id", "steuernummer"]),
    negativeContext: NEG, explanation: "German tax ID (digit-frequency rule and ISO 7064 check digit)",
  },
  {
    type: "IT_VAT_CODE", shapes: ["11"], seps: "", validate: itVatValid, bare: 0.3, withContext: 0.9,
    context: k(["partita iva", "p.iva", "piva", "p. iva", "vat", "iva", "vat number"]), negativeContext: NEG, explanation: "Italian VAT number (check digit)",
  },
  {
    type: "NL_BSN", shapes: ["9", "4-2-3", "3-3-3"], seps: " .-", validate: nlBsnValid, bare: 0.3, formatted: 0.35, withContext: 0.95,
    context: k(["bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service number"]), negativeContext: NEG, explanation: "Dutch BSN (11-proof)",
  },
  {
    // a random nine-digit number passes the mod-11 check 1 time in 11: only with a label ("NIF", "contribuinte")
    type: "PT_NIF", shapes: ["9", "3-3-3"], seps: " .-", validate: ptNifValid, bare: 0, withContext: 0.9,
    context: k(["nif", "n.i.f", "contribuinte", "nº contribuinte", "n.º contribuinte", "número de contribuinte", "numero de contribuinte", "número fiscal", "numero fiscal", "identificação fiscal", "identificacao fiscal", "nipc", "portuguese tax number", "portuguese nif"]),
    negativeContext: NEG, explanation: "Portuguese NIF (mod-11 check digit)",
  },
  {
    type: "SE_PERSONNUMMER", shapes: ["12", "6-4", "8-4"], seps: "-+", validate: sePersonnummerValid, bare: 0.5, formatted: 0.6, withContext: 0.95,
    context: SE_PNR_CTX, negativeContext: NEG, explanation: "Swedish personnummer (birth date and Luhn)",
  },
  {
    // ten bare digits: a date-shaped start and a Luhn digit pass for about 1 in 130 random ids (more with the
    // samordningsnummer day + 60), too many in logs and URLs to act on without a label
    type: "SE_PERSONNUMMER", shapes: ["10"], seps: "", validate: sePersonnummerValid, bare: 0.4, withContext: 0.95,
    context: SE_PNR_CTX, negativeContext: NEG, explanation: "Swedish personnummer, ten digits (birth date and Luhn)",
  },
  {
    type: "SE_ORGANISATIONSNUMMER", shapes: ["10", "6-4"], seps: "-", validate: seOrgNummerValid, bare: 0.35, formatted: 0.5, withContext: 0.95,
    context: k(["organisationsnummer", "orgnummer", "org.nr", "orgnr", "company identity", "organisation number"]), negativeContext: NEG,
    explanation: "Swedish organisation number (Luhn, third digit >= 2)",
  },
  {
    type: "DK_CPR", shapes: ["6-4", "10"], seps: "-", validate: dkCprDateValid, bare: 0.15, formatted: 0.4, withContext: 0.9,
    context: k(["cpr", "cpr-nr", "cpr nr", "personnummer", "cpr-nummer"]), negativeContext: NEG, explanation: "Danish CPR number (birth date)",
  },
  {
    // written YY.MM.DD-XXX.CC on ID cards; mod 97 passes about 1 in 97 random eleven-digit numbers (bare: low)
    type: "BE_NATIONAL_NUMBER", shapes: ["11", "2-2-2-3-2", "6-3-2", "6-5"], seps: ".- ", mixedSeps: true, validate: beNationalNumberValid, bare: 0.3, formatted: 0.6, withContext: 0.95,
    context: k(["rijksregisternummer", "rijksregister", "registre national", "numéro national", "numero national", "nationaal nummer", "nationaalnummer", "insz", "niss", "national number", "national register", "numéro de registre", "numero de registre"]),
    negativeContext: NEG, explanation: "Belgian national register number (birth date and mod-97 check digits)",
  },
  {
    type: "FR_NIR", shapes: ["15", "1-2-2-2-3-3-2", "13-2"], seps: " ", validate: frNirValid, bare: 0.6, formatted: 0.75, withContext: 0.95,
    context: k(["nir", "insee", "sécurité sociale", "securite sociale", "numéro de sécu", "numero de secu", "sécu", "secu", "social security"]),
    negativeContext: NEG, explanation: "French NIR (structure and mod-97 key)",
  },
];

const EU_ALNUM = new RegExp(
  [
    "(?<nie>[XYZxyz]-?\\d{7}-?[A-Za-z])",
    "(?<nif>\\d{7,8}-?[A-Za-z])",
    "(?<cf>[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z])",
    "(?<hetu>\\d{6}[-+A-FU-Ya-fu-y]\\d{3}[0-9A-Ya-y])",
    "(?<rvnr>\\d{8}[A-Za-z]\\d{3})",
    "(?<kvnr>[A-Za-z]\\d{9})",
    "(?<nir>[1-478]\\d{4}2[ABab]\\d{8})",
    "(?<itvat>IT\\d{11})",
    "(?<dedoc>[CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz][CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz0-9]{8}\\d?)",
  ]
    .join("|"),
  "g",
);
// One boundary check per position, then the alternatives (cheaper than a lookbehind per alternative).
const EU_ALNUM_RE = new RegExp(`(?<![A-Za-z0-9])(?:${EU_ALNUM.source})(?![A-Za-z0-9])`, "y");

const NIF_CTX = k(["nif", "dni", "documento nacional", "identificación fiscal", "identificacion fiscal", "spanish id", "nie"]);
const NIE_CTX = k(["nie", "extranjero", "foreigner", "identidad de extranjero", "número de identidad"]);
const CF_CTX = k(["codice fiscale", "cf", "fiscal code", "c.f.", "tax code"]);
const FI_CTX = k(["hetu", "henkilötunnus", "henkilotunnus", "personal identity code", "finnish id", "sotu"]);
const RVNR_CTX = k(["rvnr", "rentenversicherungsnummer", "sozialversicherungsnummer", "svnr", "versicherungsnummer", "social security"]);
const KVNR_CTX = k(["kvnr", "krankenversichertennummer", "egk", "versichertennummer", "krankenkasse", "health insurance"]);
const DEID_CTX = k(["personalausweis", "ausweis", "ausweisnummer", "id card", "identity card", "perso"]);
const DEPASS_CTX = k(["reisepass", "reisepassnummer", "pass-nr", "passnummer", "pass nr", "german passport", "deutscher pass"]);
// "passport" alone: any country's passport ("FIN T2281879H (work pass holder)" is no passport at all)
const PASSPORT_ANY = k(["passport", "passport number", "passport no"]);
const ITVAT_CTX = EU_NUMERIC_SPECS.find((spec) => spec.type === "IT_VAT_CODE")!.context;
const NIR_CTX = EU_NUMERIC_SPECS.find((s) => s.type === "FR_NIR")!.context;

function push(out: PiiHit[], type: string, start: number, end: number, score: number, explanation: string): void {
  out.push({ type, start, end, score, explanation });
}

/** European national identifiers with check digits (ES, IT, PL, FI, SE, NL, FR, DK, DE, BE). */
export const euIdsScanner: PiiScanner = {
  id: "pii.eu-ids",
  entityTypes: [
    "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "IT_VAT_CODE", "PL_PESEL", "FI_PERSONAL_IDENTITY_CODE", "SE_PERSONNUMMER",
    "SE_ORGANISATIONSNUMMER", "NL_BSN", "FR_NIR", "DK_CPR", "DE_TAX_ID", "DE_SOCIAL_SECURITY", "DE_HEALTH_INSURANCE",
    "DE_ID_CARD", "DE_PASSPORT", "BE_NATIONAL_NUMBER", "PT_NIF",
  ],
  description: "European national identifiers validated by their check digits and embedded dates.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    runNumericSpecs(text, numericCandidates(scan), EU_NUMERIC_SPECS, out);
    const tk = scan.digitTokens;
    for (let ti = 0; ti < tk.n; ti++) {
      const t = { start: tk.start[ti]!, end: tk.end[ti]!, digits: tk.digits[ti]! };
      const len = t.end - t.start;
      // shortest first part: "131052" of a HETU, "1111111" of "1111111-G"; longest: a 16-char codice fiscale
      if (len < 6 || len > 16) continue;
      const m = execAt(EU_ALNUM_RE, text, t.start);
      if (!m) continue;
      const g = m.groups ?? {};
      const v = m[0];
      const s = m.index;
      const e = s + v.length;
      const ctx = (re: RegExp) => contextVerdict(text, s, e, re, ID_NEGATIVE) === "positive";
      if (g.nie) {
        const c = v.replace(/-/g, "");
        if (esNieValid(c[0]!, c.slice(1, 8), c[8]!)) push(out, "ES_NIE", s, e, ctx(NIE_CTX) ? 1 : 0.75, "Spanish NIE with valid control letter");
      } else if (g.nif) {
        const c = v.replace(/-/g, "");
        if (esNifValid(c.slice(0, -1), c.slice(-1))) push(out, "ES_NIF", s, e, ctx(NIF_CTX) ? 1 : 0.7, "Spanish NIF/DNI with valid control letter");
      } else if (g.cf) {
        if (itFiscalCodeValid(v)) push(out, "IT_FISCAL_CODE", s, e, ctx(CF_CTX) ? 1 : 0.85, "Italian fiscal code with valid date and check letter");
        else if (/^[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]$/.test(v)) {
          // a failed check letter is a typo or an invented code: kept for lower thresholds, never at the 0.5 default
          push(out, "IT_FISCAL_CODE", s, e, ctx(CF_CTX) ? 0.45 : 0.3, "Italian fiscal code shape (check letter mismatch)");
        }
      } else if (g.hetu) {
        if (fiHetuValid(v)) push(out, "FI_PERSONAL_IDENTITY_CODE", s, e, ctx(FI_CTX) ? 1 : 0.85, "Finnish personal identity code (date, century sign, mod-31 check)");
      } else if (g.rvnr) {
        if (deSocialSecurityValid(v)) push(out, "DE_SOCIAL_SECURITY", s, e, ctx(RVNR_CTX) ? 1 : 0.7, "German pension insurance number (birth date, check digit)");
      } else if (g.kvnr) {
        if (deHealthInsuranceValid(v)) push(out, "DE_HEALTH_INSURANCE", s, e, ctx(KVNR_CTX) ? 1 : 0.55, "German health insurance number (check digit)");
      } else if (g.nir) {
        if (frNirValid(v)) push(out, "FR_NIR", s, e, ctx(NIR_CTX) ? 0.95 : 0.6, "French NIR (Corsica) with valid key");
      } else if (g.itvat) {
        // EU VAT form: country prefix, then the partita IVA
        if (itVatValid(v.slice(2))) push(out, "IT_VAT_CODE", s, e, ctx(ITVAT_CTX) ? 0.95 : 0.45, "Italian VAT number with IT prefix (check digit)");
      } else if (g.dedoc) {
        // The printed serial has 9 characters; the machine-readable zone adds a 7-3-1 check digit as a 10th.
        const checked = v.length === 10;
        if (deDocumentNumberValid(v) && (checked || (v.match(/\d/g)?.length ?? 0) >= 4)) {
          const id = ctx(DEID_CTX);
          const pass = ctx(DEPASS_CTX);
          // a letter and eight digits with only "passport" near is as likely a US passport (card) number
          const anyPass = !pass && !id && ctx(PASSPORT_ANY);
          const usShape = /^[A-Za-z]\d{8}$/.test(v);
          const bare = checked ? 0.5 : 0.4;
          const why = checked ? "with its 7-3-1 check digit" : "(alphabet without vowels)";
          push(out, "DE_ID_CARD", s, e, id ? 0.95 : pass || anyPass ? 0.2 : bare, `German ID card serial ${why}`);
          push(out, "DE_PASSPORT", s, e, pass ? 0.95 : anyPass ? (usShape ? 0.4 : 0.6) : id ? 0.2 : bare - 0.1, `German passport serial ${why}`);
        }
      }
    }
  },
};
