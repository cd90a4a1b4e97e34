import { constants, inflateRawSync, inflateSync } from "node:zlib";
import { lexPdf, readHex, readLiteral } from "./pdf-lexer.js";
import { decodeShown, decodeTextString, parseToUnicode, type ToUnicodeMap } from "./to-unicode-map.js";

/** Why a PDF's text could not be read: the caller treats it as an opaque payload (fail closed to the policy). */
export type PdfUnreadableReason = "not-pdf" | "too-large" | "encrypted" | "too-many-objects" | "inflate-limit" | "time-limit" | "unsupported-stream" | "no-text";

/** What {@link readPdfText} found: the text a PDF shows, or why it has none to give. */
export type PdfTextResult = { readable: true; text: string } | { readable: false; reason: PdfUnreadableReason };

export interface PdfReadLimits {
  /** Largest PDF read, in bytes. */
  maxBytes: number;
  /** Most indirect objects read. */
  maxObjects: number;
  /** Most bytes inflated from FlateDecode streams, over the whole document. */
  maxInflated: number;
  /** Wall-clock budget in milliseconds. */
  maxMillis: number;
}

export const DEFAULT_PDF_LIMITS: PdfReadLimits = { maxBytes: 32 * 1024 * 1024, maxObjects: 20_000, maxInflated: 16 * 1024 * 1024, maxMillis: 500 };

class Limit extends Error {
  constructor(readonly reason: PdfUnreadableReason) { super(reason); }
}

interface PdfObject { dict: string; stream?: string }

