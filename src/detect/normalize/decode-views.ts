import { scanText, type TextScan } from "./scan-text.js";
import { buildSegmentView, type TextView } from "./text-view.js";

/** Minimum length of an encoded run worth decoding (shorter runs are ordinary words and ids). */
export const MIN_ENCODED_LENGTH = 16;
/** Minimum decoded length: short payloads cannot hold anything a detector would report. */
const MIN_DECODED_LENGTH = 8;
/** Most the decoders look at in one text, so that a pathological input stays linear and bounded. */
const MAX_PAYLOADS = 256;

// Sources only: each scan makes its own RegExp, because decoding recurses into payloads mid-scan.
const ESCAPED_HEX_RUN = /(?:\\x[0-9A-Fa-f]{2}){8,}/g;
// Runs bounded at 65,536 characters (a longer one is read in pieces): an unbounded greedy run over a multi-megabyte
// string overflowed the regex backtracking stack (RangeError: the request would be refused as a failed control).
const URL_RUN = /[A-Za-z0-9._~!*'()+\-/:=&?;,@%]{16,65536}/g;
const PERCENT = /%[0-9A-Fa-f]{2}/g;
/**
 * An escape of an unreserved character (a letter, a digit, `-`, `.`, `_`, `~`): RFC 3986 §2.3 says URI producers
 * should not encode these, so no encoder writes one; one such escape inside a token is a value disguised
 * (`ghp%5F…`, `sk-pr%6Fj-…`), and is reason enough to decode the run.
 */
const UNRESERVED_ESCAPE = /%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[DdEe]|5[Ff]|7[Ee])/;
// Bytes written apart, as hex dumps, debuggers and byte-array literals print them (`41 4b 49`, `41:4b:49`,
// `0x41, 0x4b`, `41-4B-49`), or as decimal character codes (`73 103 110`, `73,103,110`): eight or more.
const HEX_BYTE_LIST = /(?<![0-9A-Za-z])(?:0[xX])?[0-9A-Fa-f]{2}(?:(?:, ?|[ :;-])(?:0[xX])?[0-9A-Fa-f]{2}){7,}(?![0-9A-Za-z])/g;
const DECIMAL_CODE_LIST = /(?<![0-9.,])\d{1,3}(?:(?:, ?|[ ;])\d{1,3}){7,}(?![0-9])/g;
// Bytes written in binary, eight bits each (`01101000 01101111 …`), eight or more.
const BINARY_BYTE_LIST = /(?<![0-9A-Za-z])[01]{8}(?:(?:, ?|[ :;-])[01]{8}){7,}(?![0-9A-Za-z])/g;

interface Payload {
  text: string;
  start: number;
  end: number;
}

/**
 * Is a decoded string text rather than binary noise? Valid UTF-8 (no U+FFFD), almost no control characters,
 * and long enough to matter. Random bytes almost never pass (each byte has < 40% chance of being printable).
 */
export function isMostlyPrintable(s: string): boolean {
  if (s.length < MIN_DECODED_LENGTH) return false;
  let bad = 0;
  let plain = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
    else if (c === 32 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xa0) plain++;
  }
  // Text is mostly letters, digits and spaces (JSON and PEM included); short payloads must be cleaner, since a
  // short random run passes a loose test by chance.
  const need = s.length < 16 ? 0.95 : 0.5;
  return bad <= s.length * 0.05 && plain >= s.length * need;
}

function decodeBase64(run: string): string | undefined {
  let body = run.replace(/=+$/, "");
  if (/[+/]/.test(body) && /[-_]/.test(body)) return undefined; // mixed alphabets: not one payload
  if (body.length % 4 === 1) body = body.slice(0, -1);
  const out = Buffer.from(body, "base64").toString("utf8");
  return isMostlyPrintable(out) ? out : undefined;
}

