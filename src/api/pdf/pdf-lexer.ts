/** A PDF token (PDF 32000-1 §7.2-7.3): strings are raw bytes (latin1 code units), names without the slash. */
export type PdfToken =
  | { kind: "string"; bytes: string }
  | { kind: "number"; value: number }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string }
  | { kind: "open" | "close" };

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
const isDelim = (c: number): boolean => c === 40 || c === 41 || c === 60 || c === 62 || c === 91 || c === 93 || c === 123 || c === 125 || c === 47 || c === 37;
const isOctal = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "7";

/** A literal string `( … )` starting at `src[i] === "("`: its bytes (escapes and octal resolved, §7.3.4.2) and the index after it. */
export function readLiteral(src: string, i: number): { bytes: string; end: number } {
  let depth = 1;
  let out = "";
  let j = i + 1;
  while (j < src.length) {
    const c = src[j] as string;
    if (c === "\\") {
      const n = src[j + 1];
      if (isOctal(n)) {
        let k = j + 1;
        let v = 0;
        while (k < j + 4 && isOctal(src[k])) v = v * 8 + (src.charCodeAt(k++) - 48);
        out += String.fromCharCode(v & 0xff);
        j = k;
        continue;
      }
      if (n === "\r") j += src[j + 2] === "\n" ? 3 : 2; // a backslash before an end of line continues the string
      else if (n === "\n") j += 2;
      else {
        out += n === undefined ? "" : (ESCAPES[n] ?? n);
        j += 2;
      }
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return { bytes: out, end: j + 1 };
    out += c;
    j++;
  }
  return { bytes: out, end: j };
}

/** A hex string `< … >` starting at `src[i] === "<"`: its bytes (an odd final digit padded with 0, §7.3.4.3). */
export function readHex(src: string, i: number): { bytes: string; end: number } {
  const close = src.indexOf(">", i + 1);
  const end = close < 0 ? src.length : close;
  const digits = src.slice(i + 1, end).replace(/[^0-9A-Fa-f]/g, "");
  let out = "";
  for (let k = 0; k < digits.length; k += 2) out += String.fromCharCode(parseInt((digits[k] as string) + (digits[k + 1] ?? "0"), 16));
  return { bytes: out, end: end + 1 };
}

/**
 * The tokens of a content stream or object body, in one linear pass. Dictionaries `<< >>` are reported as
 * `open`/`close` like arrays (a content stream only has them in inline-image and marked-content operands);
 * comments are skipped; an inline image's data (`ID … EI`) is skipped unread.
 */
export function* lexPdf(src: string): Generator<PdfToken> {
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (c === 37) { // % comment to end of line
      while (i < n && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
      continue;
    }
    if (c === 40) { const s = readLiteral(src, i); i = s.end; yield { kind: "string", bytes: s.bytes }; continue; }
    if (c === 60) {
      if (src.charCodeAt(i + 1) === 60) { i += 2; yield { kind: "open" }; continue; }
      const s = readHex(src, i); i = s.end; yield { kind: "string", bytes: s.bytes }; continue;
    }
    if (c === 62) { i += src.charCodeAt(i + 1) === 62 ? 2 : 1; yield { kind: "close" }; continue; }
    if (c === 91 || c === 123) { i++; yield { kind: "open" }; continue; }
    if (c === 93 || c === 125) { i++; yield { kind: "close" }; continue; }
    let j = i + 1;
    while (j < n && !isSpace(src.charCodeAt(j)) && !isDelim(src.charCodeAt(j))) j++;
    if (c === 47) { yield { kind: "name", value: src.slice(i + 1, j) }; i = j; continue; }
    const word = src.slice(i, j);
    i = j;
    const num = Number(word);
    if (word.length > 0 && !Number.isNaN(num) && /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(word)) { yield { kind: "number", value: num }; continue; }
    if (word === "ID") { // inline image data: binary up to a whitespace-delimited EI
      const end = /\sEI(?=\s|$)/g;
      end.lastIndex = i;
      const m = end.exec(src);
      i = m === null ? n : m.index + 3;
      continue;
    }
    yield { kind: "op", value: word };
  }
}
