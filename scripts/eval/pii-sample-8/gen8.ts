/** Value generators of the eighth PII set: a seeded PRNG and checksum-valid identifiers computed at build time (Luhn,
 *  IBAN mod 97, NHS mod 11, BSN 11-proof, DNI/NIE letters, PESEL, HETU, personnummer, Belgian and French mod 97, PT NIF
 *  mod 11, ABA routing 3-7-1), phone numbers valid per libphonenumber (max metadata), and their invalid look-alikes. */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

let seed = 0x5e8c962;
/** Mulberry32: the whole set is reproducible from the seed above. */
export function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0; let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
export const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join("");
const pad = (n: number, w: number): string => String(n).padStart(w, "0");

/** Luhn check digit of a digit string. */
export function luhnDigit(body: string): number {
  let s = 0;
  for (let i = 0; i < body.length; i++) { let d = Number(body[body.length - 1 - i]); if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } s += d; }
  return (10 - (s % 10)) % 10;
}
export const luhnOk = (n: string): boolean => luhnDigit(n.slice(0, -1)) === Number(n.slice(-1));
/** A Luhn-valid card of a brand, grouped as the brand prints it, with a separator. */
export function card(brand: "visa" | "mc" | "amex" | "disc" | "mc2", sep = " "): string {
  const pre = { visa: "4" + digits(5), mc: "5" + int(1, 5) + digits(4), mc2: "22" + int(30, 70) + digits(2), amex: pick(["34", "37"]) + digits(4), disc: "6011" + digits(2) }[brand];
  const len = brand === "amex" ? 15 : 16;
  const body = pre + digits(len - 1 - pre.length); const n = body + luhnDigit(body);
  const groups = brand === "amex" ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : [0, 4, 8, 12].map((i) => n.slice(i, i + 4));
  return groups.join(sep);
}
/** A 16-digit Visa-shaped number that fails Luhn. */
export function badCard(sep = " "): string {
  const body = "4" + digits(14); const n = body + ((luhnDigit(body) + int(1, 9)) % 10);
  return [0, 4, 8, 12].map((i) => n.slice(i, i + 4)).join(sep);
}

function mod97(s: string): number { let r = 0; for (const ch of s) r = (r * 10 + Number(ch)) % 97; return r; }
const ibanNum = (s: string): string => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
/** An IBAN with a valid mod-97 check for a country and a BBAN (letters allowed), printed in groups of four or compact. */
export function iban(cc: string, bban: string, grouped = true): string {
  const chk = pad(98 - mod97(ibanNum(bban + cc + "00")), 2); const s = cc + chk + bban;
  return grouped ? s.replace(/(.{4})/g, "$1 ").trim() : s;
}
export const ibanOk = (s: string): boolean => { const c = s.replace(/\s/g, ""); return mod97(ibanNum(c.slice(4) + c.slice(0, 4))) === 1; };
/** An IBAN with its check digits off by one (fails mod 97). */
export function badIban(cc: string, bban: string): string { const g = iban(cc, bban, false); const chk = (Number(g.slice(2, 4)) % 97) + 1; return (cc + pad(chk, 2) + bban).replace(/(.{4})/g, "$1 ").trim(); }
export const ibanOf = {
  GB: () => iban("GB", pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)),
  DE: () => iban("DE", digits(18)), FR: () => iban("FR", digits(10) + "A" + digits(10)), NL: () => iban("NL", pick(["ABNA", "INGB", "RABO"]) + digits(10)),
  ES: () => iban("ES", digits(20)), IT: () => iban("IT", "X" + digits(10) + digits(12)), BE: () => iban("BE", digits(12)), IE: () => iban("IE", "AIBK" + digits(14)),
  PL: () => iban("PL", digits(24)), CH: () => iban("CH", digits(17)), AT: () => iban("AT", digits(16)), PT: () => iban("PT", digits(21)),
};

