/**
 * Seeded value generators for PII set 10 (Mulberry32, seed 0x10a5e7): every identifier is drawn here with the right
 * length and a valid check digit, or deliberately broken for the negatives. Formats from the issuers' published rules.
 */
import { luhnOk, mod97Ok, ibanOk } from "./checksums.js";

let s = 0x10a5e7 >>> 0;
/** Mulberry32: small, seeded, reproducible. */
export function rnd(): number {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
export const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join("");
const L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const letters = (n: number): string => Array.from({ length: n }, () => L[int(0, 25)]!).join("");

function luhnDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d);
  throw new Error("unreachable");
}
/** A card number with the given prefix and length, valid under Luhn, grouped 4-4-4-4 (or 4-6-5 for 15 digits). */
export function card(prefix: string, len = 16, sep = " "): string {
  const body = prefix + digits(len - prefix.length - 1);
  const n = body + luhnDigit(body);
  return len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : n.match(/.{1,4}/g)!.join(sep);
}
/** Same shape as card() but the last digit is changed so Luhn fails. */
export function badCard(prefix: string, len = 16, sep = " "): string {
  const good = card(prefix, len, "");
  const last = Number(good.at(-1));
  const n = good.slice(0, -1) + String((last + 1 + int(0, 7)) % 10);
  if (luhnOk(n)) throw new Error("badCard still valid");
  return n.match(/.{1,4}/g)!.join(sep);
}

/** IBAN with correct ISO 13616 check digits; bban is the national part; printed in groups of four unless compact. */
export function iban(cc: string, bban: string, compact = false): string {
  const num = (bban + cc + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of num) r = (r * 10 + Number(ch)) % 97;
  const v = cc + String(98 - r).padStart(2, "0") + bban;
  if (!ibanOk(v)) throw new Error("iban");
  return compact ? v : v.match(/.{1,4}/g)!.join(" ");
}
export function badIban(cc: string, bban: string): string {
  const good = iban(cc, bban, true);
  const ck = Number(good.slice(2, 4));
  const v = good.slice(0, 2) + String(((ck + 1 + int(0, 40)) % 97) + 2).padStart(2, "0") + good.slice(4);
  if (ibanOk(v)) return badIban(cc, bban);
  return v.match(/.{1,4}/g)!.join(" ");
}
export const ibanDE = () => iban("DE", digits(18));
export const ibanFR = () => iban("FR", digits(10) + digits(11) + digits(2));
export const ibanES = () => iban("ES", digits(20));
export const ibanIT = () => iban("IT", letters(1) + digits(10) + digits(12));
export const ibanNL = () => iban("NL", letters(4) + digits(10));
export const ibanPL = () => iban("PL", digits(24));
export const ibanGB = () => iban("GB", letters(4) + digits(14));
export const ibanBE = () => iban("BE", digits(12));
export const ibanPT = () => iban("PT", digits(21));

