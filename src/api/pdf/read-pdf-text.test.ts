import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildPdf, toUnicodeCMap } from "../../../test/support/build-pdf.js";
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
    expect(reason(Buffer.concat([Buffer.from("%PDF-1.7\n1 0 obj<</Filter/FlateDecode>>stream\n"), Buffer.from("\x00\xff garbage (unclosed <<[[", "latin1")]))).toBe("no-text");
  });

  it("stays linear on hostile input (deep nesting, huge ranges, unclosed strings)", () => {
    const nasty = `%PDF-1.4\n1 0 obj<<>>stream\nBT ${"[".repeat(100_000)}${"(".repeat(100_000)} Tj ET\nendstream endobj\n2 0 obj<<>>stream\nbegincmap 1 beginbfrange <0000> <FFFFFF> <0041> endbfrange\nendstream endobj`;
    const started = process.cpuUsage();
    readPdfText(Buffer.from(nasty, "latin1"));
    const cpu = process.cpuUsage(started);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(1000);
  });
});
