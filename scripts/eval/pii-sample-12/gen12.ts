/**
 * Seeded value generators for PII set 12 (Mulberry32, seed 0x12fa7e), written for this set. Every identifier is drawn
 * with a valid check digit (or deliberately broken with `broken*`); check.ts re-validates them with set 10's independent
 * validators. Phones are filled from a written template and redrawn until libphonenumber calls them valid for the region.
 */
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";

let s = 0x12fa7e >>> 0;
/** Starts the sequence again from `seed` (a later set draws its own values with these generators). */
export function reseed(seed: number): void {
  s = seed >>> 0;
}
/** Mulberry32: a small, well-known 32-bit PRNG; enough for reproducible test values. */
export function rnd(): number {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const digit = (): string => String(int(0, 9));
const digits = (n: number): string => Array.from({ length: n }, digit).join("");
const upper = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + int(0, 25))).join("");
const alnum = (n: number): string => Array.from({ length: n }, () => (rnd() < 0.3 ? String.fromCharCode(65 + int(0, 25)) : digit())).join("");

/** Fills each `#` with a digit until libphonenumber accepts the number for `region`. */
export function phone(region: string, template: string): string {
  for (let i = 0; i < 500; i++) {
    const v = template.replace(/#/g, digit);
    if (isValidPhoneNumber(v, region as CountryCode)) return v;
  }
  throw new Error(`no valid ${region} phone from ${template}`);
}

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
/** A Luhn-valid card number; `brand` picks prefix, length and grouping. */
export function card(brand: "visa" | "mc" | "amex" | "jcb" | "disc", sep = " "): string {
  const pre = { visa: "4" + digits(5), mc: String(int(51, 55)) + digits(4), amex: (rnd() < 0.5 ? "34" : "37") + digits(4), jcb: "35" + String(int(28, 89)) + digits(2), disc: "6011" + digits(2) }[brand];
  const len = brand === "amex" ? 15 : 16;
  const body = pre + digits(len - 1 - pre.length);
  const d = body + luhnDigit(body);
  return brand === "amex" ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep) : d.match(/.{4}/g)!.join(sep);
}

const BBAN: Record<string, () => string> = {
  DE: () => digits(18), AT: () => digits(16), CH: () => digits(17), FR: () => digits(10) + alnum(11) + digits(2), BE: () => digits(12),
  ES: () => digits(20), IT: () => upper(1) + digits(10) + alnum(12), PT: () => digits(21), NL: () => upper(4) + digits(10),
  PL: () => digits(24), GB: () => upper(4) + digits(14), IE: () => upper(4) + digits(14), SE: () => digits(20), NO: () => digits(11),
  DK: () => digits(14), FI: () => digits(14), CZ: () => digits(20), SK: () => digits(20), RO: () => upper(4) + alnum(16), HU: () => digits(24),
  GR: () => digits(23), TR: () => digits(5) + "0" + alnum(16), SA: () => digits(2) + alnum(18), AE: () => digits(19), HR: () => digits(17),
  LT: () => digits(16), EE: () => digits(16), BG: () => upper(4) + digits(6) + alnum(8), LU: () => digits(3) + alnum(13),
};
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}
const toNum = (s: string) => s.replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55));
/** A mod-97-valid IBAN, printed in groups of four unless `compact`. */
export function iban(country: string, compact = false): string {
  const bban = BBAN[country]!();
  const check = String(98 - mod97(toNum(bban + country + "00"))).padStart(2, "0");
  const v = country + check + bban;
  return compact ? v : v.match(/.{1,4}/g)!.join(" ");
}
/** Changes the last digit so the checksum fails (for negatives). */
export function brokenLast(v: string): string {
  const i = v.search(/\d(?=\D*$)/);
  return v.slice(0, i) + String((Number(v[i]) + 3) % 10) + v.slice(i + 1);
}
/** An IBAN whose two check digits are wrong. */
export function brokenIban(country: string): string {
  const v = iban(country);
  const cd = Number(v.slice(2, 4));
  return v.slice(0, 2) + String(cd === 97 ? 2 : cd + 1).padStart(2, "0") + v.slice(4);
}

