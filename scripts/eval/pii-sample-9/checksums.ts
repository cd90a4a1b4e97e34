/** Checksum helpers for set 9: values are valid where a text says they should be, and broken on purpose in negatives. */
export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
export const luhnOk = (n: string): boolean => luhnDigit(n.slice(0, -1)) === Number(n.slice(-1));

/** ISO 13616: move the first four characters to the end, letters to 10-35, the number mod 97 must be 1. */
export function ibanMod(s: string): number {
  const r = (s.slice(4) + s.slice(0, 4)).toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of r) m = (m * 10 + Number(ch)) % 97;
  return m;
}
export function iban(country: string, bban: string): string {
  const check = 98 - ibanMod(country + "00" + bban);
  return country + String(check).padStart(2, "0") + bban;
}
/** NHS number: weights 10..2 over nine digits, check = 11 - sum mod 11 (11 → 0, 10 → invalid). */
export function nhsCheck(nine: string): number | null {
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(nine[i]) * (10 - i);
  const c = 11 - (s % 11);
  return c === 11 ? 0 : c === 10 ? null : c;
}
/** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000. */
export const ssnOk = (s: string): boolean => {
  const [a, g, n] = s.split("-");
  return !!a && !!g && !!n && a !== "000" && a !== "666" && Number(a) < 900 && g !== "00" && n !== "0000";
};
