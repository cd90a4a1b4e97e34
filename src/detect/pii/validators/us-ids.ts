import { allSameDigit, isDigits, isSequential, luhnValid } from "./checksums.js";

/** Publicly known SSNs printed on sample cards and in advertising: never a real person's. */
const SAMPLE_SSNS = new Set(["078051120", "219099999", "457555462", "123456789", "987654320"]);

/** US SSN structure: area not 000/666/900-999, group not 00, serial not 0000, not a sample. */
export function ssnValid(digits: string): boolean {
  if (digits.length !== 9 || !isDigits(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  if (allSameDigit(digits) || isSequential(digits) || SAMPLE_SSNS.has(digits)) return false;
  return true;
}

/** US ITIN: 9XX-GG-XXXX with group 50-65, 70-88, 90-92 or 94-99 (IRS ranges). */
export function itinValid(digits: string): boolean {
  if (digits.length !== 9 || !isDigits(digits) || digits[0] !== "9") return false;
  const g = Number(digits.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
}

/** ABA routing number: Federal Reserve prefix ranges and the 3-7-1 weighted checksum. */
export function abaValid(digits: string): boolean {
  if (digits.length !== 9 || !isDigits(digits) || allSameDigit(digits)) return false;
  const p = Number(digits.slice(0, 2));
  if (!((p >= 0 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  const d = (i: number) => digits.charCodeAt(i) - 48;
  const sum = 3 * (d(0) + d(3) + d(6)) + 7 * (d(1) + d(4) + d(7)) + (d(2) + d(5) + d(8));
  return sum % 10 === 0;
}

/** NPI: 10 digits starting 1 or 2, Luhn over the digits prefixed with the 80840 issuer code. */
export function npiValid(digits: string): boolean {
  if (digits.length !== 10 || !isDigits(digits)) return false;
  if (digits[0] !== "1" && digits[0] !== "2") return false;
  return luhnValid(`80840${digits}`);
}

const MBI_LETTER = "ACDEFGHJKMNPQRTUVWXY";
/**
 * Medicare Beneficiary Identifier: 11 chars C A AN N A AN N A A N N (C = 1-9, A = letter except
 * S L O I B Z, N = digit). There is no check digit; the positional alphabet is the evidence.
 */
export function mbiValid(compact: string): boolean {
  const s = compact.toUpperCase();
  if (s.length !== 11) return false;
  const isN = (c: string) => c >= "0" && c <= "9";
  const isA = (c: string) => MBI_LETTER.includes(c);
  const shape = "CAXNAXNAANN";
  for (let i = 0; i < 11; i++) {
    const c = s[i] ?? "";
    const k = shape[i];
    if (k === "C" && !(c >= "1" && c <= "9")) return false;
    if (k === "N" && !isN(c)) return false;
    if (k === "A" && !isA(c)) return false;
    if (k === "X" && !isN(c) && !isA(c)) return false;
  }
  return true;
}
