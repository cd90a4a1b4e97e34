import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "./pdf-text.js";

const pdf = (streams: { dict: string; body: Buffer }[]): Buffer =>
  Buffer.concat([Buffer.from("%PDF-1.4\n"), ...streams.flatMap((s, i) => [Buffer.from(`${i + 4} 0 obj<<${s.dict}>>stream\n`), s.body, Buffer.from("\nendstream endobj\n")]), Buffer.from("%%EOF")]);

describe("extractPdfText", () => {
  it("reads the literal strings of text blocks, plain and FlateDecode, with escapes and TJ arrays", () => {
    const plain = Buffer.from("BT /F1 12 Tf 72 712 Td (key = AKIA\\(1\\)) Tj ET");
    const flate = deflateSync(Buffer.from("BT [(Hel) -20 (lo) ] TJ ET\nBT (line\\040two\\n) Tj ET"));
    expect(extractPdfText(pdf([{ dict: `/Length ${plain.length}`, body: plain }, { dict: `/Length ${flate.length}/Filter/FlateDecode`, body: flate }]))).toBe("key = AKIA(1)\nHello\nline two\n");
  });

  it("nothing for other bytes, a PDF without text, or a stream it cannot decode", () => {
    expect(extractPdfText(Buffer.from("not a pdf (x) Tj"))).toBeUndefined();
    expect(extractPdfText(pdf([{ dict: "/Length 3", body: Buffer.from("q Q") }]))).toBeUndefined();
    expect(extractPdfText(pdf([{ dict: "/Filter/FlateDecode", body: Buffer.from("garbage") }, { dict: "/Filter/DCTDecode", body: Buffer.from("BT (x) Tj ET") }]))).toBeUndefined();
  });
});
