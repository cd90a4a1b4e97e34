import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { CsvSyntaxError, readCsvRecords } from "./csv-records.js";
import { readLines } from "./read-lines.js";
import type { ScanFormat, ScanItem } from "./scan-types.js";

/** Limits of the reader. */
export interface ReadLimits {
  /** Largest record (JSONL line, CSV record) read whole, in UTF-16 units; larger ones are errors. Text lines are cut. */
  maxRecord: number;
  /** Target size of a text chunk and of a batch, in UTF-16 units. */
  batchChars: number;
}

/** A group of items of one file, plus (for CSV) the column names once known. */
export interface ItemGroup {
  items: ScanItem[];
  columns?: string[];
}

/**
 * Decoded text chunks of a file, streamed (1 MiB reads), with every raw byte passed to `onBytes` first (hashing,
 * progress); `-` reads standard input. Invalid UTF-8 decodes to U+FFFD. A UTF-8 byte order mark is kept (so a redacted copy keeps it).
 */
export async function* fileChunks(path: string, onBytes: (buf: Buffer) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const buf of path === "-" ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 })) {
    onBytes(buf as Buffer);
    const s = decoder.write(buf as Buffer);
    if (s.length > 0) yield s;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

/**
 * Items of a file in groups of about `batchChars`, in file order and in constant memory:
 * text as chunks of whole lines; JSONL one item per line (an overlong line becomes one `error` item); CSV/TSV one
 * item per record, the first one being the header (its fields name the columns) unless `header` is false.
 */
export async function* readFileItems(chunks: AsyncIterable<string>, format: ScanFormat, limits: ReadLimits, header = true): AsyncGenerator<ItemGroup> {
  let group: ScanItem[] = [];
  let size = 0;
  const push = function* (item: ScanItem, chars: number): Generator<ItemGroup> {
    group.push(item);
    size += chars;
    if (size >= limits.batchChars) {
      yield { items: group };
      group = [];
      size = 0;
    }
  };
  if (format === "text") {
    let chunk = "";
    let line = 0;
    let column = 1;
    for await (const l of readLines(chunks, limits.maxRecord)) {
      if (chunk === "") {
        line = l.line;
        column = l.column;
      }
      chunk += l.text + l.eol;
      // Cut after a whole line (or a piece of an overlong one) once the chunk is big enough.
      if (chunk.length >= limits.batchChars / 2 || l.overlong) {
        yield* push({ kind: "text", text: chunk, line, column }, chunk.length);
        chunk = "";
      }
    }
    if (chunk !== "") yield* push({ kind: "text", text: chunk, line, column }, chunk.length);
  } else if (format === "jsonl") {
    let skipping = 0; // line number of an overlong line being skipped
    for await (const l of readLines(chunks, limits.maxRecord)) {
      if (l.overlong) {
        if (skipping !== l.line) {
          skipping = l.line;
          yield* push({ kind: "error", line: l.line, code: "WARDEN_SCAN_RECORD_TOO_LONG", message: `record longer than ${limits.maxRecord} characters, not scanned (raise --max-record-mb)` }, 64);
        }
        continue;
      }
      yield* push({ kind: "json", text: l.text, line: l.line, eol: l.eol }, l.text.length + 64);
    }
  } else {
    const delimiter = format === "tsv" ? "\t" : ",";
    let first = header;
    try {
      for await (const r of readCsvRecords(chunks, delimiter, limits.maxRecord)) {
        const item: ScanItem = { kind: "csv", fields: r.fields, raw: r.raw, lines: r.lines, columns: r.columns, eol: r.eol, header: first, delimiter };
        if (first) {
          first = false;
          if (group.length > 0) yield { items: group };
          group = [item];
          size = 0;
          // A UTF-8 byte order mark belongs to the file, not to the first column name.
          yield { items: group, columns: r.fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, "") : f)) };
          group = [];
          continue;
        }
        let chars = 64;
        for (const f of r.raw) chars += f.length;
        yield* push(item, chars);
      }
    } catch (err) {
      if (!(err instanceof CsvSyntaxError)) throw err;
      yield* push({ kind: "error", line: err.line, code: err.message.startsWith("record at line") ? "WARDEN_SCAN_RECORD_TOO_LONG" : "WARDEN_SCAN_CSV_SYNTAX", message: `${err.message}; the rest of the file is not scanned` }, 64);
    }
  }
  if (group.length > 0) yield { items: group };
}