/** text[s, e) read as base32 (RFC 4648 alphabet), when every character is of it and the bytes are text. */
function decodeBase32(text: string, s: number, e: number): string | undefined {
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const v = c >= 65 && c <= 90 ? c - 65 : c >= 50 && c <= 55 ? c - 24 : -1;
    if (v < 0) return undefined;
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  const out = Buffer.from(bytes).toString("utf8");
  return isMostlyPrintable(out) ? out : undefined;
}

function decodeHex(hex: string): string | undefined {
  const out = Buffer.from(hex, "hex").toString("utf8");
  return isMostlyPrintable(out) ? out : undefined;
}

function decodePercent(run: string): string | undefined {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < run.length && /^[0-9A-Fa-f]{2}$/.test(run.slice(i + 1, i + 3))) {
      bytes.push(parseInt(run.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  const out = Buffer.from(bytes).toString("utf8");
  return isMostlyPrintable(out) ? out : undefined;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Bytes of UTF-8 text in another script (Cyrillic, Han, Arabic, ...), checked one byte at a time: printable ASCII or a
 * whole multi-byte sequence (lead byte C2-F4 and its continuation bytes 80-BF), with no control character. Random
 * bytes break the structure within a few bytes (one byte in five is a lead byte, and each continuation has a 1 in 4
 * chance), so a check that stops at the first broken byte costs little on hashes and ids.
 */
class Utf8TextCheck {
  /** Continuation bytes still expected. */
  private need = 0;
  /** Bytes accepted so far. */
  count = 0;
  /** Multi-byte characters seen (a run of ASCII is the printable-ASCII checks' business). */
  wide = 0;
  /** Feed one byte; false once the bytes cannot be text. */
  push(b: number): boolean {
    if (this.need > 0) {
      if (b < 0x80 || b > 0xbf) return false;
      this.need--;
    } else if (b >= 0xc2 && b <= 0xdf) this.need = 1;
    else if (b >= 0xe0 && b <= 0xef) this.need = 2;
    else if (b >= 0xf0 && b <= 0xf4) this.need = 3;
    else if (b < 0x20 ? b !== 9 && b !== 10 && b !== 13 : b >= 0x7f) return false;
    if (this.need > 0 && b >= 0xc2) this.wide++;
    this.count++;
    return true;
  }
}

/** Hex of UTF-8 text in another script (see {@link Utf8TextCheck}). */
function plausibleUtf8Hex(text: string, s: number, e: number): boolean {
  const check = new Utf8TextCheck();
  for (let i = s; i < e; i += 2) if (!check.push(hexValue(text.charCodeAt(i)) * 16 + hexValue(text.charCodeAt(i + 1)))) return false;
  return check.wide >= MIN_DECODED_LENGTH / 2;
}

/**
 * Could text[s, e) be hex-encoded text? All hex digits, even length, and most bytes' high nibble in 2-7
 * (printable ASCII), or UTF-8 text in another script throughout. Random hex (hashes, trace ids) fails this 99.9% of
 * the time without any allocation.
 */
function plausibleHex(text: string, s: number, e: number): boolean {
  if (e - s < MIN_ENCODED_LENGTH || (e - s) % 2 !== 0) return false;
  const allowed = Math.floor(((e - s) / 2) * 0.25);
  let other = 0;
  for (let i = s; i < e; i += 2) {
    const hi = hexValue(text.charCodeAt(i));
    if (hi < 0 || hexValue(text.charCodeAt(i + 1)) < 0) return false;
    if ((hi < 2 || hi > 7) && ++other > allowed) return plausibleUtf8Hex(text, s, e);
  }
  return true;
}

/** Value of a base64 character (either alphabet), or -1. */
function base64Value(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43 || c === 45) return 62;
  if (c === 47 || c === 95) return 63;
  return -1;
}

/** Base64 of UTF-8 text in another script (see {@link Utf8TextCheck}); bytes decoded on the fly, none kept. */
function plausibleUtf8Base64(text: string, s: number, e: number): boolean {
  const check = new Utf8TextCheck();
  let acc = 0;
  let bits = 0;
  for (let i = s; i < e; i++) {
    const v = base64Value(text.charCodeAt(i));
    if (v < 0) return false;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (!check.push((acc >> bits) & 0xff)) return false;
    }
  }
  return check.wide >= MIN_DECODED_LENGTH / 2;
}

/**
 * Could text[s, e) be base64 of text? Both letter cases, and most 4-character groups start with a character
 * encoding a printable-ASCII first byte (I-Z or a-f), or the bytes are UTF-8 text in another script throughout.
 * Cheap: no allocation, and random ids fail it.
 */
function plausibleBase64At(text: string, s: number, e: number): boolean {
  const allowed = Math.floor(Math.ceil((e - s) / 4) * 0.3);
  let other = 0;
  for (let i = s; i < e; i += 4) {
    const c = text.charCodeAt(i);
    if (!((c >= 73 && c <= 90) || (c >= 97 && c <= 102)) && ++other > allowed) return plausibleUtf8Base64(text, s, e);
  }
  let upper = false;
  let lower = false;
  for (let i = s; i < e && !(upper && lower); i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  return upper && lower;
}

const isSeparator = (c: number): boolean => c === 45 || c === 95 || c === 43 || c === 47; // - _ + /

/** What one pass over an encoded run (base64 alphabet only) tells: letter cases, separators, a slash, a long piece. */
const RUN_UPPER = 1;
const RUN_LOWER = 2;
const RUN_SEPARATOR = 4;
const RUN_SLASH = 8;
/** A separator-free piece of at least MIN_ENCODED_LENGTH characters (what a hex payload needs). */
const RUN_LONG_PIECE = 16;
const RUN_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) RUN_CLASS[c] = RUN_UPPER;
for (let c = 97; c <= 122; c++) RUN_CLASS[c] = RUN_LOWER;
for (const c of [45, 95, 43]) RUN_CLASS[c] = RUN_SEPARATOR;
RUN_CLASS[47] = RUN_SEPARATOR | RUN_SLASH;

/**
 * The kinds of characters in the run text[s, e) (RUN_* bits). A hex payload needs RUN_LONG_PIECE; a base64 payload
 * (whole run or slash piece) needs both letter cases (plausibleBase64At). Most runs in ordinary text (lower-case
 * paths, hex ids) lack one or both: one pass tells which decodings to skip.
 */
function runKinds(text: string, s: number, e: number): number {
  let kinds = 0;
  let piece = 0;
  for (let i = s; i < e; i++) {
    const k = RUN_CLASS[text.charCodeAt(i) & 127] as number;
    kinds |= k;
    if ((k & RUN_SEPARATOR) !== 0) piece = 0;
    else if (++piece >= MIN_ENCODED_LENGTH) kinds |= RUN_LONG_PIECE;
  }
  return kinds;
}

/**
 * Decode the maximal runs of the base64 alphabet (hex is a subset) of at least MIN_ENCODED_LENGTH
 * characters that scanText found; each run is tried as hex (its hex-only pieces between - _ + / separators) and
 * as base64 (whole, or its slash-separated pieces for path-like runs). Cheap plausibility checks run before
 * any decoding. (scanText is a hand-written loop: a regex like `[A-Za-z0-9+/]{16,}` re-scans every shorter word.)
 */
function runPayloads(text: string, runs: readonly number[], out: { base64: Payload[]; hex: Payload[] }, origin?: Payload): void {
  const n = text.length;
  const push = (list: Payload[], decoded: string, s: number, e: number): void => {
    list.push({ text: decoded, start: origin?.start ?? s, end: origin?.end ?? e });
  };
  for (let r = 0; r < runs.length; r += 2) {
    const s = runs[r] as number;
    const i = runs[r + 1] as number;
    if (out.base64.length + out.hex.length >= MAX_PAYLOADS) return;
    const kinds = runKinds(text, s, i);
    const maybeBase64 = (kinds & (RUN_UPPER | RUN_LOWER)) === (RUN_UPPER | RUN_LOWER);
    if ((kinds & RUN_LONG_PIECE) === 0 && !maybeBase64) continue;
    let e = i;
    while (e < n && e - i < 2 && text.charCodeAt(e) === 61 /* = */) e++;
    // Hex: the hex-only pieces of the run (optionally 0x-prefixed).
    let hexFound = false;
    const separated = (kinds & RUN_SEPARATOR) !== 0;
    for (let p = s; p < i && (kinds & RUN_LONG_PIECE) !== 0; ) {
      let q = separated ? p : i;
      while (q < i && !isSeparator(text.charCodeAt(q))) q++;
      const body = text.charCodeAt(p) === 48 && text.charCodeAt(p + 1) === 120 ? p + 2 : p; // "0x"
      if (plausibleHex(text, body, q)) {
        const decoded = decodeHex(text.slice(body, q));
        if (decoded !== undefined) {
          push(out.hex, decoded, p, q);
          hexFound = true;
        }
      }
      p = q + 1;
    }
    if (hexFound) continue;
    // Base32 (RFC 4648: A-Z and 2-7, `=` padding): capitals and digits only, which base64 of text never is.
    if ((kinds & (RUN_LOWER | RUN_SEPARATOR)) === 0 && (kinds & RUN_UPPER) !== 0 && i - s >= MIN_ENCODED_LENGTH) {
      const decoded = decodeBase32(text, s, i);
      if (decoded !== undefined) {
        while (e < n && e - i < 6 && text.charCodeAt(e) === 61 /* = */) e++;
        push(out.base64, decoded, s, e);
        continue;
      }
    }
    if (!maybeBase64) continue;
    if (plausibleBase64At(text, s, i)) {
      const decoded = decodeBase64(text.slice(s, e));
      if (decoded !== undefined) {
        push(out.base64, decoded, s, e);
        continue;
      }
    }
    // A path-like run ("/v1/<payload>") fails as a whole: try its slash-separated pieces (a run without a
    // slash is one piece, already tried whole).
    if ((kinds & RUN_SLASH) === 0) continue;
    for (let p = s; p < i; ) {
      let q = p;
      while (q < i && text.charCodeAt(q) !== 47) q++;
      if (p !== s || q !== i) {
        if (q - p >= MIN_ENCODED_LENGTH && plausibleBase64At(text, p, q)) {
          const decoded = decodeBase64(text.slice(p, q));
          if (decoded !== undefined) push(out.base64, decoded, p, q);
        }
      }
      p = q + 1;
    }
  }
}

function escapedHexPayloads(text: string, out: Payload[], origin?: Payload): void {
  if (!text.includes("\\x")) return;
  const esc = new RegExp(ESCAPED_HEX_RUN.source, "g");
  for (let m = esc.exec(text); m !== null && out.length < MAX_PAYLOADS; m = esc.exec(text)) {
    const decoded = decodeHex(m[0].replace(/\\x/g, ""));
    if (decoded !== undefined) out.push({ text: decoded, start: origin?.start ?? m.index, end: origin?.end ?? m.index + m[0].length });
  }
}

/** A character that can sit in a value between escapes (ids, keys, e-mail addresses, base64). */
function plainValueChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46 || c === 47 || c === 61 || c === 95 || c === 58 || c === 64;
}