/** An object header; the lookbehind keeps a long run of digits from being retried at every position (quadratic). */
const OBJ = /(?<!\d)(\d+)\s+(\d+)\s+obj\b/g;
const INFO_KEYS = /\/(Title|Author|Subject|Keywords|V)\s*(\(|<(?!<))/g;

/**
 * The text a PDF shows, read in linear passes without a PDF library: indirect objects and their streams
 * (FlateDecode inflated under a shared cap), the text-showing operators `Tj`, `TJ`, `'` and `"` of every content
 * stream with literal and hex strings, decoded through the font's ToUnicode CMap (bfchar/bfrange) when it has one,
 * else WinAnsiEncoding; then document-information strings and form-field values (`/V`). Never throws: a file it
 * cannot read (not a PDF, encrypted, over a limit, no text) is `{ readable: false, reason }`.
 *
 * Not covered: encryption, filters other
 * than FlateDecode (and predictors), CID fonts without ToUnicode, text drawn as paths or images (no OCR). Font
 * resource names are resolved document-wide, not per page.
 *
 * @example readPdfText(buffer) // { readable: true, text: "aws_access_key_id = AKIA…" }
 */
export function readPdfText(pdf: Buffer, limits: PdfReadLimits = DEFAULT_PDF_LIMITS): PdfTextResult {
  try {
    return read(pdf, limits);
  } catch (err) {
    return { readable: false, reason: err instanceof Limit ? err.reason : "no-text" };
  }
}

function read(pdf: Buffer, limits: PdfReadLimits): PdfTextResult {
  if (pdf.length > limits.maxBytes) return { readable: false, reason: "too-large" };
  const head = pdf.subarray(0, 1024).toString("latin1");
  if (!head.includes("%PDF-")) return { readable: false, reason: "not-pdf" };
  const deadline = Date.now() + limits.maxMillis;
  const clock = (): void => { if (Date.now() > deadline) throw new Limit("time-limit"); };
  const raw = pdf.toString("latin1");
  // An encryption dictionary in a trailer or cross-reference stream: strings and streams are ciphertext (§7.6).
  if (/\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/.test(raw)) return { readable: false, reason: "encrypted" };

  const objects = new Map<number, PdfObject>();
  let inflated = 0;
  const inflate = (data: string): string | undefined => {
    const room = limits.maxInflated - inflated;
    if (room <= 0) throw new Limit("inflate-limit");
    const opts = { maxOutputLength: room, finishFlush: constants.Z_SYNC_FLUSH };
    const buf = Buffer.from(data, "latin1");
    for (const run of [inflateSync, inflateRawSync]) { // viewers also accept a deflate stream without its zlib header
      try {
        const out = run(buf, opts);
        inflated += out.length;
        return out.toString("latin1");
      } catch (err) {
        if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new Limit("inflate-limit");
      }
    }
    return undefined;
  };
  // Streams that are not content (images, embedded fonts, cross-reference, XMP) need not be read.
  const NOT_CONTENT = /\/(Length[123]|Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType)|Type\s*\/(XRef|Metadata))\b/;
  /** A stream that may hold content but could not be decoded (another filter, a damaged deflate stream). */
  let opaque = false;

  // The next occurrence of a keyword, remembered: each search resumes past the last, so the pass stays linear
  // however the objects are laid out (no rescanning to a distant keyword, or to the end when there is none).
  const found = new Map<string, number>();
  const nextAt = (word: string, from: number): number => {
    const known = found.get(word);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const at = raw.indexOf(word, from);
    found.set(word, at);
    return at;
  };

  // Streams a page names as its /Contents are content whatever their dictionary claims (a content stream tagged
  // as an image or a font program must not be skipped). Page dictionaries packed in object streams are not seen here.
  const contents = new Set<number>();
  for (const c of raw.matchAll(/\/Contents\s*(?:(\d+)\s+\d+\s+R|\[([^\]]*)\])/g)) {
    if (c[1] !== undefined) contents.add(Number(c[1]));
    for (const r of (c[2] ?? "").matchAll(/(\d+)\s+\d+\s+R/g)) contents.add(Number(r[1]));
  }
  const skipped = (num: number, dict: string): boolean => !contents.has(num) && NOT_CONTENT.test(dict);

  let headers = 0;
  OBJ.lastIndex = 0;
  for (let m = OBJ.exec(raw); m !== null; m = OBJ.exec(raw)) {
    if (objects.size >= limits.maxObjects) throw new Limit("too-many-objects");
    if ((++headers & 63) === 0) clock();
    const start = m.index + m[0].length;
    const endObj = nextAt("endobj", start);
    const streamAt = nextAt("stream", start);
    let dict: string;
    let stream: string | undefined;
    if (streamAt >= 0 && (endObj < 0 || streamAt < endObj) && raw.slice(streamAt - 3, streamAt) !== "end") {
      dict = raw.slice(start, streamAt);
      let dataStart = streamAt + 6;
      if (raw[dataStart] === "\r") dataStart++;
      if (raw[dataStart] === "\n") dataStart++;
      const dataEnd = raw.indexOf("endstream", dataStart);
      const end = dataEnd < 0 ? raw.length : dataEnd;
      const data = raw.slice(dataStart, end);
      if (skipped(Number(m[1]), dict)) { /* images and font programs: not read, and not inflated against the cap */ }
      else if (/\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/.test(dict) && !/\/Filter\s*\[\s*\/\w+\s*\/\w+/.test(dict)) stream = inflate(data);
      else if (!/\/Filter\b/.test(dict)) stream = data;
      if (stream === undefined && !skipped(Number(m[1]), dict)) opaque = true;
      OBJ.lastIndex = end;
    } else {
      dict = raw.slice(start, endObj < 0 ? raw.length : endObj);
      if (endObj >= 0) OBJ.lastIndex = endObj;
    }
    objects.set(Number(m[1]), stream === undefined ? { dict } : { dict, stream });
  }

  // Text hidden where this reader cannot look would pass unseen beside a readable decoy page: fail closed.
  if (opaque) return { readable: false, reason: "unsupported-stream" };

  // Objects packed in object streams (PDF 1.5, §7.5.7): pages, fonts and resources of most modern files live there.
  for (const o of [...objects.values()]) {
    if (o.stream === undefined || !/\/Type\s*\/ObjStm\b/.test(o.dict)) continue;
    const first = Number(/\/First\s+(\d+)/.exec(o.dict)?.[1] ?? NaN);
    const count = Number(/\/N\s+(\d+)/.exec(o.dict)?.[1] ?? NaN);
    if (!Number.isFinite(first) || !Number.isFinite(count)) continue;
    const header = o.stream.slice(0, first).trim().split(/\s+/).map(Number);
    for (let k = 0; k + 1 < header.length && k < 2 * count; k += 2) {
      if (objects.size >= limits.maxObjects) throw new Limit("too-many-objects");
      const num = header[k] as number;
      const at = first + (header[k + 1] as number);
      const next = k + 3 < header.length ? first + (header[k + 3] as number) : o.stream.length;
      if (!objects.has(num) && at >= first && next >= at) objects.set(num, { dict: o.stream.slice(at, next) });
    }
    clock();
  }

  // Fonts: resource name -> ToUnicode map (document-wide; a name reused with another font on another page keeps the first).
  const cmaps = new Map<number, ToUnicodeMap>();
  const fontMap = (num: number): ToUnicodeMap | undefined => {
    const tu = /\/ToUnicode\s+(\d+)\s+\d+\s+R/.exec(objects.get(num)?.dict ?? "");
    if (!tu) return undefined;
    const cm = Number(tu[1]);
    if (!cmaps.has(cm)) { const s = objects.get(cm)?.stream; if (s !== undefined) cmaps.set(cm, parseToUnicode(s)); }
    return cmaps.get(cm);
  };
  const fonts = new Map<string, ToUnicodeMap | undefined>();
  const FONT_DICT = /\/Font\s*<<([^<>]*)>>/g;
  const FONT_REF = /\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g;
  const addFonts = (body: string): void => {
    for (let fd = FONT_DICT.exec(body); fd !== null; fd = FONT_DICT.exec(body)) {
      for (let r = FONT_REF.exec(fd[1] ?? ""); r !== null; r = FONT_REF.exec(fd[1] ?? "")) {
        const name = r[1] as string;
        if (!fonts.has(name)) fonts.set(name, fontMap(Number(r[2])));
      }
    }
  };
  for (const o of objects.values()) {
    FONT_DICT.lastIndex = 0;
    addFonts(o.dict);
    // `/Font 7 0 R`: the font resources are their own object
    const ref = /\/Font\s+(\d+)\s+\d+\s+R/.exec(o.dict);
    if (ref) { FONT_DICT.lastIndex = 0; addFonts(`/Font ${objects.get(Number(ref[1]))?.dict ?? ""}`); }
  }

  const lines: string[] = [];
  for (const [num, o] of objects) {
    if (o.stream === undefined || skipped(num, o.dict) || /\/Type\s*\/ObjStm\b/.test(o.dict) || o.stream.includes("begincmap")) continue;
    clock();
    showText(o.stream, fonts, lines, clock);
  }
  for (const o of objects.values()) {
    INFO_KEYS.lastIndex = 0;
    for (let k = INFO_KEYS.exec(o.dict); k !== null; k = INFO_KEYS.exec(o.dict)) {
      const at = k.index + k[0].length - 1;
      const s = k[2] === "(" ? readLiteral(o.dict, at) : readHex(o.dict, at);
      INFO_KEYS.lastIndex = Math.max(INFO_KEYS.lastIndex, s.end);
      const t = decodeTextString(s.bytes);
      if (t.trim()) lines.push(t);
    }
  }
  const text = lines.join("\n");
  return text.trim().length > 0 ? { readable: true, text } : { readable: false, reason: "no-text" };
}

