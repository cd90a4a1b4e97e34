/** Fixed-seed generators of checksum-valid synthetic identifiers for the third PII red-team set (independent of src/). */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
export function phoneValid(v: string, regions: string[]): boolean { const n = v.replace(/[^\d+]/g, ""); return regions.some((r) => parsePhoneNumberFromString(n, r as never)?.isValid() ?? false); }

let seed = 0x3a5e_9d41;
export function rnd(): number { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
export const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", D = "0123456789";
export function rs(alpha: string, n: number): string { let o = ""; for (let i = 0; i < n; i++) o += alpha[Math.floor(rnd() * alpha.length)]; return o; }
export const digits = (n: number) => rs(D, n);
export const pad = (n: number, w: number) => String(n).padStart(w, "0");
export function group(n: string, sizes: number[], sep: string): string { const out: string[] = []; let i = 0; for (const z of sizes) { out.push(n.slice(i, i + z)); i += z; } if (i < n.length) out.push(n.slice(i)); return out.join(sep); }
export const spaced = (s: string) => s.replace(/(.{4})/g, "$1 ").trim();

// cards (Luhn + issuer prefix)
export function luhnOk(n: string): boolean { let s = 0, alt = false; for (let i = n.length - 1; i >= 0; i--) { let d = +n[i]!; if (alt) { d *= 2; if (d > 9) d -= 9; } s += d; alt = !alt; } return s % 10 === 0; }
export function luhnComplete(body: string): string { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error("luhn"); }
export const card = {
  visa: () => luhnComplete("4" + pick(["147", "539", "916", "024"]) + digits(11)),
  mc: () => luhnComplete(pick(["51", "53", "55", "2221", "2720"]).padEnd(4, String(int(0, 9))) + digits(11)),
  amex: () => luhnComplete(pick(["34", "37"]) + digits(12)),
  disc: () => luhnComplete("6011" + digits(11)),
  jcb: () => luhnComplete("35" + String(int(28, 89)) + digits(11)),
};
export const fmtCard = (n: string, sep = " ") => (n.length === 15 ? group(n, [4, 6, 5], sep) : group(n, [4, 4, 4, 4], sep));

// IBAN (ISO 13616 mod 97)
function mod97(s: string): number { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + +d) % 97; } return r; }
export function iban(cc: string, bban: string): string { return cc + pad(98 - mod97(bban + cc + "00"), 2) + bban; }
export const ibanOk = (s: string) => { const c = s.replace(/\s/g, ""); return mod97(c.slice(4) + c.slice(0, 4)) === 1; };
function beBban() { const n = int(1, 9) + digits(9); let c = Number(BigInt(n) % 97n); if (c === 0) c = 97; return n + pad(c, 2); }
export const ibans: Record<string, () => string> = {
  DE: () => iban("DE", pick(["43060967", "12030000", "60050101", "76026000"]) + digits(10)),
  FR: () => iban("FR", pick(["30002", "17569", "12506"]) + digits(5) + digits(11) + digits(2)),
  ES: () => iban("ES", pick(["0081", "1465", "0128"]) + digits(4) + digits(2) + digits(10)),
  IT: () => iban("IT", pick(U.split("")) + pick(["03062", "01030", "03111"]) + digits(5) + digits(12)),
  NL: () => iban("NL", pick(["SNSB", "ASNB", "KNAB", "BUNQ"]) + digits(10)),
  GB: () => iban("GB", pick(["HBUK", "NAIA", "CPBK"]) + pick(["400515", "070116", "089299"]) + digits(8)),
  PL: () => iban("PL", digits(24)),
  BE: () => iban("BE", beBban()),
  AT: () => iban("AT", pick(["14000", "19043", "60000"]) + digits(11)),
  CH: () => iban("CH", pick(["00700", "09000"]) + digits(12)),
  PT: () => iban("PT", pick(["0007", "0033", "0018"]) + digits(17)),
  SE: () => iban("SE", pick(["500", "800", "300"]) + digits(17)),
  IE: () => iban("IE", pick(["AIBK", "BOFI", "IPBS"]) + digits(14)),
  LU: () => iban("LU", pick(["001", "019", "002"]) + digits(13)),
  NO: () => iban("NO", digits(11)),
  DK: () => iban("DK", digits(14)),
  FI: () => iban("FI", digits(14)),
  HR: () => iban("HR", digits(17)),
  CZ: () => iban("CZ", pick(["0800", "2010", "0300"]) + digits(16)),
  RO: () => iban("RO", pick(["BTRL", "RNCB", "BRDE"]) + rs(U + D, 16)),
  GR: () => iban("GR", digits(23)),
  MT: () => iban("MT", "VALL" + digits(5) + rs(U + D, 18)),
};