/** Length of a `\uXXXX` (6) or `\xXX` (4) escape at `i`, else 0. */
function escapeAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 92 /* \ */) return 0;
  const k = text.charCodeAt(i + 1);
  const n = k === 117 /* u */ ? 4 : k === 120 /* x */ ? 2 : 0;
  if (n === 0 || i + 2 + n > text.length) return 0;
  for (let j = i + 2; j < i + 2 + n; j++) if (hexValue(text.charCodeAt(j)) < 0) return 0;
  return 2 + n;
}

/**
 * Values written with JSON / JavaScript escapes (`AKIA\u005A3MH...`, `\u0061\u0064min@...`), as in tool-call
 * arguments that are JSON text inside a JSON string: a model or the caller's JSON.parse reads through them, patterns
 * do not. A run of value characters and `\u`/`\x` escapes with at least one `\u` escape is decoded (code units, as
 * JSON does) when it is long enough to matter. Pure `\x` runs are the escaped-hex payloads above.
 */
function unicodeEscapePayloads(text: string, out: Payload[], origin?: Payload): void {
  let from = text.indexOf("\\u");
  while (from >= 0 && out.length < MAX_PAYLOADS) {
    let s = from;
    while (s > 0 && plainValueChar(text.charCodeAt(s - 1))) s--;
    let e = from;
    let decoded = text.slice(s, from);
    for (;;) {
      const len = escapeAt(text, e);
      if (len > 0) {
        decoded += String.fromCharCode(parseInt(text.slice(e + 2, e + len), 16));
        e += len;
      } else if (e < text.length && plainValueChar(text.charCodeAt(e))) {
        decoded += text[e];
        e++;
      } else break;
    }
    if (e - s >= MIN_ENCODED_LENGTH && isMostlyPrintable(decoded)) out.push({ text: decoded, start: origin?.start ?? s, end: origin?.end ?? e });
    from = text.indexOf("\\u", Math.max(e, from + 2));
  }
}

