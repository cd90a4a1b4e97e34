import { deflateSync } from "node:zlib";

/** A page of a test PDF: its content stream (operators as written), and whether the stream is FlateDecode. */
export interface TestPdfPage {
  content: string;
  flate?: boolean;
}

export interface TestPdfOptions {
  pages: TestPdfPage[];
  /** A ToUnicode CMap body for font /F1 (codes are then read through it); without one /F1 is a WinAnsi Helvetica. */
  toUnicode?: string;
  /** Document information entries, as PDF objects (`(Title text)`). */
  info?: Record<string, string>;
  /** Extra trailer entries (e.g. `/Encrypt 9 0 R`). */
  trailer?: string;
}

/**
 * A small, valid PDF 1.4 (catalog, page tree, one font, a content stream per page, optional ToUnicode CMap and
 * info dictionary) with a correct cross-reference table, for tests of the PDF reader.
 */
export function buildPdf(opts: TestPdfOptions): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string): number => { objects.push(typeof body === "string" ? Buffer.from(body, "latin1") : body); return objects.length; };
  const stream = (dict: string, data: Buffer): Buffer => Buffer.concat([Buffer.from(`<<${dict}/Length ${data.length}>>stream\n`, "latin1"), data, Buffer.from("\nendstream", "latin1")]);
  const catalog = add("");
  const pagesObj = add("");
  const cmap = opts.toUnicode !== undefined ? add(stream("", Buffer.from(opts.toUnicode, "latin1"))) : undefined;
  const font = add(`<</Type/Font/Subtype/Type1/BaseFont/Helvetica${cmap !== undefined ? `/ToUnicode ${cmap} 0 R` : "/Encoding/WinAnsiEncoding"}>>`);
  const kids: number[] = [];
  for (const p of opts.pages) {
    const raw = Buffer.from(p.content, "latin1");
    const content = add(p.flate ? stream("/Filter/FlateDecode", deflateSync(raw)) : stream("", raw));
    kids.push(add(`<</Type/Page/Parent ${pagesObj} 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 ${font} 0 R>>>>/Contents ${content} 0 R>>`));
  }
  objects[catalog - 1] = Buffer.from(`<</Type/Catalog/Pages ${pagesObj} 0 R>>`);
  objects[pagesObj - 1] = Buffer.from(`<</Type/Pages/Kids[${kids.map((k) => `${k} 0 R`).join(" ")}]/Count ${kids.length}>>`);
  const info = opts.info ? add(`<<${Object.entries(opts.info).map(([k, v]) => `/${k} ${v}`).join("")}>>`) : undefined;
  const chunks: Buffer[] = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  const trailer = `trailer\n<</Size ${objects.length + 1}/Root ${catalog} 0 R${info !== undefined ? `/Info ${info} 0 R` : ""}${opts.trailer ?? ""}>>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, "latin1"));
  return Buffer.concat(chunks);
}

/** A ToUnicode CMap with the given `bfchar` pairs and `bfrange` triples (hex, without brackets). */
export function toUnicodeCMap(codeBytes: 1 | 2, bfchar: [string, string][], bfrange: [string, string, string][] = []): string {
  const space = codeBytes === 2 ? "<0000> <FFFF>" : "<00> <FF>";
  return [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CMapName /Test-UCS def /CMapType 2 def",
    `1 begincodespacerange ${space} endcodespacerange`,
    `${bfchar.length} beginbfchar`, ...bfchar.map(([s, d]) => `<${s}> <${d}>`), "endbfchar",
    `${bfrange.length} beginbfrange`, ...bfrange.map(([a, b, d]) => `<${a}> <${b}> ${d.startsWith("[") ? d : `<${d}>`}`), "endbfrange",
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
}
