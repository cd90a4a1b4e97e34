/**
 * Colombian-style grid addresses: a street type and number, then "#" or "No." and the cross street and house number
 * joined by a dash ("Cra. 45 #26-85, Apto 402, Bogotá", "Calle 72 No. 10-34, Medellín", "Av. 68 # 22-11 Sur"),
 * with a flat or tower and a town after commas. Anchored at the digit token after "#" / "No." whose next characters
 * are a dash and digits, so ordinary text costs a character check per digit token.
 */
import type { AddressMatch } from "./pii-scan.js";

const STREET = "(?:Calle|Cl|Cll|Carrera|Cra|Kr|Kra|Cr|Avenida|Av|Transversal|Tv|Transv|Diagonal|Dg|Circular|Cq|Autopista|Ak|Ac)";
/** The street part before the cross number, tried on the 28 characters before it. */
const BEFORE = new RegExp(`(?<![\\p{L}])${STREET}\\.?[ \\t]?\\d{1,3}[A-Z]?(?:[ \\t]?(?:Bis|bis|Sur|Norte|Este))?[ \\t]*(?:#|No\\.?|N[º°]\\.?)[ \\t]*$`, "u");
/** From the cross number on: house number, "Sur", flat or tower parts, and a town. */
const AFTER = /\d{1,3}[A-Z]?[ \t]?-[ \t]?\d{1,3}(?:[ \t]+(?:Sur|Norte|Este))?(?:,?[ \t]+(?:Apto|Apt|Apartamento|Int|Interior|Casa|Torre|Bloque|Of|Oficina)\.?[ \t]?[A-Za-z0-9-]{1,6}){0,2}(?:,[ \t]*\p{Lu}[\p{L}.-]+(?:[ \t]\p{Lu}[\p{L}.-]+){0,2})?/uy;

export function gridStreetAddresses(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, n: number): AddressMatch[] {
  const out: AddressMatch[] = [];
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    if (s < lastEnd || e - s > 4) continue;
    // "26-85": a dash (maybe spaced) and a digit right after the token
    let k = e;
    if (text.charCodeAt(k) === 32) k++;
    if (text.charCodeAt(k) !== 45) continue;
    const b = BEFORE.exec(text.slice(Math.max(0, s - 28), s));
    if (!b) continue;
    AFTER.lastIndex = s;
    const a = AFTER.exec(text);
    if (!a) continue;
    const start = s - b[0].length;
    // a full stop after the town ends the sentence, not the address
    const end = s + a[0].length - (a[0].endsWith(".") ? 1 : 0);
    out.push({ start, end, value: text.slice(start, end) });
    lastEnd = end;
  }
  return out;
}