/** Characters a byte list is made of: hex and decimal digits, `x`/`X` (of `0x`) and the separators. */
const LIST_CHAR = new Uint8Array(128);
for (const ch of "0123456789abcdefABCDEFxX") LIST_CHAR[ch.charCodeAt(0)] = 1;
for (const ch of " ,:;-") LIST_CHAR[ch.charCodeAt(0)] = 2;
const isListChar = (c: number): boolean => c < 128 && LIST_CHAR[c] !== 0;
const isListSeparator = (c: number): boolean => c < 128 && LIST_CHAR[c] === 2;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Eight bytes of text written apart take at least 23 characters (`41 4b 49 …`; printable codes have two digits). */
const MIN_LIST_LENGTH = 23;

/**
 * Byte lists (HEX_BYTE_LIST, DECIMAL_CODE_LIST) decoded as UTF-8 when the result is text: a model reads
 * `67 68 70 95 …` or `0x67, 0x68, …` as easily as the characters. Lists of ordinary numbers decode to control
 * characters or binary and are dropped by isMostlyPrintable. The regexes run only on stretches made of list
 * characters long enough to hold a list, found by probing every MIN_LIST_LENGTH-th character (as encodedRuns
 * does): prose breaks such stretches within a few characters.
 */
function byteListPayloads(text: string, out: Payload[], origin?: Payload): void {
  const n = text.length;
  const step = MIN_LIST_LENGTH;
  for (let i = step - 1; i < n && out.length < MAX_PAYLOADS; ) {
    if (!isListChar(text.charCodeAt(i))) {
      i += step;
      continue;
    }
    // (separators counted on the way: a list of eight bytes has seven; hex ids and words have none or few)
    let separators = isListSeparator(text.charCodeAt(i)) ? 1 : 0;
    let s = i;
    for (let c = text.charCodeAt(s - 1); s > 0 && isListChar(c); c = text.charCodeAt(--s - 1)) if (isListSeparator(c)) separators++;
    let e = i + 1;
    for (let c = text.charCodeAt(e); e < n && isListChar(c); c = text.charCodeAt(++e)) if (isListSeparator(c)) separators++;
    if (e - s >= MIN_LIST_LENGTH && separators >= 7) listsIn(text, s, e, out, origin);
    i = e + step;
  }
}