/** Word gap in a TJ array, in thousandths of text space: a larger negative adjustment reads as a space. */
const TJ_SPACE = -200;

/** The text of one content stream's text-showing operators (§9.4.3), a line per text line. */
function showText(content: string, fonts: ReadonlyMap<string, ToUnicodeMap | undefined>, lines: string[], clock: () => void): void {
  if (!content.includes("BT")) return;
  let font: ToUnicodeMap | undefined;
  let line = "";
  const operands: (string | number | (string | number)[])[] = [];
  let array: (string | number)[] | undefined;
  let lastName = "";
  const flush = (): void => { if (line.trim()) lines.push(line); line = ""; };
  let tokens = 0;
  for (const t of lexPdf(content)) {
    if ((++tokens & 4095) === 0) clock();
    if (t.kind === "open") { array = []; continue; }
    if (t.kind === "close") { if (array) operands.push(array); array = undefined; continue; }
    if (t.kind === "string") { (array ?? operands).push(t.bytes); continue; }
    if (t.kind === "number") { (array ?? operands).push(t.value); continue; }
    if (t.kind === "name") { lastName = t.value; continue; }
    if (t.kind !== "op") continue;
    switch (t.value) {
      case "Tf": font = fonts.get(lastName); break;
      case "Tj": { const s = operands[operands.length - 1]; if (typeof s === "string") line += decodeShown(s, font); break; }
      case "'": case "\"": { flush(); const s = operands[operands.length - 1]; if (typeof s === "string") line += decodeShown(s, font); break; }
      case "TJ": {
        const a = operands[operands.length - 1];
        if (Array.isArray(a)) for (const e of a) line += typeof e === "string" ? decodeShown(e, font) : e < TJ_SPACE && !line.endsWith(" ") ? " " : "";
        break;
      }
      case "T*": case "ET": flush(); break;
      // A move to another line ends the line; a move along it adds nothing (glyph-by-glyph placement must not split a word).
      case "Td": case "TD": { const ty = operands[operands.length - 1]; if (typeof ty === "number" && ty !== 0) flush(); break; }
      default: break;
    }
    operands.length = 0;
  }
  flush();
}
