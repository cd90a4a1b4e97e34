/** Extra fixed-seed generators for the fifth PII red-team set (identifiers sets 3 and 4 lack); independent of src/. */
import { createHash } from "node:crypto";
import { digits, int, luhnComplete, luhnOk, pad, pick, rs } from "../pii-sample-3/gen.js";

const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffOk(n: string): boolean { let c = 0; n.split("").reverse().forEach((d, i) => { c = VD[c]![VP[i % 8]![+d]!]!; }); return c === 0; }
/** Indian Aadhaar: 12 digits, first 2-9, Verhoeff check digit; printed as 4 4 4. */
export function aadhaar(sep = " "): string { let c = 0; const b = String(int(2, 9)) + digits(10); b.split("").reverse().forEach((d, i) => { c = VD[c]![VP[(i + 1) % 8]![+d]!]!; }); const n = b + VINV[c]; return [n.slice(0, 4), n.slice(4, 8), n.slice(8)].join(sep); }
/** Indian PAN of an individual: AAAPX9999A, 5th letter = surname initial. */
export function pan(surname: string): string { return rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + "P" + surname[0]!.toUpperCase() + digits(4) + rs("ABCDEFGHJKLMNPQRSTUVWXYZ", 1); }
/** Australian TFN: 9 digits, weights 1 4 3 7 5 8 6 9 10, sum mod 11 = 0; printed 3 3 3. */
export function auTfn(sep = " "): string { const w = [1, 4, 3, 7, 5, 8, 6, 9, 10]; for (;;) { const n = String(int(1, 9)) + digits(8); if (n.split("").reduce((a, c, i) => a + +c * w[i]!, 0) % 11 === 0) return [n.slice(0, 3), n.slice(3, 6), n.slice(6)].join(sep); } }
/** Australian Medicare card: 8 digits (first 2-6), check digit, issue number; printed 4 5 1. */
export function auMedicare(): string { const b = String(int(2, 6)) + digits(7); const w = [1, 3, 7, 9, 1, 3, 7, 9]; const c = b.split("").reduce((a, d, i) => a + +d * w[i]!, 0) % 10; const n = b + c + int(1, 5); return `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}`; }
/** South African ID: YYMMDD SSSS C 8 Z (Luhn). */
export function zaId(y: number, m: number, d: number, female: boolean): string { const s = female ? pad(int(0, 4999), 4) : pad(int(5000, 9999), 4); return luhnComplete(pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + s + "08"); }
/** Korean resident registration number YYMMDD-SNNNNNC. */
export function krRrn(y: number, m: number, d: number, female: boolean): string { const s = y >= 2000 ? (female ? 4 : 3) : female ? 2 : 1; const b = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + s + digits(5); const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]; const c = (11 - (b.split("").reduce((a, x, i) => a + +x * w[i]!, 0) % 11)) % 10; return b.slice(0, 6) + "-" + b.slice(6) + c; }
/** Singapore NRIC (S/T prefix). */
export function sgNric(prefix: "S" | "T" = "S"): string { const n = digits(7); const w = [2, 7, 6, 5, 4, 3, 2]; const s = n.split("").reduce((a, c, i) => a + +c * w[i]!, 0) + (prefix === "T" ? 4 : 0); return prefix + n + "JZIHGFEDCBA"[s % 11]; }
/** US NPI: 10 digits, Luhn over 80840 + NPI. */
export function npi(): string { for (;;) { const n = String(int(1, 2)) + digits(9); if (luhnOk("80840" + n)) return n; } }
/** US Medicare Beneficiary Identifier, printed 4-3-4. */
export function mbi(): string { const L = "ACDEFGHJKMNPQRTUVWXY", A = L + "0123456789", N = "0123456789"; const s = rs("123456789", 1) + rs(L, 1) + rs(A, 1) + rs(N, 1) + rs(L, 1) + rs(A, 1) + rs(N, 1) + rs(L, 1) + rs(L, 1) + rs(N, 1) + rs(N, 1); return `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}`; }
/** German Rentenversicherungsnummer: area(2) DDMMYY initial serial(2) check. */
export function deRvnr(y: number, m: number, d: number, surname: string, female: boolean): string {
  const area = pick(["12", "13", "15", "53", "65", "42", "38"]); const ser = pad(female ? int(50, 99) : int(0, 49), 2); const L = surname[0]!.toUpperCase();
  const ds = area + pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + pad(L.charCodeAt(0) - 64, 2) + ser; const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  const s = ds.split("").reduce((a, c, i) => { const p = +c * w[i]!; return a + Math.floor(p / 10) + (p % 10); }, 0);
  return area + " " + pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + " " + L + " " + ser + (s % 10);
}
/** UK driving licence number for a surname, birth date, initials (checks are letters, not verified). */
export function ukDl(surname: string, y: number, m: number, d: number, initials: string, female: boolean): string { const s = surname.toUpperCase().replace(/[^A-Z]/g, "").slice(0, 5).padEnd(5, "9"); const yy = pad(y % 100, 2); return s + yy[0] + pad(m + (female ? 50 : 0), 2) + pad(d, 2) + yy[1] + initials.toUpperCase().slice(0, 2).padEnd(2, "9") + "9" + rs("ABCDEFGHJKLMNPRSTUVWXYZ", 2); }
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/** Bitcoin P2PKH address (base58check over random 20 bytes). */
export function btc(): string {
  const payload = Buffer.from([0, ...Array.from({ length: 20 }, () => int(0, 255))]);
  const chk = createHash("sha256").update(createHash("sha256").update(payload).digest()).digest().subarray(0, 4);
  const buf = Buffer.concat([payload, chk]); let n = BigInt("0x" + buf.toString("hex")); let out = "";
  while (n > 0n) { out = B58[Number(n % 58n)] + out; n /= 58n; } for (const byte of buf) { if (byte === 0) out = "1" + out; else break; } return out;
}
/** Ethereum-style address (no EIP-55 case check needed for lower case). */
export const eth = () => "0x" + rs("0123456789abcdef", 40);
/** US passport number (9 digits, next-gen: letter + 8 digits). */
export const usPassport = () => { const p = pick(["", "A", "C"]); return p + digits(p ? 8 : 9); };
/** Dutch BSN-like 9-digit invoice numbers that FAIL the 11-test (for negatives). */
export function failingElevenTest(): string { for (;;) { const n = String(int(1, 6)) + digits(8); const s = n.split("").reduce((a, d, i) => a + +d * (i < 8 ? 9 - i : -1), 0); if (s % 11 !== 0) return n; } }
/** 16 digits starting like a Visa that FAIL Luhn (for negatives). */
export function failingLuhn16(): string { for (;;) { const n = "4" + digits(15); if (!luhnOk(n)) return n; } }
