import { buildSegmentView, type TextView } from "./text-view.js";

/** Minimum length of an encoded run worth decoding (shorter runs are ordinary words and ids). */
export const MIN_ENCODED_LENGTH = 16;
/** Minimum decoded length: short payloads cannot hold anything a detector would report. */
const MIN_DECODED_LENGTH = 8;
/** Most the decoders look at in one text, so that a pathological input stays linear and bounded. */
const MAX_PAYLOADS = 256;

// Sources only: each scan makes its own RegExp, because decoding recurses into payloads mid-scan.
const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX_RUN = /(?<![0-9A-Za-z])(?:0x)?(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])/g;
const ESCAPED_HEX_RUN = /(?:\\x[0-9A-Fa-f]{2}){8,}/g;
const URL_RUN = /[A-Za-z0-9._~!*'()+\-/:=&?;,@%]{16,}/g;
const PERCENT = /%[0-9A-Fa-f]{2}/g;

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
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad <= s.length * 0.05;
}

function decodeBase64(run: string): string | undefined {
  let body = run.replace(/=+$/, "");
  if (/[+/]/.test(body) && /[-_]/.test(body)) return undefined; // mixed alphabets: not one payload
  if (body.length % 4 === 1) body = body.slice(0, -1);
  const out = Buffer.from(body, "base64").toString("utf8");
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

function base64Payloads(text: string, offset: number, out: Payload[], origin?: Payload): void {
  const re = new RegExp(BASE64_RUN.source, "g");
  for (let m = re.exec(text); m !== null && out.length < MAX_PAYLOADS; m = re.exec(text)) {
    const run = m[0];
    const at = m.index;
    let decoded = decodeBase64(run);
    if (decoded !== undefined) {
      out.push({ text: decoded, start: origin?.start ?? offset + at, end: origin?.end ?? offset + at + run.length });
      continue;
    }
    // A path-like run ("/v1/<payload>") fails as a whole: try its slash-separated pieces.
    if (!run.includes("/")) continue;
    let pos = 0;
    for (const piece of run.split("/")) {
      if (piece.length >= MIN_ENCODED_LENGTH && (decoded = decodeBase64(piece)) !== undefined) {
        out.push({ text: decoded, start: origin?.start ?? offset + at + pos, end: origin?.end ?? offset + at + pos + piece.length });
      }
      pos += piece.length + 1;
    }
  }
}

function hexPayloads(text: string, offset: number, out: Payload[], origin?: Payload): void {
  const re = new RegExp(HEX_RUN.source, "g");
  for (let m = re.exec(text); m !== null && out.length < MAX_PAYLOADS; m = re.exec(text)) {
    const run = m[0];
    const decoded = decodeHex(run.startsWith("0x") ? run.slice(2) : run);
    if (decoded !== undefined) out.push({ text: decoded, start: origin?.start ?? offset + m.index, end: origin?.end ?? offset + m.index + run.length });
  }
  if (!text.includes("\\x")) return;
  const esc = new RegExp(ESCAPED_HEX_RUN.source, "g");
  for (let m = esc.exec(text); m !== null && out.length < MAX_PAYLOADS; m = esc.exec(text)) {
    const decoded = decodeHex(m[0].replace(/\\x/g, ""));
    if (decoded !== undefined) out.push({ text: decoded, start: origin?.start ?? offset + m.index, end: origin?.end ?? offset + m.index + m[0].length });
  }
}

function urlPayloads(text: string, offset: number, out: Payload[], origin?: Payload): void {
  if (!text.includes("%")) return;
  const re = new RegExp(URL_RUN.source, "g");
  for (let m = re.exec(text); m !== null && out.length < MAX_PAYLOADS; m = re.exec(text)) {
    const run = m[0];
    const escapes = run.match(PERCENT)?.length ?? 0;
    if (escapes < 2) continue;
    const decoded = decodePercent(run);
    if (decoded !== undefined && decoded !== run) {
      out.push({ text: decoded, start: origin?.start ?? offset + m.index, end: origin?.end ?? offset + m.index + run.length });
    }
  }
}

type Finder = (text: string, offset: number, out: Payload[], origin?: Payload) => void;
const FINDERS: readonly (readonly [TextView["kind"], Finder])[] = [
  ["base64", base64Payloads],
  ["hex", hexPayloads],
  ["url", urlPayloads],
];

/**
 * Decoded views of `text`: one per encoding (base64/base64url, hex, URL-encoding) that has at least one run of
 * ≥ 16 encoded characters decoding to mostly printable UTF-8. A payload that is itself encoded is decoded once
 * more (two layers), still mapped to the outer run. Every span in a decoded view maps to its encoded run.
 */
export function buildDecodedViews(text: string): TextView[] {
  const views: TextView[] = [];
  for (const [kind, find] of FINDERS) {
    const payloads: Payload[] = [];
    find(text, 0, payloads);
    if (payloads.length === 0) continue;
    // Second layer (e.g. base64 of URL-encoded text): any encoding, mapped to the outer run.
    const inner: Payload[] = [];
    for (const p of payloads) for (const [, f] of FINDERS) f(p.text, 0, inner, p);
    views.push(buildSegmentView(kind, [...payloads, ...inner]));
  }
  return views;
}
