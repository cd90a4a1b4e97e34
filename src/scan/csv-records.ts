/** One CSV record: decoded fields and, for each, its raw text (quotes included) and where it starts. */
export interface CsvRecord {
  fields: string[];
  /** Raw text of each field; `raw.join(delimiter) + eol` is the record's exact input text. */
  raw: string[];
  /** 1-based line and column (UTF-16) where each field starts. */
  lines: number[];
  columns: number[];
  /** The record's line ending (`\n`, `\r\n`, or `""` at the end of the input). */
  eol: string;
}

/** A CSV input that cannot be read further (a record over the size limit, an unterminated quote). */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/** Decode a raw field: `"a ""b"""` → `a "b"`; an unquoted field is its own value. Lenient on stray quotes. */
export function decodeCsvField(raw: string): string {
  if (raw.length >= 2 && raw.charCodeAt(0) === 34 && raw.charCodeAt(raw.length - 1) === 34) return raw.slice(1, -1).replace(/""/g, '"');
  return raw;
}

/** Encode a value as a CSV field, quoting when it must (delimiter, quote, CR or LF) or when `quote` is set. */
export function encodeCsvField(value: string, delimiter: string, quote = false): string {
  if (quote || value.includes(delimiter) || value.includes('"') || value.includes("\n") || value.includes("\r")) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/**
 * Parse CSV (RFC 4180: fields separated by `delimiter`, records by CRLF or LF, fields quoted with `"` may contain
 * delimiters, line breaks and `""`) from a stream of decoded text chunks, incrementally and in memory bounded by
 * `maxRecord` UTF-16 units per record (a longer record, e.g. a runaway quote, throws CsvSyntaxError). Lenient like
 * most readers: a quote inside an unquoted field is a literal character.
 */
export async function* readCsvRecords(chunks: AsyncIterable<string>, delimiter: string, maxRecord: number): AsyncGenerator<CsvRecord> {
  const delim = delimiter.charCodeAt(0);
  let buf = "";
  let pos = 0; // next char to look at (index in buf)
  let recStart = 0;
  let fieldStart = 0;
  let inQuotes = false;
  let line = 1;
  let lineStart = 0; // index in buf of the current line's start (may be negative after trimming)
  let recLine = 1;
  let raw: string[] = [];
  let lines: number[] = [];
  let columns: number[] = [];
  let fieldLine = 1;
  let fieldCol = 1;
  const endField = (end: number): void => {
    raw.push(buf.slice(fieldStart, end));
    lines.push(fieldLine);
    columns.push(fieldCol);
  };
  const startField = (at: number): void => {
    fieldStart = at;
    fieldLine = line;
    fieldCol = at - lineStart + 1;
  };
  const take = (eol: string): CsvRecord => {
    const rec: CsvRecord = { fields: raw.map(decodeCsvField), raw, lines, columns, eol };
    raw = [];
    lines = [];
    columns = [];
    return rec;
  };
  let final = false;
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) final = true;
    else {
      // Drop what earlier records used, keep the current record.
      if (recStart > 0) {
        buf = buf.slice(recStart);
        pos -= recStart;
        fieldStart -= recStart;
        lineStart -= recStart;
        recStart = 0;
      }
      buf += next.value;
    }
    while (pos < buf.length) {
      const c = buf.charCodeAt(pos);
      if (inQuotes) {
        const q = buf.indexOf('"', pos);
        const stop = q === -1 ? buf.length : q;
        for (let i = buf.indexOf("\n", pos); i !== -1 && i < stop; i = buf.indexOf("\n", i + 1)) {
          line++;
          lineStart = i + 1;
        }
        if (q === -1) {
          pos = buf.length;
          break;
        }
        if (q + 1 >= buf.length && !final) {
          pos = q;
          break; // is it `""` or the closing quote? wait for the next chunk
        }
        if (buf.charCodeAt(q + 1) === 34) pos = q + 2;
        else {
          inQuotes = false;
          pos = q + 1;
        }
        continue;
      }
      if (c === 34 && pos === fieldStart) {
        inQuotes = true;
        pos++;
      } else if (c === delim) {
        endField(pos);
        pos++;
        startField(pos);
      } else if (c === 10) {
        const cr = pos > fieldStart && buf.charCodeAt(pos - 1) === 13;
        endField(cr ? pos - 1 : pos);
        pos++;
        line++;
        lineStart = pos;
        yield take(cr ? "\r\n" : "\n");
        recStart = pos;
        recLine = line;
        startField(pos);
      } else pos++;
      if (pos - recStart > maxRecord) break;
    }
    if (pos - recStart > maxRecord) throw new CsvSyntaxError(`record at line ${recLine} is longer than ${maxRecord} characters`, recLine);
    if (final) break;
  }
  if (inQuotes) throw new CsvSyntaxError(`unterminated quoted field in the record at line ${recLine}`, recLine);
  if (pos > recStart || raw.length > 0) {
    endField(pos);
    yield take("");
  }
}
