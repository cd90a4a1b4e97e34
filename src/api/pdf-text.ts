import { inflateSync } from "node:zlib";

/** Most content streams read per document, and most bytes inflated in all: a hostile PDF stays bounded. */
const MAX_STREAMS = 256;
const MAX_INFLATED = 4 * 1024 * 1024;

const STREAM_START = /<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>|<[0-9A-Fa-f\s]*>)*)>>\s*stream\r?\n/g;
const TEXT_BLOCK = /BT\b([\s\S]*?)\bET\b/g;
const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };

/** The literal strings `( … )` of a text block, unescaped (PDF 32000-1 §7.3.4.2), in order. */
function literalStrings(block: string, out: string[]): void {
  for (let i = block.indexOf("("); i >= 0 && i < block.length; i = block.indexOf("(", i)) {
    let depth = 1;
    let s = "";
    let j = i + 1;
    for (; j < block.length && depth > 0; j++) {
      const c = block[j] as string;
      if (c === "\\") {
        const n = block[j + 1] ?? "";
        const oct = /^[0-7]{1,3}/.exec(block.slice(j + 1, j + 4));
        if (oct) {
          s += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
          j += oct[0].length;
        } else {
          s += ESCAPES[n] ?? (n === "\n" || n === "\r" ? "" : n);
          j++;
        }
      } else if (c === "(") {
        depth++;
        s += c;
      } else if (c === ")") {
        if (--depth > 0) s += c;
      } else s += c;
    }
    out.push(s);
    i = j;
  }
}

/**
 * The text a PDF shows, as far as its literal strings tell: every content stream (inflated when `/FlateDecode`),
 * the `( … )` strings of its text blocks, a line per block. Fonts with custom encodings (hex strings, CID fonts)
 * and images give nothing. Undefined when the bytes are not a PDF or show no text.
 */
export function extractPdfText(pdf: Buffer): string | undefined {
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") return undefined;
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  let inflated = 0;
  let streams = 0;
  const re = new RegExp(STREAM_START.source, "g");
  for (let m = re.exec(raw); m !== null && streams < MAX_STREAMS; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    streams++;
    re.lastIndex = end;
    let content = raw.slice(start, end);
    const dict = m[1] ?? "";
    if (/\/Filter\s*(?:\[\s*)?\/FlateDecode\b/.test(dict)) {
      if (inflated >= MAX_INFLATED) continue;
      try {
        const out = inflateSync(Buffer.from(content, "latin1"), { maxOutputLength: MAX_INFLATED - inflated });
        inflated += out.length;
        content = out.toString("latin1");
      } catch {
        continue;
      }
    } else if (/\/Filter\b/.test(dict)) continue;
    const text = new RegExp(TEXT_BLOCK.source, "g");
    for (let b = text.exec(content); b !== null; b = text.exec(content)) {
      const parts: string[] = [];
      literalStrings(b[1] ?? "", parts);
      if (parts.length > 0) lines.push(parts.join(""));
    }
  }
  const out = lines.join("\n");
  return out.trim().length > 0 ? out : undefined;
}
