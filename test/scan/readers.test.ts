import { describe, expect, it } from "vitest";
import { readCsvRecords, decodeCsvField, encodeCsvField, CsvSyntaxError } from "../../src/scan/csv-records.js";
import { formatJsonPath, jsonStrings, rawOffsetInToken } from "../../src/scan/json-strings.js";
import { compilePathGlob } from "../../src/scan/path-glob.js";
import { readLines } from "../../src/scan/read-lines.js";

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function all<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe("readLines", () => {
  it("splits LF and CRLF at any chunk boundary and gives the input back exactly", async () => {
    const text = "a\r\nbb\n\nccc\r\nlast";
    for (const size of [1, 2, 3, 100]) {
      const lines = await all(readLines(chunksOf(text, size), 1000));
      expect(lines.map((l) => l.text)).toEqual(["a", "bb", "", "ccc", "last"]);
      expect(lines.map((l) => l.eol)).toEqual(["\r\n", "\n", "\n", "\r\n", ""]);
      expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5]);
      expect(lines.map((l) => l.text + l.eol).join("")).toBe(text);
    }
  });

  it("cuts an overlong line into bounded pieces with their columns, never splitting a surrogate pair", async () => {
    const long = `${"x".repeat(9)}😀${"y".repeat(12)}`;
    const lines = await all(readLines(chunksOf(`${long}\nshort\n`, 4), 10));
    const pieces = lines.filter((l) => l.overlong);
    expect(pieces.every((p) => p.text.length <= 10 && p.line === 1)).toBe(true);
    expect(pieces.map((p) => p.text).join("")).toBe(long);
    expect(pieces.map((p) => p.column)).toEqual([1, 10, 20]);
    expect(lines.at(-1)).toEqual({ text: "short", eol: "\n", line: 2, column: 1 });
  });
});

describe("readCsvRecords (RFC 4180)", () => {
  const csv = 'id,name,note\r\n1,"Doe, Jane","said ""hi""\r\nand left"\r\n2,Bob,\n3,,"x"';
  it("parses quoted fields with delimiters, escaped quotes and line breaks, at any chunk boundary", async () => {
    for (const size of [1, 2, 7, 1000]) {
      const recs = await all(readCsvRecords(chunksOf(csv, size), ",", 1000));
      expect(recs.map((r) => r.fields)).toEqual([
        ["id", "name", "note"],
        ["1", "Doe, Jane", 'said "hi"\r\nand left'],
        ["2", "Bob", ""],
        ["3", "", "x"],
      ]);
      expect(recs.map((r) => r.raw.join(",") + r.eol).join("")).toBe(csv);
      expect(recs[1]?.lines).toEqual([2, 2, 2]);
      expect(recs[1]?.columns).toEqual([1, 3, 15]);
      expect(recs[2]?.lines).toEqual([4, 4, 4]);
    }
  });

  it("reports an unterminated quote and an oversized record", async () => {
    await expect(all(readCsvRecords(chunksOf('a,b\n1,"open\n', 3), ",", 1000))).rejects.toThrow(/unterminated quoted field in the record at line 2/);
    await expect(all(readCsvRecords(chunksOf(`a\n"${"x".repeat(50)}`, 8), ",", 20))).rejects.toBeInstanceOf(CsvSyntaxError);
  });

  it("encodes and decodes fields", () => {
    expect(decodeCsvField('"a ""b"""')).toBe('a "b"');
    expect(encodeCsvField('a "b"', ",")).toBe('"a ""b"""');
    expect(encodeCsvField("plain", ",")).toBe("plain");
    expect(encodeCsvField("x", ",", true)).toBe('"x"');
  });
});

describe("jsonStrings", () => {
  it("lists string values with paths and raw spans, skipping keys, numbers and literals", () => {
    const text = '{"messages":[{"role":"user","content":"a\\"b"},{"content":[{"type":"text","text":"é\\u00e9"}]}],"n":1.5e3,"ok":true,"odd key":"v"}';
    const found = jsonStrings(text);
    expect(found.map((s) => [formatJsonPath(s.segments), s.value])).toEqual([
      ["messages[0].role", "user"],
      ["messages[0].content", 'a"b'],
      ["messages[1].content[0].type", "text"],
      ["messages[1].content[0].text", "éé"],
      ['["odd key"]', "v"],
    ]);
    for (const s of found) expect(JSON.parse(text.slice(s.rawStart, s.rawEnd))).toBe(s.value);
  });

  it("maps decoded offsets to raw offsets across escapes", () => {
    const text = '"a\\nb\\u0041c"';
    expect([0, 1, 2, 3, 4].map((k) => rawOffsetInToken(text, 0, k))).toEqual([1, 2, 4, 5, 11]);
  });
});

describe("compilePathGlob", () => {
  it("matches names at any depth, paths anchored, ** across folders", () => {
    expect(compilePathGlob("node_modules")("a/node_modules/x.js")).toBe(true);
    expect(compilePathGlob("*.min.js")("lib/app.min.js")).toBe(true);
    expect(compilePathGlob("*.min.js")("lib/app.js")).toBe(false);
    expect(compilePathGlob("data/raw/**")("data/raw/2024/a.csv")).toBe(true);
    expect(compilePathGlob("data/raw")("data/raw/a.csv")).toBe(true);
    expect(compilePathGlob("data/raw")("other/data/raw/a.csv")).toBe(false);
    expect(compilePathGlob("**/fixtures/*.txt")("a/b/fixtures/x.txt")).toBe(true);
  });
});
