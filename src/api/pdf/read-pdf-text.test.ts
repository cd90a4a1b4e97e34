import { deflateRawSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildPdf, toUnicodeCMap } from "../../../test/support/build-pdf.js";
import { inlinePayloadClass } from "../inline-text-file.js";
import { readPdfText } from "./read-pdf-text.js";

const KEY = "AKIAIOSFODNN7EXAMPLE";
const text = (pdf: Buffer): string | undefined => { const r = readPdfText(pdf); return r.readable ? r.text : undefined; };
/** `s` as 2-byte glyph codes: each character's code point + 0x100 (a CID-style font only its CMap can read). */
const cid = (s: string): string => [...s].map((c) => (c.charCodeAt(0) + 0x100).toString(16).padStart(4, "0")).join("");

describe("readPdfText", () => {
  it("reads Tj, ', \" and TJ with kerning, over uncompressed and FlateDecode pages", () => {
    const pdf = buildPdf({ pages: [
      { content: "BT /F1 12 Tf 72 712 Td (aws key = ) Tj [(AKIA) -15 (IOSF) 5 (ODNN7EXAMPLE)] TJ ET" },
      { flate: true, content: "BT /F1 12 Tf 72 700 Td [(Hello) -300 (world)] TJ (second line) ' 1 2 (third) \" ET" },
    ] });
    expect(text(pdf)).toBe(`aws key = ${KEY}\nHello world\nsecond line\nthird`);
  });

  it("resolves escapes, octal codes, line continuations, nested parentheses and hex strings", () => {
    const pdf = buildPdf({ pages: [{ content: "BT /F1 1 Tf (a\\(b\\) \\101\\102C (nested) tab\\tend\\\nx) Tj <4B 45 59 3> Tj ET" }] });
    expect(text(pdf)).toBe("a(b) ABC (nested) tab\tendxKEY0");
  });

  it("maps codes through a ToUnicode CMap (bfchar, bfrange with a start and with an array), 2-byte codes", () => {
    const cmap = toUnicodeCMap(2, [["0141", "0041"]], [["0142", "015A", "0042"], ["0130", "0139", "0030"], ["0120", "0120", "[<0020>]"]]);
    const pdf = buildPdf({ toUnicode: cmap, pages: [{ flate: true, content: `BT /F1 10 Tf <${cid(KEY)}> Tj [<${cid("KEY")}> -50 <${cid(" OK")}>] TJ ET` }] });
    expect(text(pdf)).toBe(`${KEY}KEY OK`);
  });

  it("finds a font packed in a (FlateDecode) object stream and reads through its ToUnicode map", () => {
    const packed = "5 0\n<</Type/Font/Subtype/Type0/BaseFont/X/Encoding/Identity-H/ToUnicode 6 0 R>>";
    const objStm = deflateSync(Buffer.from(packed));
    const cmap = toUnicodeCMap(2, [], [["0100", "01FF", "0000"]]);
    const pdf = Buffer.concat([
      Buffer.from(`%PDF-1.5\n4 0 obj<</Type/ObjStm/N 1/First 4/Filter/FlateDecode/Length ${objStm.length}>>stream\n`), objStm, Buffer.from("\nendstream\nendobj\n"),
      Buffer.from(`6 0 obj<</Length ${cmap.length}>>stream\n${cmap}\nendstream\nendobj\n7 0 obj<</Type/Page/Resources<</Font<</F9 5 0 R>>>>/Contents 8 0 R>>endobj\n`),
      Buffer.from(`8 0 obj<<>>stream\nBT /F9 11 Tf <${cid(KEY)}> Tj ET\nendstream\nendobj\n%%EOF`),
    ]);
    expect(text(pdf)).toBe(KEY);
  });

  it("WinAnsi bytes without a CMap; document info and form values (PDFDoc and UTF-16BE)", () => {
    const pdf = buildPdf({ pages: [{ content: "BT /F1 1 Tf (caf\\351 \\200 5) Tj ET" }], info: { Title: "(Quarterly)", Author: "<FEFF004A006F>" } });
    expect(text(pdf)).toBe("café € 5\nQuarterly\nJo");
  });

  it("unreadable, typed, never thrown: not a PDF, encrypted, no text, over limits, garbage", () => {
    const reason = (pdf: Buffer, limits?: Parameters<typeof readPdfText>[1]): string | undefined => { const r = readPdfText(pdf, limits); return r.readable ? undefined : r.reason; };
    const page = { content: `BT (${KEY}) Tj ET` };
    expect(reason(Buffer.from("hello (x) Tj"))).toBe("not-pdf");
    expect(reason(buildPdf({ pages: [page], trailer: "/Encrypt 9 0 R" }))).toBe("encrypted");
    expect(reason(buildPdf({ pages: [{ content: "q 1 0 0 1 0 0 cm Q" }] }))).toBe("no-text");
    const limits = { maxBytes: 1 << 20, maxObjects: 100, maxInflated: 1 << 16, maxMillis: 1000 };
    expect(reason(buildPdf({ pages: [page] }), { ...limits, maxBytes: 100 })).toBe("too-large");
    expect(reason(buildPdf({ pages: Array.from({ length: 60 }, () => page) }), limits)).toBe("too-many-objects");
    const bomb = Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj<</Filter/FlateDecode>>stream\n"), deflateSync(Buffer.alloc(1 << 20, 32)), Buffer.from("\nendstream endobj")]);
    expect(reason(bomb, limits)).toBe("inflate-limit");
    expect(reason(Buffer.concat([Buffer.from("%PDF-1.7\n1 0 obj<</Filter/FlateDecode>>stream\n"), Buffer.from("\x00\xff garbage (unclosed <<[[", "latin1")]))).toMatch(/^(no-text|unsupported-stream)$/);
  });

  it("a readable decoy page does not hide a content stream it cannot decode; a deflate stream without zlib header is read", () => {
    const decoy = buildPdf({ pages: [{ content: "BT (nothing to see) Tj ET" }] }).toString("latin1");
    const hidden = decoy.replace("%%EOF", `9 0 obj<</Filter/ASCIIHexDecode/Length 10>>stream\n4254202854\nendstream endobj\n%%EOF`);
    expect(readPdfText(Buffer.from(hidden, "latin1"))).toEqual({ readable: false, reason: "unsupported-stream" });
    const image = decoy.replace("%%EOF", "9 0 obj<</Subtype/Image/Filter/DCTDecode/Length 3>>stream\n\xff\xd8\xff\nendstream endobj\n%%EOF");
    expect(text(Buffer.from(image, "latin1"))).toBe("nothing to see");
    const tagged = buildPdf({ pages: [{ flate: true, content: `BT (${KEY}) Tj ET` }] }).toString("latin1").replace("<</Filter/FlateDecode", "<</Subtype/Image/Length1 9/Filter/FlateDecode");
    expect(text(Buffer.from(tagged, "latin1"))).toBe(KEY); // a page's /Contents is read whatever its dictionary claims
    const raw = deflateRawSync(Buffer.from(`BT (${KEY}) Tj ET`));
    const headerless = Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj<</Filter/FlateDecode>>stream\n"), raw, Buffer.from("\nendstream endobj")]);
    expect(text(headerless)).toBe(KEY);
  });

  it("stays linear on hostile input (deep nesting, huge ranges, unclosed strings)", () => {
    const nasty = `%PDF-1.4\n1 0 obj<<>>stream\nBT ${"[".repeat(100_000)}${"(".repeat(100_000)} Tj ET\nendstream endobj\n2 0 obj<<>>stream\nbegincmap 1 beginbfrange <0000> <FFFFFF> <0041> endbfrange\nendstream endobj`;
    const sprawl = `%PDF-1.4\n${"1 0 obj << >> ".repeat(15_000)}${" ".repeat(4 << 20)}`; // no endobj or stream: no rescans to the end
    const digits = `%PDF-1.4\n${"1".repeat(1 << 20)} 0 obj`;
    const number = `%PDF-1.4\n1 0 obj<<>>stream\nBT ${"1".repeat(1 << 18)}e5 (x) Tj ET\nendstream`;
    const started = process.cpuUsage();
    expect(readPdfText(Buffer.from(digits, "latin1"))).toEqual({ readable: false, reason: "no-text" });
    expect(readPdfText(Buffer.from(number, "latin1"))).toEqual({ readable: true, text: "x" });
    readPdfText(Buffer.from(nasty, "latin1"));
    expect(readPdfText(Buffer.from(sprawl, "latin1"))).toEqual({ readable: false, reason: "no-text" });
    const cpu = process.cpuUsage(started);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
  });
});

describe("a PDF attachment in a request (inlinePayloadClass)", () => {
  it("is extracted text for the policy when readable (data URL and bare base64), an unscanned file when not", () => {
    const cmap = toUnicodeCMap(2, [], [["0100", "01FF", "0000"]]);
    const pdf = buildPdf({ toUnicode: cmap, pages: [{ flate: true, content: `BT /F1 9 Tf [<${cid("key=")}> -10 <${cid(KEY)}>] TJ ET` }] }).toString("base64");
    expect(inlinePayloadClass("user", 0, `data:application/pdf;base64,${pdf}`, ["messages", 0, "content", 1, "file", "file_data"])).toMatchObject({ kind: "document", extracted: { text: `key=${KEY}`, mediaType: "application/pdf" } });
    expect(inlinePayloadClass("user", 0, pdf, ["messages", 0, "content", 0, "source", "data"], "application/pdf")).toMatchObject({ extracted: { text: `key=${KEY}` } });
    const locked = buildPdf({ pages: [{ content: `BT (${KEY}) Tj ET` }], trailer: "/Encrypt 9 0 R" }).toString("base64");
    expect(inlinePayloadClass("user", 0, locked, ["x"], "application/pdf")).toMatchObject({ unscanned: "application/pdf" });
  });
});
