import { allSameDigit, isDigits, luhnValid, validDate, verhoeffValid, weightedSum } from "./checksums.js";

/** Australian Business Number: subtract 1 from the first digit, weights 10,1,3,...,19, mod 89. */
export function auAbnValid(d: string): boolean {
  if (d.length !== 11 || !isDigits(d) || d[0] === "0") return false;
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  let sum = (d.charCodeAt(0) - 49) * 10;
  for (let i = 1; i < 11; i++) sum += (d.charCodeAt(i) - 48) * (w[i] ?? 0);
  return sum % 89 === 0;
}

/** Australian Company Number: weights 8..1 on the first 8 digits, complement mod 10. */
export function auAcnValid(d: string): boolean {
  if (d.length !== 9 || !isDigits(d)) return false;
  const check = (10 - (weightedSum(d, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
  return check === d.charCodeAt(8) - 48;
}

/** Australian Tax File Number (9 digits): weighted sum mod 11. */
export function auTfnValid(d: string): boolean {
  if (d.length !== 9 || !isDigits(d) || allSameDigit(d)) return false;
  return weightedSum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/** Australian Medicare card: first digit 2-6, weights 1,3,7,9 repeating, mod 10 = 9th digit. */
export function auMedicareValid(d: string): boolean {
  if ((d.length !== 10 && d.length !== 11) || !isDigits(d)) return false;
  if (d[0]! < "2" || d[0]! > "6") return false;
  return weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d.charCodeAt(8) - 48;
}

/** Indian PAN: AAAPA9999A where the 4th letter is the holder type. */
export function inPanValid(s: string): boolean {
  return /^[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]$/.test(s);
}

/** Indian Aadhaar: 12 digits, not starting 0/1, Verhoeff check. */
export function inAadhaarValid(d: string): boolean {
  if (d.length !== 12 || !isDigits(d) || d[0] === "0" || d[0] === "1" || allSameDigit(d)) return false;
  return verhoeffValid(d);
}

const SG_ST = "JZIHGFEDCBA";
const SG_FG = "XWUTRQPNMLK";
const SG_M = "XWUTRQPNJLK";
/** Singapore NRIC/FIN: prefix S/T/F/G/M, 7 digits, check letter (weights 2,7,6,5,4,3,2 + prefix offset). */
export function sgNricValid(s: string): boolean {
  const u = s.toUpperCase();
  if (!/^[STFGM]\d{7}[A-Z]$/.test(u)) return false;
  const p = u[0]!;
  let sum = weightedSum(u.slice(1, 8), [2, 7, 6, 5, 4, 3, 2]);
  if (p === "T" || p === "G") sum += 4;
  if (p === "M") sum += 3;
  const r = sum % 11;
  const table = p === "S" || p === "T" ? SG_ST : p === "M" ? SG_M : SG_FG;
  return table[r] === u[8];
}

/** Canadian SIN: 9 digits, Luhn, first digit not 0 or 8 (unassigned). */
export function caSinValid(d: string): boolean {
  if (d.length !== 9 || !isDigits(d) || d[0] === "0" || d[0] === "8" || allSameDigit(d)) return false;
  return luhnValid(d);
}

/** Turkish T.C. Kimlik No: 11 digits, first not 0, two check digits. */
export function trNationalIdValid(d: string): boolean {
  if (d.length !== 11 || !isDigits(d) || d[0] === "0") return false;
  const n = (i: number) => d.charCodeAt(i) - 48;
  const odd = n(0) + n(2) + n(4) + n(6) + n(8);
  const even = n(1) + n(3) + n(5) + n(7);
  const c10 = (((odd * 7 - even) % 10) + 10) % 10;
  if (c10 !== n(9)) return false;
  let s = 0;
  for (let i = 0; i < 10; i++) s += n(i);
  return s % 10 === n(10);
}

/** Thai national ID: 13 digits, first 1-8, valid province block, weights 13..2, (11 - s mod 11) mod 10. */
export function thTninValid(d: string): boolean {
  if (d.length !== 13 || !isDigits(d) || d[0] === "0" || d[0] === "9") return false;
  const prov = Number(d.slice(1, 3));
  const provOk =
    (prov >= 10 && prov <= 27) || (prov >= 30 && prov <= 58) || (prov >= 60 && prov <= 67) ||
    (prov >= 70 && prov <= 77) || (prov >= 80 && prov <= 86) || (prov >= 90 && prov <= 96);
  if (!provOk) return false;
  const sum = weightedSum(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

/** Korean RRN/FRN shape: YYMMDD + gender/century digit; returns the holder kind, or undefined. */
export function krRrnKind(d: string): "citizen" | "foreigner" | undefined {
  if (d.length !== 13 || !isDigits(d)) return undefined;
  const g = d.charCodeAt(6) - 48;
  const century = [1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800][g] ?? 1900;
  if (!validDate(century + Number(d.slice(0, 2)), Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return undefined;
  if (g >= 5 && g <= 8) return "foreigner";
  return "citizen";
}
/** Pre-2020 Korean RRN check digit (new numbers no longer carry it, so it only adds evidence). */
export function krRrnChecksum(d: string): boolean {
  const sum = weightedSum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

/** Korean business registration number: weights 1,3,7,1,3,7,1,3,5 plus the carry of digit 9 x 5. */
export function krBrnValid(d: string): boolean {
  if (d.length !== 10 || !isDigits(d)) return false;
  let sum = weightedSum(d, [1, 3, 7, 1, 3, 7, 1, 3, 5]);
  sum += Math.floor(((d.charCodeAt(8) - 48) * 5) / 10);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(9) - 48;
}

/** South African ID: YYMMDD (either century), citizenship 0/1/2, Luhn over all 13 digits. */
export function zaIdValid(d: string): boolean {
  if (d.length !== 13 || !isDigits(d)) return false;
  const yy = Number(d.slice(0, 2));
  const mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  if (!validDate(1900 + yy, mm, dd) && !validDate(2000 + yy, mm, dd)) return false;
  if (d[10]! > "2") return false;
  return luhnValid(d);
}

/** UK NHS number: 10 digits, weights 10..2, check = 11 - (s mod 11), 10 is never issued. */
export function ukNhsValid(d: string): boolean {
  if (d.length !== 10 || !isDigits(d) || allSameDigit(d)) return false;
  let check = 11 - (weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === d.charCodeAt(9) - 48;
}

const NINO_BAD_PREFIX = new Set(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]);
/** UK National Insurance number: prefix letter rules, 6 digits, suffix A-D. */
export function ukNinoValid(compact: string): boolean {
  const s = compact.toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !NINO_BAD_PREFIX.has(s.slice(0, 2));
}

/** Province-level division codes that open a Chinese resident ID (mainland; 71 Taiwan; 81/82 Hong Kong and Macau). */
const CN_PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);
const CN_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/**
 * Chinese resident identity card number (GB 11643-1999): a region code, birth date YYYYMMDD, a sequence number and an
 * ISO 7064 MOD 11-2 check character (0-9 or X).
 */
export function cnResidentIdValid(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s) || !CN_PROVINCES.has(Number(s.slice(0, 2)))) return false;
  const year = Number(s.slice(6, 10));
  if (year < 1900 || year > 2099 || !validDate(year, Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return false;
  const sum = weightedSum(s, CN_WEIGHTS);
  const check = (12 - (sum % 11)) % 11;
  return (check === 10 ? "X" : String(check)) === s[17]!.toUpperCase();
}

/**
 * Japanese Individual Number (My Number, 個人番号): 12 digits, the last a check digit over the other eleven weighted,
 * from the right, 2..7 then 2..6; check = 11 - sum mod 11, 0 when the remainder is 0 or 1.
 */
export function jpMyNumberValid(d: string): boolean {
  if (d.length !== 12 || !isDigits(d) || allSameDigit(d)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (d.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
}
