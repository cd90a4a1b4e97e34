import { describe, expect, it } from "vitest";
import { euIdsScanner } from "./eu-ids-detector.js";
import { expectCase } from "./test-support/hits.js";

interface TypedCase {
  type: string;
  text: string;
  value: string | null;
  min?: number;
  max?: number;
}

const cases: TypedCase[] = [
  // Belgian national register number: mod 97 of the first nine digits (with "2" before them from 2000 on)
  { type: "BE_NATIONAL_NUMBER", text: "numéro de registre national 82.06.14-536.32", value: "82.06.14-536.32", min: 0.9 },
  { type: "BE_NATIONAL_NUMBER", text: "rijksregisternummer: 75.11.03-604.85", value: "75.11.03-604.85", min: 0.9 },
  { type: "BE_NATIONAL_NUMBER", text: "INSZ 01.02.03-123.45", value: "01.02.03-123.45", min: 0.9 },
  { type: "BE_NATIONAL_NUMBER", text: "rijksregisternummer: 75.11.03-604.86", value: null, min: 0 },
  { type: "BE_NATIONAL_NUMBER", text: "82.06.14-536.32", value: "82.06.14-536.32", min: 0.55 },
  { type: "ES_NIF", text: "DNI 12345678Z", value: "12345678Z", min: 0.95 },
  { type: "ES_NIF", text: "55555555-K", value: "55555555-K", min: 0.6 },
  { type: "ES_NIF", text: "12345678a", value: null, min: 0 },
  { type: "ES_NIE", text: "Mi NIE es X9613851N", value: "X9613851N", min: 0.95 },
  { type: "ES_NIE", text: "Y8063915Q", value: null, min: 0 },
  { type: "IT_FISCAL_CODE", text: "codice fiscale RSSMRA85T10A562S", value: "RSSMRA85T10A562S", min: 0.95 },
  { type: "IT_FISCAL_CODE", text: "A55AAA00B11C333N", value: null, min: 0 },
  // a code that fails its check letter stays under the threshold even after "codice fiscale"
  { type: "IT_FISCAL_CODE", text: "Il codice fiscale RSSMRA80A01H501X non supera il controllo.", value: null, min: 0.5 },
  { type: "PL_PESEL", text: "My pesel is 44051401458.", value: "44051401458", min: 0.9 },
  { type: "PL_PESEL", text: "44051401459", value: null, min: 0 },
  { type: "FI_PERSONAL_IDENTITY_CODE", text: "020594X903P is my hetu.", value: "020594X903P", min: 0.9 },
  { type: "FI_PERSONAL_IDENTITY_CODE", text: "131052/308T", value: null, min: 0 },
  { type: "SE_PERSONNUMMER", text: "19910924-2397 är mitt pnr.", value: "19910924-2397", min: 0.9 },
  { type: "SE_PERSONNUMMER", text: "200504422381", value: null, min: 0 },
  { type: "NL_BSN", text: "BSN: 111222333", value: "111222333", min: 0.9 },
  { type: "NL_BSN", text: "111222333", value: "111222333", min: 0.2, max: 0.4 },
  { type: "FR_NIR", text: "numéro de sécurité sociale 2 55 08 14 168 025 38", value: "2 55 08 14 168 025 38", min: 0.9 },
  { type: "FR_NIR", text: "255081416802539", value: null, min: 0 },
  { type: "DK_CPR", text: "CPR-nr: 010190-1234", value: "010190-1234", min: 0.85 },
  { type: "DK_CPR", text: "311390-1234", value: null, min: 0 },
  { type: "DE_TAX_ID", text: "Meine Steuer-ID: 12345678903.", value: "12345678903", min: 0.9 },
  { type: "DE_TAX_ID", text: "11111111111", value: null, min: 0 },
  { type: "DE_SOCIAL_SECURITY", text: "RVNR: 15070649C103", value: "15070649C103", min: 0.95 },
  { type: "DE_HEALTH_INSURANCE", text: "KVNR: A123456780", value: "A123456780", min: 0.95 },
  { type: "DE_ID_CARD", text: "Personalausweis: L01X00T44.", value: "L01X00T44", min: 0.9 },
  { type: "DE_PASSPORT", text: "Reisepass C01234565 ausgestellt", value: "C01234565", min: 0.9 },
  // the printed serial has no check digit; the machine-readable zone adds one as a 10th character
  { type: "DE_ID_CARD", text: "Personalausweis Nr. LX8274M19 gültig bis 2031", value: "LX8274M19", min: 0.9 },
  { type: "DE_ID_CARD", text: "LX8274M19", value: "LX8274M19", min: 0, max: 0.45 },
  { type: "DE_ID_CARD", text: "Ausweis LA8274M19", value: null, min: 0 }, // vowels are not in the alphabet
  { type: "IT_VAT_CODE", text: "VAT number IT50514544993", value: "IT50514544993", min: 0.9 },
  { type: "IT_VAT_CODE", text: "IT50514544994", value: null, min: 0 },
  // "passport" alone does not make a German passport of a US-shaped number, nor "work pass" of a Singapore FIN
  { type: "DE_PASSPORT", text: "passport #Z79407589", value: null, min: 0.5 },
  { type: "DE_PASSPORT", text: "FIN T2281879H (work pass holder)", value: null, min: 0.5 },
  { type: "DE_PASSPORT", text: "Reisepass C01234565 ausgestellt am 01.01.2020.", value: "C01234565", min: 0.9 },
  { type: "SE_PERSONNUMMER", text: "GET /api/v2/items/9201232387?page=2", value: "9201232387", min: 0.3, max: 0.45 },
  { type: "SE_PERSONNUMMER", text: "pnr 9201232387", value: "9201232387", min: 0.9 },
  // Portuguese NIF: mod-11 check digit, reported only with a label
  { type: "PT_NIF", text: "utente Maria, NIF 285485318, internada", value: "285485318", min: 0.85 },
  { type: "PT_NIF", text: "número de contribuinte: 501 964 843", value: "501 964 843", min: 0.85 },
  { type: "PT_NIF", text: "NIF 285485319", value: null, min: 0 }, // check digit wrong
  { type: "PT_NIF", text: "285485318", value: null, min: 0 }, // no label
  { type: "PT_NIF", text: "NIF ok; order no. 285485318 shipped", value: null, min: 0.5 }, // order number label nearest
];

describe("euIdsScanner", () => {
  it.each(cases)("%j", ({ type, text, value, min = 0.5, max = 1 }) => {
    expectCase(euIdsScanner, type, { text, value, min, max });
  });
});
