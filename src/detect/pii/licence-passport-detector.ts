import { contextVerdict, keywordMatcher } from "./context.js";
import { ID_NEGATIVE } from "./negative-context.js";
import { execAt } from "./digit-tokens.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { deaNumberValid, ukDrivingLicenceValid, ukPostcodeAreaValid } from "./validators/licences.js";

const k = keywordMatcher;
const UK_DL_CTX = k(["driving licence", "driving license", "driver licence", "driver's licence", "licence number", "licence no", "licence", "dvla"]);
const UK_PASS_CTX = k(["passport", "passport number", "passport no", "hm passport", "uk passport", "british passport"]);
const ES_PASS_CTX = k(["pasaporte", "passport", "número de pasaporte", "numero de pasaporte"]);
const DEA_CTX = k(["dea", "dea number", "dea no", "dea registration", "prescriber", "medical license", "medical licence", "license number", "licence number", "certificate number"]);
const POSTCODE_CTX = k(["postcode", "post code", "postal code", "address", "lives at", "live at", "deliver to", "ship to", "uk"]);

/*
 * Anchored at alphanumeric tokens that hold letters and digits (the scan's mixed tokens):
 *   ukdl      UK driving licence: surname (5, 9-padded), decade, month (+50 for women), day, year, initials (9-padded),
 *             an arbitrary digit and two check characters: "MORGA607054SM9IJ".
 *   pass2     two letters and seven digits: UK (2020 series) passport; a DEA registration when its checksum holds.
 *   dea9      a letter, 9 and seven digits: a DEA registration of a mid-level practitioner (checksum).
 *   pass3     three letters and six digits: Spanish passport.
 *   postcode  UK postcode, outward code then inward code ("EC1A 1BB", "M1 1AA", "GIR 0AA").
 */
const TOKEN_RE = new RegExp(
  `(?<![A-Za-z0-9])(?:${[
    "(?<ukdl>[A-Za-z9]{5}\\d[0156]\\d[0-3]\\d\\d[A-Za-z9]{2}\\d[A-Za-z0-9]{2})",
    "(?<pass2>[A-Za-z]{2}\\d{7})",
    "(?<dea9>[A-Za-z]9\\d{7})",
    "(?<pass3>[A-Za-z]{3}\\d{6})",
    "(?<postcode>GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})",
  ].join("|")})(?![A-Za-z0-9])`,
  "y",
);

function push(out: PiiHit[], type: string, start: number, end: number, score: number, explanation: string): void {
  out.push({ type, start, end, score, explanation });
}

/**
 * Licence, passport and postcode formats that carry letters and digits: UK driving licence (structure and embedded
 * birth date), UK and Spanish passports (by context), US DEA registrations (checksum; Presidio's MEDICAL_LICENSE)
 * and UK postcodes (area list).
 */
export const licencePassportScanner: PiiScanner = {
  id: "pii.licence-passport",
  entityTypes: ["UK_DRIVING_LICENCE", "UK_PASSPORT", "ES_PASSPORT", "MEDICAL_LICENSE", "UK_POSTCODE"],
  description: "UK driving licences, UK and Spanish passports, DEA registration numbers and UK postcodes.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const tk = scan.digitTokens;
    let lastEnd = -1;
    for (let mi = 0; mi < tk.nMixed; mi++) {
      const ti = tk.mixed[mi]!;
      const start = tk.start[ti]!;
      const len = tk.end[ti]! - start;
      if (start < lastEnd || len < 2 || len > 16) continue;
      const m = execAt(TOKEN_RE, text, start);
      if (!m) continue;
      const g = m.groups ?? {};
      const v = m[0];
      const s = m.index;
      const e = s + v.length;
      lastEnd = e;
      const ctx = (re: RegExp) => contextVerdict(text, s, e, re, ID_NEGATIVE) === "positive";
      if (g.ukdl) {
        if (ukDrivingLicenceValid(v)) {
          push(out, "UK_DRIVING_LICENCE", s, e, ctx(UK_DL_CTX) ? 1 : 0.85, "UK driving licence number (surname field, birth date, initials)");
        }
      } else if (g.pass2) {
        const dea = deaNumberValid(v);
        if (dea) push(out, "MEDICAL_LICENSE", s, e, ctx(DEA_CTX) ? 0.95 : 0.5, "US DEA registration number (registrant letter and checksum)");
        const passCtx = ctx(UK_PASS_CTX);
        if (passCtx || !dea) push(out, "UK_PASSPORT", s, e, passCtx ? 0.85 : 0.3, "UK passport number (two letters, seven digits)");
      } else if (g.dea9) {
        // mid-level practitioners' DEA numbers: registrant letter, then 9 in place of the surname initial
        if (deaNumberValid(v)) push(out, "MEDICAL_LICENSE", s, e, ctx(DEA_CTX) ? 0.95 : 0.5, "US DEA registration number (registrant letter, 9, checksum)");
      } else if (g.pass3) {
        push(out, "ES_PASSPORT", s, e, ctx(ES_PASS_CTX) ? 0.85 : 0.3, "Spanish passport number (three letters, six digits)");
      } else if (g.postcode) {
        if (ukPostcodeAreaValid(v)) {
          const spaced = v.includes(" ");
          const c = ctx(POSTCODE_CTX);
          push(out, "UK_POSTCODE", s, e, c ? 0.9 : spaced ? 0.6 : 0.45, "UK postcode (known postcode area, outward and inward code)");
        }
      }
    }
  },
};
