import { CharViewBuilder, windowedView, type TextView } from "./text-view.js";

/** Value of a hex digit, or -1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

/** `n` hex digits at `text[i]` as a number, or -1. */
function hexAt(text: string, i: number, n: number): number {
  if (i + n > text.length) return -1;
  let v = 0;
  for (let j = i; j < i + n; j++) {
    const d = hexDigit(text.charCodeAt(j));
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** A character a reader sees: not a control (other than tab and line breaks), not a lone surrogate half. */
function readable(cp: number): boolean {
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp !== 0x7f && cp < 0x110000 && (cp < 0xd800 || cp > 0xdfff));
}

/**
 * The escape at `i` (`\uXXXX`, a `\uD8xx\uDCxx` surrogate pair, `\u{X…}`, `\xXX`): [length, code point], or
 * undefined.
 */
function escapeAt(text: string, i: number): [number, number] | undefined {
  const k = text.charCodeAt(i + 1);
  // `\\u0073`: an escape inside a JSON string that is itself inside a JSON string (tool-call arguments): the outer
  // parse leaves `\u0073`, the inner one `s`. Both backslashes map to the character.
  if (k === 92 /* \ */ && (text.charCodeAt(i + 2) === 117 || text.charCodeAt(i + 2) === 120) && (i === 0 || text.charCodeAt(i - 1) !== 92)) {
    const inner = escapeAt(text, i + 1);
    return inner === undefined ? undefined : [inner[0] + 1, inner[1]];
  }
  if (k === 117 /* u */) {
    if (text.charCodeAt(i + 2) === 123 /* { */) {
      const close = text.indexOf("}", i + 3);
      if (close < 0 || close - (i + 3) < 1 || close - (i + 3) > 6) return undefined;
      const cp = hexAt(text, i + 3, close - (i + 3));
      return cp >= 0 && readable(cp) ? [close + 1 - i, cp] : undefined;
    }
    const hi = hexAt(text, i + 2, 4);
    if (hi < 0) return undefined;
    if (hi >= 0xd800 && hi <= 0xdbff && text.charCodeAt(i + 6) === 92 && text.charCodeAt(i + 7) === 117) {
      const lo = hexAt(text, i + 8, 4);
      if (lo >= 0xdc00 && lo <= 0xdfff) return [12, 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)];
    }
    return readable(hi) ? [6, hi] : undefined;
  }
  if (k === 120 /* x */) {
    const cp = hexAt(text, i + 2, 2);
    return cp >= 0 && readable(cp) ? [4, cp] : undefined;
  }
  return undefined;
}

/** Escapes of letters and digits: what ordinary JSON never writes (it escapes quotes, controls and non-ASCII only). */
function spellsAscii(cp: number): boolean {
  return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 64 /* @ */;
}

/** Fewest escapes of ASCII letters or digits before the view is built. */
const MIN_ASCII_ESCAPES = 3;

/**
 * The view of `text` with JSON and JavaScript character escapes decoded in place (`\u0070r\u0069nt` → `print`,
 * `\x41\x49` → `AI`, `\u{1F600}`, surrogate pairs), so an instruction, a key or an address written with them is read
 * as a model or a caller's `JSON.parse` reads it, in its sentence (the decoded payloads of decode-views hold only the
 * escaped runs themselves). Each decoded character maps to its escape, every other character to itself. Built only
 * when at least three escapes spell ASCII letters, digits or `@` (JSON escapes quotes, controls and non-ASCII
 * characters, never plain letters); cut down to windows around the decoded escapes.
 */
export function buildEscapeView(text: string): TextView | undefined {
  let at = text.indexOf("\\");
  if (at < 0) return undefined;
  // First pass without building anything: count the escapes that spell ASCII.
  let ascii = 0;
  for (let i = at; i >= 0 && ascii < MIN_ASCII_ESCAPES; i = text.indexOf("\\", i + 1)) {
    const e = escapeAt(text, i);
    if (e !== undefined && spellsAscii(e[1])) ascii++;
  }
  if (ascii < MIN_ASCII_ESCAPES) return undefined;
  const b = new CharViewBuilder(text.length);
  const points: number[] = [];
  let copied = 0;
  for (; at >= 0; at = text.indexOf("\\", at)) {
    const e = escapeAt(text, at);
    if (e === undefined) {
      at++;
      continue;
    }
    b.pushRange(text, copied, at);
    if (points[points.length - 1] !== b.size) points.push(b.size);
    b.push(String.fromCodePoint(e[1]), at, at + e[0]);
    at += e[0];
    copied = at;
  }
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("escaped"), points);
}
