/**
 * Value generators for PII set 11 (seeded Mulberry32, seed 0x11b1d0): identifiers with valid check digits, and
 * deliberately broken ones for the negatives. Written for this set; check.ts re-validates every label with set 10's
 * independent validators, so a slip here fails the check instead of mislabelling a case.
 */
let state = 0x11b1d0 >>> 0;
/** Mulberry32: a small deterministic PRNG so a rebuild gives the same cases.json. */
export function rnd(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
export const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join("");
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const letters = (n: number): string => Array.from({ length: n }, () => UP[int(0, 25)]!).join("");
/** Fills every `#` of a pattern with a random digit (phones, order numbers). */
export const fill = (pattern: string): string => pattern.replace(/#/g, () => String(int(0, 9)));

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return (10 - (sum % 10)) % 10;
}
const CARD: Record<string, [string[], number]> = {
  visa: [["4"], 16], mc: [["51", "52", "53", "54", "55", "2221", "2720"], 16], amex: [["34", "37"], 15],
  discover: [["6011", "65"], 16], jcb: [["3528", "3566", "3589"], 16], unionpay: [["62"], 16], mir: [["2200", "2202", "2204"], 16],
};
function groupCard(d: string, sep: string): string {
  return d.length === 15 ? `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}` : d.match(/.{1,4}/g)!.join(sep);
}
/** A Luhn-valid card number of the brand, grouped with `sep`. */
export function card(brand: keyof typeof CARD, sep = " "): string {
  const [prefixes, len] = CARD[brand]!;
  const p = prefixes[int(0, prefixes.length - 1)]!;
  const body = p + digits(len - 1 - p.length);
  return groupCard(body + luhnDigit(body), sep);
}
/** Same shape, last digit off by one or more so Luhn fails. */
export function badCard(brand: keyof typeof CARD, sep = " "): string {
  const good = card(brand, "");
  const last = (Number(good.at(-1)) + int(1, 9)) % 10;
  return groupCard(good.slice(0, -1) + last, sep);
}

const IBAN_BBAN: Record<string, string> = {
  DE: "n18", AT: "n16", CH: "n17", FR: "n23", ES: "n20", IT: "a1n22", NL: "a4n10", BE: "n12", PL: "n24", PT: "n21",
  GB: "a4n14", IE: "a4n14", SE: "n20", NO: "n11", DK: "n14", FI: "n14", TR: "n22", SA: "n20", AE: "n19", LU: "n16",
  CZ: "n20", RO: "a4n16", GR: "n23", HU: "n24",
};
function mod97(s: string): number { let r = 0; for (const ch of s) r = (r * 10 + Number(ch)) % 97; return r; }
const num = (s: string) => s.replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55));
const group4 = (s: string) => s.match(/.{1,4}/g)!.join(" ");
/** A mod-97-valid IBAN for the country, printed in groups of four (or compact). */
export function iban(cc: keyof typeof IBAN_BBAN, compact = false): string {
  let bban = "";
  for (const m of IBAN_BBAN[cc]!.matchAll(/([an])(\d+)/g)) bban += m[1] === "a" ? letters(Number(m[2])) : digits(Number(m[2]));
  const check = String(98 - mod97(num(bban + cc + "00"))).padStart(2, "0");
  const s = cc + check + bban;
  return compact ? s : group4(s);
}
/** An IBAN whose check digits are wrong (mod 97 ≠ 1). */
export function badIban(cc: keyof typeof IBAN_BBAN): string {
  const s = iban(cc, true);
  const wrong = String(((Number(s.slice(2, 4)) + int(1, 40)) % 97) + 2).padStart(2, "0");
  return group4(s.slice(0, 2) + (wrong === s.slice(2, 4) ? String((Number(wrong) + 1) % 97 + 2).padStart(2, "0") : wrong) + s.slice(4));
}

