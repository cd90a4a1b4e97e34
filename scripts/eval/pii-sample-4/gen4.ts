/** Extra fixed-seed generators for the fourth PII red-team set (identifiers gen.ts of set 3 lacks); independent of src/. */
import { digits, int, pad } from "../pii-sample-3/gen.js";
/** Romanian CNP: S YYMMDD JJ NNN C, control = weighted sum mod 11 (10 -> 1). */
export function roCnp(y: number, m: number, d: number, female: boolean): string {
  const s = y >= 2000 ? (female ? 6 : 5) : female ? 2 : 1;
  const b = `${s}${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${pad(int(1, 46), 2)}${pad(int(1, 999), 3)}`;
  const w = "279146358279"; const r = b.split("").reduce((a, c, i) => a + +c * +w[i]!, 0) % 11; return b + (r === 10 ? 1 : r);
}
/** Turkish T.C. Kimlik No (11 digits, two check digits). */
export function trTckn(): string {
  const d = [int(1, 9), ...digits(8).split("").map(Number)];
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  const d11 = (d.reduce((a, c) => a + c, 0) + d10) % 10; return d.join("") + d10 + d11;
}
/** Czech rodné číslo YYMMDD/XXXX (10 digits divisible by 11; women month + 50). */
export function czRc(y: number, m: number, d: number, female: boolean): string {
  for (;;) { const b = pad(y % 100, 2) + pad(m + (female ? 50 : 0), 2) + pad(d, 2); const s = b + digits(3); const c = Number(BigInt(s) % 11n); if (c === 10) continue; return b + "/" + s.slice(6) + c; }
}
/** Portuguese NIF (9 digits, mod 11 check). */
export function ptNif(): string { const b = String(int(1, 2)) + digits(7); const s = b.split("").reduce((a, c, i) => a + +c * (9 - i), 0); const r = 11 - (s % 11); return b + (r >= 10 ? 0 : r); }
