import { isMostlyPrintable } from "../detect/normalize/index.js";

/** A run of base64, hex or percent-encoding in a text and the text it decodes to. */
export interface DecodedRun {
  start: number;
  end: number;
  decoded: string;
}

/** Shortest base64 run worth decoding (18 bytes): shorter ones cannot hold a system-prompt copy. */
export const MIN_BASE64_RUN = 24;
const BASE64_RUN = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
const HEX_RUN = /(?:[0-9A-Fa-f]{2}){16,}/g;
/** Characters of a URL run (a query value, a path) around a percent-escape. */
const URL_CHARS = new Set([..."._~!*'()+-/:=&?;,@%"].map((c) => c.charCodeAt(0)));
const isUrlChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || URL_CHARS.has(c);
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isHexPair = (text: string, i: number): boolean => i + 1 < text.length && isHex(text.charCodeAt(i)) && isHex(text.charCodeAt(i + 1));
/** Fewest percent-escapes for a URL run to be worth decoding. */
const MIN_ESCAPES = 3;

/** Percent-decoding of a URL run (`+` as a space, as forms encode it); escapes decode as UTF-8 bytes. */
function percentDecode(run: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 37 && isHexPair(run, i + 1)) {
      bytes.push(Number.parseInt(run.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c === 43 ? 32 : c);
  }
  return Buffer.from(bytes).toString("utf8");
}
/** Most runs decoded per text, so that a text made of runs costs in proportion to its length, bounded. */
const MAX_RUNS = 64;

/**
 * The text hidden in base64 (standard or URL-safe), hex and percent-encoded (3+ escapes) runs of `text`. A run seen in a stream may start
 * anywhere inside the encoding, so each base64 run is decoded at its four possible alignments (and hex at two);
 * alignments that decode to binary noise are dropped.
 */
export function decodeEncodedRuns(text: string): DecodedRun[] {
  const out: DecodedRun[] = [];
  const take = (start: number, end: number, decoded: string): void => {
    if (isMostlyPrintable(decoded)) out.push({ start, end, decoded });
  };
  for (const m of text.matchAll(BASE64_RUN)) {
    if (out.length >= MAX_RUNS) break;
    const run = m[0];
    // Pure hex (or digits) is left to the hex decoder.
    if (/^[0-9A-Fa-f]+$/.test(run)) continue;
    for (let skip = 0; skip < 4 && run.length - skip >= MIN_BASE64_RUN; skip++) {
      const body = run.slice(skip).replace(/=+$/, "");
      const usable = body.length - (body.length % 4 === 1 ? 1 : 0);
      take(m.index, m.index + run.length, Buffer.from(body.slice(0, usable), "base64").toString("utf8"));
    }
  }
  for (const m of text.matchAll(HEX_RUN)) {
    if (out.length >= MAX_RUNS) break;
    take(m.index, m.index + m[0].length, Buffer.from(m[0], "hex").toString("utf8"));
    // Odd alignment: the run may begin with the second digit of a byte.
    const odd = m[0].slice(1, m[0].length - 1);
    take(m.index, m.index + m[0].length, Buffer.from(odd, "hex").toString("utf8"));
  }
  // From each escape, the URL run around it (runs are found once each, left to right).
  let runEnd = 0;
  for (let p = text.indexOf("%"); p >= 0 && out.length < MAX_RUNS; p = text.indexOf("%", Math.max(p + 1, runEnd))) {
    if (!isHexPair(text, p + 1)) continue;
    let s = p;
    while (s > runEnd && isUrlChar(text.charCodeAt(s - 1))) s--;
    let e = p + 3;
    while (e < text.length && isUrlChar(text.charCodeAt(e))) e++;
    runEnd = e;
    const run = text.slice(s, e);
    if ((run.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0) >= MIN_ESCAPES) take(s, e, percentDecode(run));
  }
  return out;
}

/** Where a base64 or hex run still growing at the end of `text` starts (`text.length` when none is). */
export function encodedRunTail(text: string, minRun = 16): number {
  let i = text.length;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    const b64 = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 95 || c === 45 || c === 61;
    if (!b64) break;
    i--;
  }
  return text.length - i >= minRun ? i : text.length;
}
