import { lexPdf } from "./pdf-lexer.js";

/** A font's ToUnicode CMap (PDF 32000-1 §9.10.3): character codes of `codeBytes` bytes to Unicode text. */
export interface ToUnicodeMap {
  codeBytes: 1 | 2;
  map: Map<number, string>;
}

/** Most code points a `bfrange` may add: a hostile range `<0000> <FFFF>` stays bounded. */
const MAX_ENTRIES = 65536;

const codeOf = (bytes: string): number => { let v = 0; for (let i = 0; i < bytes.length; i++) v = v * 256 + bytes.charCodeAt(i); return v; };

/** UTF-16BE bytes (a CMap destination, a `FE FF` text string) as text; lone surrogates are dropped. */
export function utf16be(bytes: string): string {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.charCodeAt(i) * 256 + bytes.charCodeAt(i + 1));
  return out.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

/** The next text after `dst` in a `bfrange` (its last UTF-16 unit incremented, §9.10.3). */
const step = (dst: string, by: number): string => dst.slice(0, -1) + String.fromCharCode((dst.charCodeAt(dst.length - 1) + by) & 0xffff);

/** Reads the `codespacerange`, `bfchar` and `bfrange` sections of a ToUnicode CMap stream. */
export function parseToUnicode(cmap: string): ToUnicodeMap {
  const map = new Map<number, string>();
  let codeBytes: 1 | 2 = 1;
  let section: "" | "codespace" | "bfchar" | "bfrange" = "";
  let row: (string | string[])[] = [];
  let array: string[] | undefined;
  for (const t of lexPdf(cmap)) {
    if (t.kind === "op") {
      if (t.value === "begincodespacerange") section = "codespace";
      else if (t.value === "beginbfchar") section = "bfchar";
      else if (t.value === "beginbfrange") section = "bfrange";
      else if (t.value.startsWith("end")) section = "";
      row = [];
      continue;
    }
    if (section === "") continue;
    if (t.kind === "open") { array = []; continue; }
    if (t.kind === "close") { if (array) row.push(array); array = undefined; }
    else if (t.kind === "string") { if (array) { array.push(t.bytes); continue; } row.push(t.bytes); }
    else continue;
    if (section === "codespace" && row.length === 2) {
      if (typeof row[0] === "string" && row[0].length >= 2) codeBytes = 2;
      row = [];
    } else if (section === "bfchar" && row.length === 2) {
      const [src, dst] = row;
      if (typeof src === "string" && typeof dst === "string") { map.set(codeOf(src), utf16be(dst)); if (src.length >= 2) codeBytes = 2; }
      row = [];
    } else if (section === "bfrange" && row.length === 3) {
      const [lo, hi, dst] = row;
      if (typeof lo === "string" && typeof hi === "string") {
        if (lo.length >= 2) codeBytes = 2;
        const from = codeOf(lo);
        const to = Math.min(codeOf(hi), from + MAX_ENTRIES - 1);
        for (let c = from; c <= to && map.size < MAX_ENTRIES; c++) {
          const d = typeof dst === "string" ? (dst.length >= 2 ? step(utf16be(dst), c - from) : "") : dst?.[c - from] !== undefined ? utf16be(dst[c - from] as string) : undefined;
          if (d !== undefined && d !== "") map.set(c, d);
        }
      }
      row = [];
    }
  }
  return { codeBytes, map };
}

/** Windows-1252 for 0x80-0x9F (WinAnsiEncoding, PDF 32000-1 Annex D); other bytes are Latin-1. */
const WIN_ANSI_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Bytes of a string shown with a font: through its ToUnicode map when it has one, else as WinAnsiEncoding. */
export function decodeShown(bytes: string, font: ToUnicodeMap | undefined): string {
  if (font === undefined) {
    let out = "";
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes.charCodeAt(i);
      out += c >= 0x80 && c <= 0x9f ? WIN_ANSI_HIGH[c - 0x80] : bytes[i];
    }
    return out;
  }
  let out = "";
  for (let i = 0; i < bytes.length; i += font.codeBytes) {
    const code = codeOf(bytes.slice(i, i + font.codeBytes));
    out += font.map.get(code) ?? (font.codeBytes === 1 ? String.fromCharCode(code) : "");
  }
  return out;
}

/** A text string outside content (document info, form values, §7.9.2.2): UTF-16BE with a BOM, else PDFDocEncoding (≈ Latin-1 here). */
export function decodeTextString(bytes: string): string {
  return bytes.startsWith("\u00fe\u00ff") ? utf16be(bytes.slice(2)) : decodeShown(bytes, undefined);
}