/** NHS number: 9 digits and a mod-11 check digit (remainder 10 is not issued, so redraw). */
export function nhs(bad = false): string {
  for (;;) {
    const b = digits(9);
    const sum = [...b].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
    const c = 11 - (sum % 11);
    if (c === 10) continue;
    const cd = c === 11 ? 0 : c;
    const last = bad ? (cd + int(1, 9)) % 10 : cd;
    const n = b + last;
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}
/** SSN in an issuable range: area 001-899 except 666, group 01-99, serial 0001-9999. */
export function ssn(): string {
  let a = int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, "0")}-${String(int(1, 99)).padStart(2, "0")}-${String(int(1, 9999)).padStart(4, "0")}`;
}
/** German Steuer-IdNr: 11 digits, first not 0, one digit repeated in the first ten, ISO 7064 MOD 11,10 check. */
export function steuerId(): string {
  for (;;) {
    const ds = [int(1, 9)];
    while (ds.length < 10) ds.push(int(0, 9));
    const counts = new Map<number, number>();
    for (const d of ds) counts.set(d, (counts.get(d) ?? 0) + 1);
    const reps = [...counts.values()].filter((c) => c > 1);
    if (reps.length !== 1 || reps[0]! > 3) continue;
    return ds.join("") + steuerCheck(ds.join(""));
  }
}
export function steuerCheck(ten: string): string {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return String(c === 10 ? 0 : c);
}
/** Dutch BSN: 9 digits passing the elfproef (weights 9..2, last digit weight -1). */
export function bsn(): string {
  for (;;) {
    const b = digits(8);
    if (b[0] === "0") continue;
    const sum = [...b].reduce((a, d, i) => a + Number(d) * (9 - i), 0);
    const c = sum % 11;
    if (c === 10) continue;
    return b + c;
  }
}
/** Polish PESEL for a birth date (months +20 for 2000s) with weights 1,3,7,9 and mod-10 check. */
export function pesel(y: number, m: number, d: number, female: boolean): string {
  const mm = y >= 2000 ? m + 20 : m;
  const serial = digits(3) + String(female ? 2 * int(0, 4) : 2 * int(0, 4) + 1);
  const b = String(y % 100).padStart(2, "0") + String(mm).padStart(2, "0") + String(d).padStart(2, "0") + serial;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...b].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0);
  return b + ((10 - (sum % 10)) % 10);
}
/** Spanish DNI/NIF: 8 digits and the mod-23 control letter. */
export function dni(): string {
  const n = int(10000000, 79999999);
  return String(n) + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]!;
}
/** Brazilian CPF with both check digits, printed 000.000.000-00. */
export function cpf(): string {
  for (;;) {
    const b = digits(9).split("").map(Number);
    if (b.every((d) => d === b[0])) continue;
    const d1 = ((b.reduce((a, d, i) => a + d * (10 - i), 0) * 10) % 11) % 10;
    const d2 = (([...b, d1].reduce((a, d, i) => a + d * (11 - i), 0) * 10) % 11) % 10;
    const s = [...b, d1, d2].join("");
    return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
  }
}
// Verhoeff tables for Aadhaar.
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0,4,3,2,1,5,6,7,8,9];
export function verhoeffOk(n: string): boolean {
  let c = 0;
  [...n].reverse().forEach((ch, i) => { c = VD[c]![VP[i % 8]![Number(ch)]!]!; });
  return c === 0;
}
/** Aadhaar: 12 digits, first 2-9, Verhoeff check digit; printed 4-4-4. */
export function aadhaar(): string {
  const b = String(int(2, 9)) + digits(10);
  let c = 0;
  [...b].reverse().forEach((ch, i) => { c = VD[c]![VP[(i + 1) % 8]![Number(ch)]!]!; });
  const n = b + VINV[c];
  if (!verhoeffOk(n)) throw new Error("verhoeff");
  return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
}
/** French NIR (numéro de sécurité sociale): 13 digits + key 97 - (n mod 97), printed with spaces. */
export function nir(female: boolean, yy: number, mm: number, dept: string): string {
  const b = (female ? "2" : "1") + String(yy).padStart(2, "0") + String(mm).padStart(2, "0") + dept + digits(3) + digits(3);
  const key = 97 - Number(BigInt(b) % 97n);
  const k = String(key).padStart(2, "0");
  return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${k}`;
}
// Codice fiscale check character tables (odd positions use the odd table, 1-indexed).
const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
export function cfCheck(fifteen: string): string {
  let sum = 0;
  [...fifteen].forEach((ch, i) => {
    sum += i % 2 === 0 ? CF_ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  });
  return L[sum % 26]!;
}
const cons = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, "").replace(/[AEIOU]/g, "");
const vows = (s: string) => s.toUpperCase().replace(/[^AEIOU]/g, "");
/** Italian codice fiscale from surname, name, birth date, sex and the comune's cadastral code. */
export function codiceFiscale(surname: string, name: string, y: number, m: number, d: number, female: boolean, comune: string): string {
  const sur = (cons(surname) + vows(surname) + "XXX").slice(0, 3);
  const c = cons(name);
  const nm = c.length >= 4 ? c[0]! + c[2]! + c[3]! : (c + vows(name) + "XXX").slice(0, 3);
  const body = sur + nm + String(y % 100).padStart(2, "0") + "ABCDEHLMPRST"[m - 1]! + String(female ? d + 40 : d).padStart(2, "0") + comune;
  return body + cfCheck(body);
}
export { luhnOk, mod97Ok };