export function nhs(): string {
  for (;;) {
    const b = digits(9).replace(/^0/, "4");
    const sum = [...b].reduce((a, x, i) => a + Number(x) * (10 - i), 0);
    const c = 11 - (sum % 11);
    if (c === 10) continue;
    const d = b + (c === 11 ? 0 : c);
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}
export function ssn(sep = "-"): string {
  let a = int(1, 899);
  if (a === 666) a = 667;
  return [String(a).padStart(3, "0"), String(int(1, 99)).padStart(2, "0"), String(int(1, 9999)).padStart(4, "0")].join(sep);
}
/** German Steuer-ID: one digit twice among the first ten, first not 0, ISO 7064 MOD 11,10 check digit. */
export function steuerId(): string {
  for (;;) {
    const pool = [..."0123456789"].sort(() => rnd() - 0.5).slice(0, 9);
    const ten = [...pool, pool[int(0, 8)]!].sort(() => rnd() - 0.5);
    if (ten[0] === "0") continue;
    let product = 10;
    for (const ch of ten) { let sum = (Number(ch) + product) % 10; if (sum === 0) sum = 10; product = (sum * 2) % 11; }
    const c = 11 - product;
    const d = ten.join("") + (c === 10 ? 0 : c);
    return `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}`;
  }
}
export function bsn(): string {
  for (;;) {
    const b = String(int(1, 9)) + digits(7);
    const sum = [...b].reduce((a, x, i) => a + Number(x) * (9 - i), 0);
    const last = sum % 11;
    if (last > 9) continue;
    return b + last;
  }
}
export function pesel(yyyy: number, mm: number, dd: number, female: boolean): string {
  const m = mm + (yyyy >= 2000 ? 20 : 0);
  const serial = digits(3) + String(female ? int(0, 4) * 2 : int(0, 4) * 2 + 1);
  const b = String(yyyy % 100).padStart(2, "0") + String(m).padStart(2, "0") + String(dd).padStart(2, "0") + serial;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...b].reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return b + ((10 - (sum % 10)) % 10);
}
export function dni(): string {
  const n = digits(8);
  return n + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(n) % 23]!;
}
export function cpf(): string {
  const d = digits(9).split("").map(Number);
  const d1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10;
  const d2 = (([...d, d1].reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10;
  const v = [...d, d1, d2].join("");
  return `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
}
export function nir(female: boolean, yy: number, mm: number, dept: string): string {
  const b = (female ? "2" : "1") + String(yy).padStart(2, "0") + String(mm).padStart(2, "0") + dept + digits(3) + digits(3);
  const key = String(97 - Number(BigInt(b) % 97n)).padStart(2, "0");
  return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${key}`;
}
// Verhoeff tables (multiplication, permutation, inverse), as published for the dihedral group D5.
const VM = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VPERM = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function aadhaar(sep = " "): string {
  const b = String(int(2, 9)) + digits(10);
  let c = 0;
  [...b].reverse().forEach((ch, i) => { c = VM[c]![VPERM[(i + 1) % 8]![Number(ch)]!]!; });
  const d = b + VINV[c];
  return [d.slice(0, 4), d.slice(4, 8), d.slice(8)].join(sep);
}
export function pan(surnameInitial: string): string {
  return upper(3) + "P" + surnameInitial.toUpperCase() + digits(4) + upper(1);
}
const ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
const cons = (w: string) => w.toUpperCase().replace(/[^A-Z]/g, "").replace(/[AEIOU]/g, "");
const vow = (w: string) => w.toUpperCase().replace(/[^AEIOU]/g, "");
/** Italian codice fiscale from the person's data (surname/name letter rules, month letter, day +40 for women, Belfiore code). */
export function codiceFiscale(surname: string, name: string, yyyy: number, mm: number, dd: number, female: boolean, belfiore: string): string {
  const sur = (cons(surname) + vow(surname) + "XXX").slice(0, 3);
  const nc = cons(name);
  const nm = nc.length >= 4 ? nc[0]! + nc[2]! + nc[3]! : (nc + vow(name) + "XXX").slice(0, 3);
  const body = sur + nm + String(yyyy % 100).padStart(2, "0") + "ABCDEHLMPRST"[mm - 1]! + String(dd + (female ? 40 : 0)).padStart(2, "0") + belfiore;
  let sum = 0;
  [...body].forEach((ch, i) => { sum += i % 2 === 0 ? ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65; });
  return body + String.fromCharCode(65 + (sum % 26));
}
