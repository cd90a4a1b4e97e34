/** Validators for licence and passport formats and UK postcodes (structure facts from the issuing bodies). */

/**
 * UK (DVLA) driving licence number, 16 characters: surname field (5, letters then 9-padding), decade digit, month
 * (01-12, +50 for women), day, year digit, initials (2, letters then 9-padding), an arbitrary digit, two check
 * characters.
 */
export function ukDrivingLicenceValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[A-Z][A-Z9]{4}\d[0156]\d[0-3]\d\d[A-Z][A-Z9]\d[A-Z0-9]{2}$/.test(s)) return false;
  // padding: once a 9 appears in the surname or initials field, only 9s follow
  if (/9[A-Z]/.test(s.slice(0, 5)) || /9[A-Z]/.test(s.slice(11, 13))) return false;
  let month = Number(s.slice(6, 8));
  if (month > 50) month -= 50;
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Registrant-type letters of US DEA numbers (first character). */
const DEA_FIRST = new Set("ABCDEFGHJKLMPRSTUX");

/**
 * US DEA registration number: registrant-type letter, a letter (or 9), seven digits where
 * (d1 + d3 + d5) + 2 * (d2 + d4 + d6) ends in d7.
 */
export function deaNumberValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[A-Z][A-Z9]\d{7}$/.test(s) || !DEA_FIRST.has(s[0] ?? "")) return false;
  const d = (i: number) => s.charCodeAt(2 + i) - 48;
  const sum = d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5));
  return sum % 10 === d(6);
}

/** The 121 geographic UK postcode areas, plus non-geographic BF, BX and GIR. */
const POSTCODE_AREAS = new Set(
  (
    "AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY " +
    "G GIR GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR " +
    "NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC " +
    "WD WF WN WR WS WV YO ZE"
  ).split(" "),
);

/** True when a postcode's area (its leading letters) is a real UK postcode area. */
export function ukPostcodeAreaValid(postcode: string): boolean {
  const area = /^[A-Z]+/.exec(postcode)?.[0] ?? "";
  return POSTCODE_AREAS.has(area);
}