/** An issuable SSN (not 000, 666, 9xx; group and serial not zero). */
export function ssn(): string {
  let a = int(1, 899); if (a === 666) a = 667;
  return `${String(a).padStart(3, "0")}-${String(int(1, 99)).padStart(2, "0")}-${String(int(1, 9999)).padStart(4, "0")}`;
}
export function nhs(valid = true): string {
  for (;;) {
    const d = digits(9);
    const sum = [...d].reduce((a, x, i) => a + Number(x) * (10 - i), 0);
    let c = 11 - (sum % 11); if (c === 11) c = 0; if (c === 10) continue;
    const last = valid ? c : (c + int(1, 9)) % 10;
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}${last}`;
  }
}
/** Steuer-IdNr: ten digits where one digit appears twice and one never, then ISO 7064 MOD 11,10. */
export function steuerId(): string {
  for (;;) {
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => rnd() - 0.5);
    const nine = pool.slice(0, 9); nine.push(nine[int(0, 8)]!);
    const d = nine.sort(() => rnd() - 0.5);
    if (d[0] === 0) continue;
    let product = 10;
    for (const x of d) { let s = (x + product) % 10; if (s === 0) s = 10; product = (s * 2) % 11; }
    const c = 11 - product;
    const s = d.join("") + (c === 10 ? 0 : c);
    return `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`;
  }
}
export function bsn(): string {
  for (;;) {
    const d = String(int(1, 9)) + digits(7);
    const r = [...d].reduce((a, x, i) => a + Number(x) * (9 - i), 0) % 11;
    if (r === 10) continue;
    return d + r;
  }
}
/** PESEL for a birth date (months +20 in the 2000s), sex digit odd for men. */
export function pesel(y: number, m: number, d: number, male: boolean): string {
  const mm = m + (y >= 2000 ? 20 : 0);
  const sexDigit = male ? int(0, 4) * 2 + 1 : int(0, 4) * 2;
  const s = `${String(y % 100).padStart(2, "0")}${String(mm).padStart(2, "0")}${String(d).padStart(2, "0")}${digits(3)}${sexDigit}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...s].reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return s + ((10 - (sum % 10)) % 10);
}
export function dni(): string {
  const n = String(int(10000000, 79999999));
  return n + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(n) % 23]!;
}
export function cpf(): string {
  const d = digits(9).split("").map(Number);
  const d1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10; d.push(d1);
  const d2 = ((d.reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10; d.push(d2);
  const s = d.join("");
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
/** French NIR: sex, YY, MM, département, commune, order, then key 97 − (n mod 97). */
export function nir(male: boolean, yy: number, mm: number, dep: string): string {
  const s = `${male ? 1 : 2}${String(yy).padStart(2, "0")}${String(mm).padStart(2, "0")}${dep}${digits(3)}${digits(3)}`;
  const key = String(97 - Number(BigInt(s) % 97n)).padStart(2, "0");
  return `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10, 13)} ${key}`;
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
/** Aadhaar: 11 digits (first 2-9) plus a Verhoeff check digit. */
export function aadhaar(): string {
  const body = String(int(2, 9)) + digits(10);
  let c = 0;
  [...body].reverse().forEach((ch, i) => { c = VD[c]![VP[(i + 1) % 8]![Number(ch)]!]!; });
  const s = body + VINV[c]!;
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}
const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
const cons = (s: string) => s.toUpperCase().replace(/[^A-Z]/g, "").replace(/[AEIOU]/g, "");
const vows = (s: string) => s.toUpperCase().replace(/[^AEIOU]/g, "");
/** Codice fiscale from surname, name, birth date, sex and the comune's cadastral code (e.g. H501 Roma). */
export function codiceFiscale(surname: string, name: string, y: number, m: number, d: number, female: boolean, comune: string): string {
  const sur = (cons(surname) + vows(surname) + "XXX").slice(0, 3);
  const c = cons(name);
  const nm = c.length >= 4 ? c[0]! + c[2]! + c[3]! : (c + vows(name) + "XXX").slice(0, 3);
  const body = `${sur}${nm}${String(y % 100).padStart(2, "0")}${"ABCDEHLMPRST"[m - 1]}${String(d + (female ? 40 : 0)).padStart(2, "0")}${comune}`;
  let sum = 0;
  [...body].forEach((ch, i) => { sum += i % 2 === 0 ? CF_ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65; });
  return body + String.fromCharCode(65 + (sum % 26));
}
/** PAN: 3 letters, P (person), the surname's initial, 4 digits, a letter (format only; no public check digit). */
export function pan(surname: string): string {
  return `${letters(3)}P${surname[0]!.toUpperCase()}${digits(4)}${letters(1)}`;
}