/** The byte lists inside text[s, e), a stretch of list characters. */
function listsIn(text: string, s: number, e: number, out: Payload[], origin?: Payload): void {
  const region = text.slice(s, e);
  // A list cannot continue into a letter or digit just outside the stretch (its regexes' look-arounds).
  const glued = (at: number): boolean => at >= 0 && at < text.length && isAlnum(text.charCodeAt(at));
  // (module-level regexes: nothing below recurses into another scan before the loop ends)
  for (const re of [BINARY_BYTE_LIST, HEX_BYTE_LIST, DECIMAL_CODE_LIST]) {
    re.lastIndex = 0;
    const hex = re === HEX_BYTE_LIST;
    const binary = re === BINARY_BYTE_LIST;
    for (let m = re.exec(region); m !== null && out.length < MAX_PAYLOADS; m = re.exec(region)) {
      const from = s + m.index;
      const to = from + m[0].length;
      if ((from === s && glued(s - 1)) || (to === e && glued(e))) continue;
      const numbers = m[0].match(hex ? /[0-9A-Fa-f]{2}(?![0-9A-Fa-f])/g : /\d+/g) ?? [];
      const bytes: number[] = [];
      for (const v of numbers) {
        const b = binary ? parseInt(v, 2) : hex ? parseInt(v, 16) : Number(v);
        if (b > 255) break;
        bytes.push(b);
      }
      if (bytes.length !== numbers.length) continue;
      const decoded = Buffer.from(bytes).toString("utf8");
      if (isMostlyPrintable(decoded)) out.push({ text: decoded, start: origin?.start ?? from, end: origin?.end ?? to });
    }
  }
}