/** NHS number (mod 11, weights 10..2), printed 3-3-4. */
export function nhs(sep = " "): string {
  for (;;) { const b = digits(9); const s = [...b].reduce((a, d, i) => a + Number(d) * (10 - i), 0); const c = 11 - (s % 11); if (c === 10) continue; const n = b + (c === 11 ? 0 : c); return [n.slice(0, 3), n.slice(3, 6), n.slice(6)].join(sep); }
}
/** An NHS-shaped number whose check digit is wrong. */
export function badNhs(): string { for (;;) { const n = nhs(""); const w = n.slice(0, 9) + ((Number(n[9]) + int(1, 9)) % 10); const s = [...w.slice(0, 9)].reduce((a, d, i) => a + Number(d) * (10 - i), 0); if ((11 - (s % 11)) % 11 !== Number(w[9])) return `${w.slice(0, 3)} ${w.slice(3, 6)} ${w.slice(6)}`; } }
/** UK National Insurance number with an allowed prefix. */
export function nino(spaced = true): string {
  const a = "ABCEGHJKLMNPRSTWXYZ", b2 = "ABCEGHJKLMNPRSTWXYZ";
  for (;;) { const p = pick([...a]) + pick([...b2]); if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p) || p[1] === "O") continue; const d = digits(6); const s = pick(["A", "B", "C", "D"]); return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : p + d + s; }
}
/** US SSN in issuable ranges (area not 000/666/9xx, group not 00, serial not 0000). */
export function ssn(sep = "-"): string { let a = int(1, 899); if (a === 666) a = 667; return [pad(a, 3), pad(int(1, 99), 2), pad(int(1, 9999), 4)].join(sep); }
/** US ITIN: 9xx, group 50-65/70-88/90-92/94-99. */
export function itin(): string { const g = pick([int(50, 65), int(70, 88), int(90, 92), int(94, 99)]); return `9${digits(2)}-${g}-${digits(4)}`; }
/** ABA routing number with the 3-7-1 checksum and a Federal Reserve prefix 01-12 / 21-32. */
export function aba(): string {
  const p = pad(pick([int(1, 12), int(21, 32)]), 2); const b = p + digits(6); const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = [...b].reduce((a, d, i) => a + Number(d) * w[i]!, 0); return b + ((10 - (s % 10)) % 10);
}
/** Dutch BSN (11-proof). */
export function bsn(): string { for (;;) { const b = digits(8); if (b[0] === "0") continue; const s = [...b].reduce((a, d, i) => a + Number(d) * (9 - i), 0); const c = s % 11; if (c === 10) continue; return b + c; } }
const DNI = "TRWAGMYFPDXBNJZSQVHLCKE";
export function dni(): string { const n = pad(int(10000000, 79999999), 8); return n + DNI[Number(n) % 23]; }
export function nie(): string { const x = int(0, 2); const n = digits(7); return "XYZ"[x]! + n + DNI[Number(String(x) + n) % 23]; }
/** PESEL for a date of birth (YYYY, MM, DD); female when `f`. */
export function pesel(y: number, m: number, d: number, f: boolean): string {
  const mm = m + (y >= 2000 ? 20 : 0); const ser = digits(3) + String(f ? pick([0, 2, 4, 6, 8]) : pick([1, 3, 5, 7, 9]));
  const b = pad(y % 100, 2) + pad(mm, 2) + pad(d, 2) + ser; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  return b + ((10 - ([...b].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 10)) % 10);
}
/** Finnish HETU for a date of birth in the 1900s. */
export function hetu(y: number, m: number, d: number): string { const ind = pad(int(2, 899), 3); const n = Number(pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + ind); return `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}-${ind}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]}`; }
/** Swedish personnummer YYMMDD-NNNC (Luhn over the nine digits). */
export function personnummer(y: number, m: number, d: number): string { const b = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + digits(3); return `${b.slice(0, 6)}-${b.slice(6)}${luhnCheckSe(b)}`; }
function luhnCheckSe(b: string): number { let s = 0; for (let i = 0; i < 9; i++) { let v = Number(b[i]) * (i % 2 === 0 ? 2 : 1); if (v > 9) v -= 9; s += v; } return (10 - (s % 10)) % 10; }
/** Belgian national register number YY.MM.DD-SSS.CC (born before 2000). */
export function beNn(y: number, m: number, d: number): string { const b = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + pad(int(1, 997), 3); const c = pad(97 - (Number(b) % 97), 2); return `${b.slice(0, 2)}.${b.slice(2, 4)}.${b.slice(4, 6)}-${b.slice(6)}.${c}`; }
/** French NIR (sex, YY, MM, département, commune, order) with its mod-97 key, spaced as on the carte Vitale. */
export function nir(sex: 1 | 2, y: number, m: number): string { const dep = pad(int(1, 95), 2); const com = pad(int(1, 990), 3); const ord = pad(int(1, 999), 3); const b = `${sex}${pad(y % 100, 2)}${pad(m, 2)}${dep}${com}${ord}`; const k = pad(97 - (Number(b) % 97), 2); return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${k}`; }
/** Portuguese NIF (mod 11, weights 9..2). */
export function ptNif(): string { const b = pick(["1", "2"]) + digits(7); const s = [...b].reduce((a, d, i) => a + Number(d) * (9 - i), 0); const c = 11 - (s % 11); return b + (c >= 10 ? 0 : c); }

type Style = "intl" | "national" | "e164" | "dots" | "dashes";
/** A phone number valid per libphonenumber for a region, drawn from national-number prefixes, in a printing style. */
export function phone(cc: CountryCode, prefixes: string[], len: number, style: Style = "intl"): string {
  for (let i = 0; i < 500; i++) {
    const pre = pick(prefixes); const nn = pre + digits(len - pre.length);
    const p = parsePhoneNumberFromString(nn, cc);
    if (!p || !p.isValid()) continue;
    if (style === "intl") return p.formatInternational();
    if (style === "national") return p.formatNational();
    if (style === "e164") return p.number;
    const nat = p.formatNational().replace(/[()]/g, "").replace(/\s+/g, " ").trim();
    return style === "dots" ? nat.replace(/[ -]/g, ".") : nat.replace(/ /g, "-");
  }
  throw new Error(`no valid phone for ${cc}`);
}
export const ph = {
  US: (s: Style = "national") => phone("US", ["212", "312", "415", "512", "617", "702", "206", "303", "404", "615"], 10, s),
  CA: (s: Style = "national") => phone("CA", ["416", "604", "514", "403"], 10, s),
  GB: (s: Style = "national") => phone("GB", ["7700", "7911", "7412", "7825", "20", "161", "131"], 10, s),
  IE: (s: Style = "national") => phone("IE", ["85", "87", "1"], 9, s),
  DE: (s: Style = "national") => phone("DE", ["151", "160", "170", "176", "30", "89"], 11, s),
  FR: (s: Style = "national") => phone("FR", ["6", "7", "1"], 9, s),
  ES: (s: Style = "national") => phone("ES", ["6", "91"], 9, s),
  IT: (s: Style = "national") => phone("IT", ["33", "34", "06"], 10, s),
  NL: (s: Style = "national") => phone("NL", ["6", "20"], 9, s),
  IN: (s: Style = "intl") => phone("IN", ["98", "99", "90", "70"], 10, s),
  AU: (s: Style = "national") => phone("AU", ["4", "2"], 9, s),
  JP: (s: Style = "national") => phone("JP", ["90", "80", "3"], 10, s),
  BR: (s: Style = "intl") => phone("BR", ["119", "219"], 11, s),
  MX: (s: Style = "intl") => phone("MX", ["55", "33"], 10, s),
  NG: (s: Style = "intl") => phone("NG", ["803", "806", "813"], 10, s),
  ZA: (s: Style = "intl") => phone("ZA", ["82", "83", "72"], 9, s),
  SE: (s: Style = "intl") => phone("SE", ["70", "73"], 9, s),
  PL: (s: Style = "intl") => phone("PL", ["50", "60", "69"], 9, s),
  PH: (s: Style = "intl") => phone("PH", ["917", "918"], 10, s),
  KR: (s: Style = "intl") => phone("KR", ["10"], 10, s),
};
/** An IPv4 address outside private, loopback and documentation ranges. */
export function ipv4(): string { for (;;) { const a = int(23, 217); if ([127, 169, 172, 192, 198, 203, 100].includes(a)) continue; return `${a}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`; } }
/** A global-unicast IPv6 address, compressed. */
export function ipv6(): string { const h = () => int(0, 65535).toString(16); return `${pick(["2a02", "2607", "2a01", "2001:41d0", "2600"])}:${h()}:${h()}:${h()}::${h()}`; }
export const hex = (n: number): string => Array.from({ length: n }, () => "0123456789abcdef"[int(0, 15)]).join("");
