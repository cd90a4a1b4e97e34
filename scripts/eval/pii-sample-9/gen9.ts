/** Deterministic value makers for set 9 (Mulberry32 seeded 0x9a11e9) returning marked spans ⟦TYPE|value⟧. */
import { iban, luhnDigit, nhsCheck } from "./checksums.js";

let st = 0x9a11e9;
export function rnd(): number {
  st = (st + 0x6d2b79f5) | 0;
  let t = st;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join("");
export const m = (t: string, v: string): string => `⟦${t}|${v}⟧`;

/** A Luhn-valid card number; `sep` groups 4-4-4-4 (Amex 4-6-5). `bad` flips the check digit. */
export function cardNo(prefix: string, len: number, sep = "", bad = false): string {
  const body = prefix + digits(len - prefix.length - 1);
  let d = luhnDigit(body); if (bad) d = (d + 3) % 10;
  const n = body + String(d);
  if (!sep) return n;
  const groups = len === 15 ? [4, 6, 5] : [4, 4, 4, 4];
  const out: string[] = []; let i = 0;
  for (const g of groups) { out.push(n.slice(i, i + g)); i += g; }
  return out.join(sep);
}
export const card = (prefix: string, len = 16, sep = ""): string => m("CREDIT_CARD", cardNo(prefix, len, sep));

const BBAN: Record<string, () => string> = {
  DE: () => digits(18), FR: () => digits(10) + "0" + digits(10) + digits(2), ES: () => digits(20), IT: () => "X" + digits(10) + digits(12),
  NL: () => "RABO" + digits(10), PT: () => digits(21), PL: () => digits(24), BE: () => digits(12), GB: () => "NWBK" + digits(14), TR: () => digits(5) + "0" + digits(16),
};
export function ibanNo(cc: string, spaced = false, bad = false): string {
  let v = iban(cc, BBAN[cc]!());
  if (bad) v = v.slice(0, 2) + String((Number(v.slice(2, 4)) + 7) % 97).padStart(2, "0") + v.slice(4);
  return spaced ? v.replace(/(.{4})/g, "$1 ").trim() : v;
}
export const ibanM = (cc: string, spaced = false): string => m("IBAN_CODE", ibanNo(cc, spaced));

export function nhsNo(bad = false): string {
  for (;;) {
    const nine = String(4 + Math.floor(rnd() * 5)) + digits(8);
    const c = nhsCheck(nine);
    if (c === null) continue;
    const v = nine + String(bad ? (c + 1) % 10 : c);
    return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;
  }
}
export const nhs = (): string => m("UK_NHS", nhsNo());
