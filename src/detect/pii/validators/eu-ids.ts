import { allSameDigit, isDigits, luhnValid, modString, validDate, weightedSum } from "./checksums.js";

const NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI/NIF: up to 8 digits then the mod-23 control letter. */
export function esNifValid(digits: string, letter: string): boolean {
  if (!isDigits(digits) || digits.length < 7 || digits.length > 8) return false;
  return NIF_LETTERS[Number(digits) % 23] === letter.toUpperCase();
}

/** Spanish NIE: X/Y/Z (0/1/2) + 7 digits + the mod-23 control letter. */
export function esNieValid(prefix: string, digits: string, letter: string): boolean {
  const p = "XYZ".indexOf(prefix.toUpperCase());
  if (p < 0 || digits.length !== 7 || !isDigits(digits)) return false;
  return NIF_LETTERS[Number(`${p}${digits}`) % 23] === letter.toUpperCase();
}

const CF_ODD: Readonly<Record<string, number>> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
const CF_MONTHS = "ABCDEHLMPRST";
const OMOCODE = "LMNPQRSTUV";

/** Italian codice fiscale: structure (with omocodia substitutions), month letter, day, check letter. */
export function itFiscalCodeValid(code: string): boolean {
  const s = code.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  const num = (t: string) => Number([...t].map((c) => (c >= "0" && c <= "9" ? c : String(OMOCODE.indexOf(c)))).join(""));
  const day = num(s.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  if (CF_MONTHS.indexOf(s[8] ?? "") < 0) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s[i] ?? "0";
    if (i % 2 === 0) sum += CF_ODD[c] ?? 0;
    else sum += c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** Italian partita IVA: 11 digits, Luhn-style check, office code 001-100 or 120/121/888/999. */
export function itVatValid(digits: string): boolean {
  if (digits.length !== 11 || !isDigits(digits) || allSameDigit(digits)) return false;
  return luhnValid(digits);
}

/**
 * Belgian national register number (rijksregisternummer / numéro de registre national, also the INSZ/NISS): birth
 * date YYMMDD (month + 20 or + 40 for bis numbers, 00 for an unknown month or day), a 3-digit serial, and check digits
 * 97 - (first nine digits mod 97), with "2" put before them for people born from 2000.
 */
export function beNationalNumberValid(d: string): boolean {
  if (d.length !== 11 || !isDigits(d)) return false;
  const m = Number(d.slice(2, 4));
  const mm = m >= 40 ? m - 40 : m >= 20 ? m - 20 : m;
  const dd = Number(d.slice(4, 6));
  if (m > 52 || mm > 12 || dd > 31) return false;
  const serial = Number(d.slice(6, 9));
  if (serial === 0 || serial === 999) return false;
  const base = Number(d.slice(0, 9));
  const check = Number(d.slice(9, 11));
  return check === 97 - (base % 97) || check === 97 - ((2_000_000_000 + base) % 97);
}

/** Polish PESEL: encoded birth date (century in month offset) and weighted mod-10 check. */
export function plPeselValid(d: string): boolean {
  if (d.length !== 11 || !isDigits(d)) return false;
  const yy = Number(d.slice(0, 2));
  let mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (century === undefined) return false;
  mm %= 20;
  if (!validDate(century + yy, mm, dd)) return false;
  const check = (10 - (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return check === d.charCodeAt(10) - 48;
}

const FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const FI_CENTURY: Readonly<Record<string, number>> = {
  "+": 1800, "-": 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/** Finnish henkilötunnus DDMMYYCZZZQ: date, century sign, individual number, mod-31 check char. */
export function fiHetuValid(code: string): boolean {
  const s = code.toUpperCase();
  if (!/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(s)) return false;
  const century = FI_CENTURY[s[6] ?? ""];
  if (century === undefined) return false;
  if (!validDate(century + Number(s.slice(4, 6)), Number(s.slice(2, 4)), Number(s.slice(0, 2)))) return false;
  const n = Number(s.slice(0, 6) + s.slice(7, 10));
  if (Number(s.slice(7, 10)) < 2) return false;
  return FI_CHECK[n % 31] === s[10];
}

/**
 * Swedish personnummer: (YY)YYMMDD[-+]NNNC with Luhn over the 10-digit form. Coordination
 * numbers add 60 to the day.
 */
export function sePersonnummerValid(compact: string): boolean {
  if (!isDigits(compact) || (compact.length !== 10 && compact.length !== 12)) return false;
  const ten = compact.length === 12 ? compact.slice(2) : compact;
  if (compact.length === 12) {
    const cc = Number(compact.slice(0, 2));
    if (cc < 18 || cc > 20) return false;
  }
  const yy = compact.length === 12 ? Number(compact.slice(0, 4)) : 2000 + Number(ten.slice(0, 2));
  const mm = Number(ten.slice(2, 4));
  let dd = Number(ten.slice(4, 6));
  if (dd > 60) dd -= 60;
  if (!validDate(yy, mm, dd)) return false;
  return luhnValid(ten);
}

/** Swedish organisationsnummer: 10 digits, third digit >= 2 (never a month), Luhn. */
export function seOrgNummerValid(compact: string): boolean {
  if (compact.length !== 10 || !isDigits(compact)) return false;
  if (Number(compact[2]) < 2) return false;
  return luhnValid(compact);
}

/** Dutch BSN: 9 digits passing the "11-proef" (weights 9..2, last digit weight -1). */
export function nlBsnValid(d: string): boolean {
  if (d.length !== 9 || !isDigits(d) || allSameDigit(d)) return false;
  const sum = weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) - (d.charCodeAt(8) - 48);
  return sum % 11 === 0 && sum !== 0;
}

/**
 * Portuguese NIF (número de identificação fiscal / contribuinte): nine digits, the first one 1-3 (people), 45
 * (non-residents), 5-9 (companies, public bodies, sole traders, others); check digit = 11 - (sum of d[i] * (9 - i))
 * mod 11, 0 when that is 10 or 11.
 */
export function ptNifValid(d: string): boolean {
  if (d.length !== 9 || !isDigits(d) || allSameDigit(d)) return false;
  const c0 = d.charCodeAt(0) - 48;
  if (c0 === 0 || (c0 === 4 && d.charCodeAt(1) !== 53)) return false;
  const r = 11 - (weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (r >= 10 ? 0 : r) === d.charCodeAt(8) - 48;
}

/** French NIR (numéro de sécurité sociale): 13 chars (Corsica 2A/2B) + 2-digit key = 97 - n mod 97. */
export function frNirValid(compact: string): boolean {
  const s = compact.toUpperCase();
  if (!/^[1-478]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(s)) return false;
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  const body = s.slice(0, 13).replace("2A", "19").replace("2B", "18");
  const key = Number(s.slice(13));
  return 97 - modString(body, 97) === key;
}

/** Danish CPR: valid DDMMYY date (the mod-11 check was dropped in 2007, so it only adds evidence). */
export function dkCprDateValid(d: string): boolean {
  if (d.length !== 10 || !isDigits(d)) return false;
  return validDate(2000 + Number(d.slice(4, 6)), Number(d.slice(2, 4)), Number(d.slice(0, 2)));
}
export function dkCprMod11(d: string): boolean {
  return weightedSum(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/**
 * German Steuer-IdNr: 11 digits, first not 0, no digit more than three times among the first ten,
 * and the check digit is ISO 7064 MOD 11,10.
 */
export function deTaxIdValid(d: string): boolean {
  if (d.length !== 11 || !isDigits(d) || d[0] === "0") return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d.charCodeAt(i) - 48]! += 1;
  if (counts.some((c) => c > 3)) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === d.charCodeAt(10) - 48;
}

/** German Rentenversicherungsnummer: area, DDMMYY, initial letter, serial, weighted cross-sum check. */
export function deSocialSecurityValid(code: string): boolean {
  const s = code.toUpperCase();
  if (!/^\d{8}[A-Z]\d{3}$/.test(s)) return false;
  const dd = Number(s.slice(2, 4));
  const mm = Number(s.slice(4, 6));
  if (!(dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12)) return false;
  const letter = String(s.charCodeAt(8) - 64).padStart(2, "0");
  const digits = s.slice(0, 8) + letter + s.slice(9, 11);
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * (w[i] ?? 0);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === s.charCodeAt(11) - 48;
}

/** German Krankenversichertennummer: letter + 8 digits + check (letter as 2 digits, Luhn-like 1-2 weights). */
export function deHealthInsuranceValid(code: string): boolean {
  const s = code.toUpperCase();
  if (!/^[A-Z]\d{9}$/.test(s)) return false;
  const digits = String(s.charCodeAt(0) - 64).padStart(2, "0") + s.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let p = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    sum += p;
  }
  return sum % 10 === s.charCodeAt(9) - 48;
}

/**
 * German ID card / passport serial: 9 chars from [CFGHJKLMNPRTVWXYZ0-9] (no vowels), starting with a letter; when a
 * 10th character follows (the machine-readable zone's check digit), it must be the 7-3-1 weighted check digit.
 */
export function deDocumentNumberValid(code: string): boolean {
  const s = code.toUpperCase();
  if (!/^[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d?$/.test(s)) return false;
  if (s.length === 9) return true;
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const c = s.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 55;
    sum += v * (w[i % 3] ?? 0);
  }
  return sum % 10 === s.charCodeAt(9) - 48;
}