// national identifiers
export function ssn(): string { for (;;) { const a = int(1, 772); if (a === 666) continue; return `${pad(a, 3)}-${pad(int(1, 99), 2)}-${pad(int(1, 9999), 4)}`; } }
export function itin(): string { return `9${digits(2)}-${pick([70, 71, 78, 83, 88, 92, 94])}-${digits(4)}`; }
export function nino(): string { const f = "ABCEGHJKLMNOPRSTWXYZ", s = "ABCEGHJKLMNPRSTWXYZ"; for (;;) { const p = pick(f.split("")) + pick(s.split("")); if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) continue; return p + digits(6) + pick(["A", "B", "C", "D"]); } }
export function nhs(): string { for (;;) { const b = int(4, 7) + digits(8); const s = b.split("").reduce((a, c, i) => a + +c * (10 - i), 0); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; return b + c; } }
export function deSteuerId(): string {
  for (;;) {
    const ds = "0123456789".split("").sort(() => rnd() - 0.5); if (ds[0] === "0") continue;
    const nine = ds.slice(0, 9); const ten = [...nine, nine[int(0, 8)]!].sort(() => rnd() - 0.5); if (ten[0] === "0") continue;
    let p = 10; for (const c of ten) { let s = (+c + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11; }
    let chk = 11 - p; if (chk === 10) chk = 0; return ten.join("") + chk;
  }
}
export function frNir(sex: 1 | 2, yy: number, mm: number, dept: string): string { const b = `${sex}${pad(yy, 2)}${pad(mm, 2)}${dept}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`; return b + pad(97 - Number(BigInt(b) % 97n), 2); }
export const fmtNir = (n: string) => group(n, [1, 2, 2, 2, 3, 3, 2], " ");
const DNI = "TRWAGMYFPDXBNJZSQVHLCKE";
export function dni(): string { const n = pad(int(1000000, 99999999), 8); return n + DNI[+n % 23]; }
export function nie(): string { const p = pick(["X", "Y", "Z"]); const n = digits(7); return p + n + DNI[+("XYZ".indexOf(p) + n) % 23]; }
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (ch: string, odd: boolean) => { const i = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65; return odd ? ODD[i]! : i; };
const cinChar = (s: string) => U[s.split("").reduce((a, ch, i) => a + cfVal(ch, i % 2 === 0), 0) % 26]!;
function cfPart(name: string, first: boolean) { const s = name.toUpperCase().normalize("NFD").replace(/[^A-Z]/g, ""); const cons = s.replace(/[AEIOU]/g, "").split(""), vow = s.replace(/[^AEIOU]/g, "").split(""); if (first && cons.length >= 4) return cons[0]! + cons[2]! + cons[3]!; return (cons.join("") + vow.join("") + "XXX").slice(0, 3); }
export function codiceFiscale(sur: string, name: string, y: number, m: number, d: number, female: boolean, town: string): string { const body = cfPart(sur, false) + cfPart(name, true) + pad(y % 100, 2) + "ABCDEHLMPRST"[m - 1] + pad(d + (female ? 40 : 0), 2) + town; return body + cinChar(body); }
export function bsn(): string { for (;;) { const n = int(1, 6) + digits(8); const s = n.split("").reduce((a, d, i) => a + +d * (i < 8 ? 9 - i : -1), 0); if (s % 11 === 0) return n; } }
export function pesel(y: number, m: number, d: number, female: boolean): string { const mm = m + (y >= 2000 ? 20 : 0); const b = pad(y % 100, 2) + pad(mm, 2) + pad(d, 2) + digits(3) + (female ? pick(["0", "2", "4", "6", "8"]) : pick(["1", "3", "5", "7", "9"])); const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; return b + (10 - (b.split("").reduce((a, c, i) => a + +c * w[i]!, 0) % 10)) % 10; }
export function sePnr(y: number, m: number, d: number, long = false): string { const full = luhnComplete(pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + digits(3)); return (long ? String(Math.floor(y / 100)) : "") + full.slice(0, 6) + "-" + full.slice(6); }
export function hetu(y: number, m: number, d: number): string { const ind = pad(int(2, 899), 3); const n = +(pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + ind); return pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + (y >= 2000 ? "A" : "-") + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]; }
/** Belgian national register number yy.mm.dd-sss.cc (check = 97 - n mod 97; born ≥ 2000: prefix 2). */
export function beNrn(y: number, m: number, d: number): string { const b = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(int(1, 997), 3); const n = BigInt((y >= 2000 ? "2" : "") + b); const c = pad(97 - Number(n % 97n), 2); return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${c}`; }
/** Danish CPR (no mod 11 since 2007). */
export function dkCpr(y: number, m: number, d: number) { return pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + "-" + digits(4); }
export function aba(): string { for (;;) { const b = pad(pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]), 2) + digits(6); for (let c = 0; c < 10; c++) { const d = (b + c).split("").map(Number); if ((3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0) return b + c; } } }
export function caSin(): string { for (;;) { const n = luhnComplete(pick(["1", "2", "3", "4", "5", "6", "7", "9"]) + digits(7)); return group(n, [3, 3, 3], " "); } }
export const mac = (sep = ":") => Array.from({ length: 6 }, () => rs("0123456789abcdef", 2)).join(sep);
export const ipv4 = () => `${pick([37, 84, 109, 151, 185, 203, 46, 95])}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`;
export const ipv6 = () => `2001:${pick(["4860", "67c", "db8a", "41d0"])}:${rs("0123456789abcdef", 4)}:${rs("0123456789abcdef", 4)}::${rs("0123456789abcdef", 3)}`;
