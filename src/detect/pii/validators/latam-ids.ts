import { allSameDigit, isDigits, weightedSum } from "./checksums.js";

/** `11 - (sum mod 11)`, with 10 and 11 mapped to 0 (the rule of the Brazilian CPF/CNPJ check digits). */
function mod11Digit(sum: number): number {
  const r = 11 - (sum % 11);
  return r >= 10 ? 0 : r;
}

/**
 * Brazilian CPF (Cadastro de Pessoas Físicas): 11 digits, two mod-11 check digits (weights 10..2 then 11..2).
 * Numbers of one repeated digit pass the arithmetic but are not issued (the Receita Federal rejects them).
 */
export function brCpfValid(d: string): boolean {
  if (d.length !== 11 || !isDigits(d) || allSameDigit(d)) return false;
  const c1 = mod11Digit(weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]));
  if (c1 !== d.charCodeAt(9) - 48) return false;
  return mod11Digit(weightedSum(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2])) === d.charCodeAt(10) - 48;
}

/** Brazilian CNPJ (company register): 14 digits, two mod-11 check digits (weights 5..2,9..2 then 6..2,9..2). */
export function brCnpjValid(d: string): boolean {
  if (d.length !== 14 || !isDigits(d) || allSameDigit(d)) return false;
  const c1 = mod11Digit(weightedSum(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  if (c1 !== d.charCodeAt(12) - 48) return false;
  return mod11Digit(weightedSum(d, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) === d.charCodeAt(13) - 48;
}

/** Prefixes AFIP issues: 20/23/24/27 people, 30/33/34 companies (23/33 when the usual prefix collides). */
const AR_CUIT_PREFIXES = new Set(["20", "23", "24", "27", "30", "33", "34"]);

/**
 * Argentine CUIT/CUIL: 11 digits (type prefix, DNI, check digit), weights 5,4,3,2,7,6,5,4,3,2, check = 11 - sum mod
 * 11, where 11 means 0 and 10 is never issued (AFIP changes the prefix to 23/33 instead).
 */
export function arCuitValid(d: string): boolean {
  if (d.length !== 11 || !isDigits(d) || !AR_CUIT_PREFIXES.has(d.slice(0, 2))) return false;
  const r = 11 - (weightedSum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  const check = r === 11 ? 0 : r;
  return check !== 10 && check === d.charCodeAt(10) - 48;
}

/**
 * Chilean RUT/RUN: the body's digits weighted 2,3,4,5,6,7 from the right (repeating), check = 11 - sum mod 11, where
 * 11 is "0" and 10 is "K". `body` is the digits without dots, `check` the character after the dash.
 */
export function clRutValid(body: string, check: string): boolean {
  if (body.length < 7 || body.length > 8 || !isDigits(body) || body[0] === "0") return false;
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += (body.charCodeAt(i) - 48) * w;
  const r = 11 - (sum % 11);
  const expected = r === 11 ? "0" : r === 10 ? "K" : String(r);
  return expected === check.toUpperCase();
}

const CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
/** The state codes of the CURP (32 states, and NE for people born abroad). */
const CURP_STATES = new Set(
  "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ YN ZS NE".split(" "),
);

/**
 * Mexican CURP: four letters, birth date YYMMDD, sex (H/M, X since 2023), state code, three consonants, a
 * homonym character (a digit for births before 2000, a letter after) and a check digit: the first 17 characters
 * in the alphabet 0-9A-NÑO-Z weighted 18..2, check = (10 - sum mod 10) mod 10.
 */
export function mxCurpValid(s: string): boolean {
  const u = s.toUpperCase();
  const m = /^[A-Z][AEIOUX][A-Z]{2}(\d{2})(\d{2})(\d{2})[HMX]([A-Z]{2})[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$/.exec(u);
  if (!m || !CURP_STATES.has(m[4]!)) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_CHARS.indexOf(u[i]!) * (18 - i);
  return (10 - (sum % 10)) % 10 === u.charCodeAt(17) - 48;
}

/** The RFC's alphabet: each character's value is its index (space 37 pads a company's three letters to four). */
const RFC_CHARS = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
/** Generic RFCs the SAT prescribes for the general public and for foreigners: placeholders, no one's number. */
const RFC_GENERIC = new Set(["XAXX010101000", "XEXX010101000"]);

/** What an RFC's structure and its check character say: no RFC, an RFC whose check fails, or a checked one. */
export type RfcVerdict = "invalid" | "structure" | "checked";

/**
 * Mexican RFC (Registro Federal de Contribuyentes), without separators: four letters of a person's names (three of a
 * company's), the date of birth or incorporation YYMMDD, a two-character homonym key and a check character. The check
 * weighs the first twelve characters (a company's RFC padded with a leading space) 13..2 in `RFC_CHARS`; the
 * check is (11 - sum mod 11) mod 11, 10 written A. Some RFCs in use were issued with a check character that fails
 * this, so a failing one is "structure" (a label makes it an RFC), not "invalid".
 */
export function mxRfcVerdict(s: string): RfcVerdict {
  const u = s.toUpperCase();
  const m = /^[A-ZÑ&]{3,4}(\d{2})(\d{2})(\d{2})[A-Z\d]{2}[\dA]$/.exec(u);
  if (!m || RFC_GENERIC.has(u)) return "invalid";
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return "invalid";
  const body = u.slice(0, -1).padStart(12, " ");
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += RFC_CHARS.indexOf(body[i]!) * (13 - i);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? "A" : String(check)) === u.slice(-1) ? "checked" : "structure";
}

/** DIAN's weights for the Colombian NIT's check digit, from the rightmost digit of the body leftwards. */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/**
 * Colombian NIT (Número de Identificación Tributaria): a body of up to 15 digits and a check digit, the body weighted
 * from the right by `NIT_WEIGHTS`; r = sum mod 11, check = r when r < 2, else 11 - r.
 */
export function coNitValid(body: string, check: string): boolean {
  if (body.length < 6 || body.length > 15 || !isDigits(body) || !isDigits(check) || check.length !== 1 || allSameDigit(body)) return false;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * NIT_WEIGHTS[i]!;
  const r = sum % 11;
  return (r < 2 ? r : 11 - r) === check.charCodeAt(0) - 48;
}
