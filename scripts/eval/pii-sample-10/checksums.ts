/** Validators used by check.ts (and by gen10.ts to assert what it draws). Pure functions over the printed value. */
export function luhnOk(v: string): boolean {
  const d = v.replace(/\D/g, "");
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return d.length >= 12 && sum % 10 === 0;
}
export function mod97Ok(digits: string): boolean {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
  return r === 1;
}
export function ibanOk(v: string): boolean {
  const c = v.replace(/\s/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(c)) return false;
  return mod97Ok((c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (x) => String(x.charCodeAt(0) - 55)));
}
export function nhsOk(v: string): boolean {
  const d = v.replace(/\D/g, "");
  if (d.length !== 10) return false;
  const sum = [...d.slice(0, 9)].reduce((a, x, i) => a + Number(x) * (10 - i), 0);
  const c = 11 - (sum % 11);
  return c !== 10 && (c === 11 ? 0 : c) === Number(d[9]);
}
export function ssnOk(v: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v.trim());
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== "00" && m[3] !== "0000";
}
export function steuerIdOk(v: string): boolean {
  const d = v.replace(/\D/g, "");
  if (d.length !== 11 || d[0] === "0") return false;
  let product = 10;
  for (const ch of d.slice(0, 10)) { let sum = (Number(ch) + product) % 10; if (sum === 0) sum = 10; product = (sum * 2) % 11; }
  const c = 11 - product;
  return (c === 10 ? 0 : c) === Number(d[10]);
}
export function bsnOk(v: string): boolean {
  const d = v.replace(/\D/g, "");
  if (d.length !== 9) return false;
  const sum = [...d.slice(0, 8)].reduce((a, x, i) => a + Number(x) * (9 - i), 0) - Number(d[8]);
  return sum % 11 === 0;
}
export function peselOk(v: string): boolean {
  const d = v.replace(/\D/g, "");
  if (d.length !== 11) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...d.slice(0, 10)].reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return (10 - (sum % 10)) % 10 === Number(d[10]);
}
export function dniOk(v: string): boolean {
  const m = /^(\d{8})-?([A-Z])$/.exec(v.trim());
  return !!m && "TRWAGMYFPDXBNJZSQVHLCKE"[Number(m[1]) % 23] === m[2];
}
export function cpfOk(v: string): boolean {
  const d = v.replace(/\D/g, "").split("").map(Number);
  if (d.length !== 11) return false;
  const d1 = ((d.slice(0, 9).reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10;
  const d2 = ((d.slice(0, 10).reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10;
  return d1 === d[9] && d2 === d[10];
}
export function nirOk(v: string): boolean {
  const d = v.replace(/\s/g, "");
  if (!/^[12]\d{14}$/.test(d)) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
export function aadhaarOk(v: string): boolean {
  const d = v.replace(/\D/g, "");
  if (!/^[2-9]\d{11}$/.test(d)) return false;
  let c = 0;
  [...d].reverse().forEach((ch, i) => { c = VD[c]![VP[i % 8]![Number(ch)]!]!; });
  return c === 0;
}
const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
export function codiceFiscaleOk(v: string): boolean {
  const c = v.trim().toUpperCase();
  if (!/^[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(c)) return false;
  let sum = 0;
  [...c.slice(0, 15)].forEach((ch, i) => { sum += i % 2 === 0 ? CF_ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65; });
  return String.fromCharCode(65 + (sum % 26)) === c[15];
}