function urlPayloads(text: string, out: Payload[], origin?: Payload): void {
  if (!text.includes("%")) return;
  const re = new RegExp(URL_RUN.source, "g");
  for (let m = re.exec(text); m !== null && out.length < MAX_PAYLOADS; m = re.exec(text)) {
    const run = m[0];
    const escapes = run.match(PERCENT)?.length ?? 0;
    // One escape is enough when it is an encoded `@` (`jane.doe%40example.com`): an e-mail address hides behind it;
    // or an encoded unreserved character, which only a disguise writes.
    if (escapes < 2 && !run.includes("%40") && !UNRESERVED_ESCAPE.test(run)) continue;
    const decoded = decodePercent(run);
    if (decoded !== undefined && decoded !== run) {
      out.push({ text: decoded, start: origin?.start ?? m.index, end: origin?.end ?? m.index + run.length });
    }
  }
}

interface Found {
  base64: Payload[];
  hex: Payload[];
  url: Payload[];
}

function findAll(text: string, out: Found, origin?: Payload, scan?: TextScan): void {
  runPayloads(text, (scan ?? scanText(text, MIN_ENCODED_LENGTH)).encodedRuns, out, origin);
  if (text.includes("\\")) {
    escapedHexPayloads(text, out.hex, origin);
    unicodeEscapePayloads(text, out.hex, origin);
  }
  urlPayloads(text, out.url, origin);
  if (text.length >= MIN_LIST_LENGTH) byteListPayloads(text, out.hex, origin);
}

/**
 * Decoded views of `text`: one per encoding (base64/base64url, hex, URL-encoding) that has at least one run of
 * ≥ 16 encoded characters decoding to mostly printable UTF-8 text. A payload that is itself encoded is decoded
 * once more (two layers), still mapped to the outer run. Every span in a decoded view maps to its encoded run.
 */
export function buildDecodedViews(text: string, scan?: TextScan): TextView[] {
  const found: Found = { base64: [], hex: [], url: [] };
  findAll(text, found, undefined, scan);
  const views: TextView[] = [];
  for (const kind of ["base64", "hex", "url"] as const) {
    const payloads = found[kind];
    if (payloads.length === 0) continue;
    // Second layer (e.g. base64 of URL-encoded text): any encoding, mapped to the outer run.
    const inner: Found = { base64: [], hex: [], url: [] };
    for (const p of payloads) findAll(p.text, inner, p);
    views.push(buildSegmentView(kind, [...payloads, ...inner.base64, ...inner.hex, ...inner.url]));
  }
  return views;
}
