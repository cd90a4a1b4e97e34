/** A line of a text stream, or a piece of a line longer than the limit. */
export interface TextLine {
  /** The line's text without its ending (or one piece of an overlong line). */
  text: string;
  /** The line ending that followed (`\n`, `\r\n`, or `""` at the end of the input or inside an overlong line). */
  eol: string;
  /** 1-based line number. */
  line: number;
  /** 1-based column (UTF-16) where this text starts: 1 except for later pieces of an overlong line. */
  column: number;
  /** Set on every piece of a line longer than the limit. */
  overlong?: true;
}

/**
 * Split a stream of decoded text chunks into lines, in constant memory: a line longer than `maxLine` UTF-16 units
 * is yielded in pieces of at most `maxLine` (never splitting a surrogate pair), each flagged `overlong`, so a
 * pathological multi-gigabyte line costs `maxLine` memory, not its size. Line endings are kept apart, so joining
 * `text + eol` gives the input back exactly.
 */
export async function* readLines(chunks: AsyncIterable<string>, maxLine: number): AsyncGenerator<TextLine> {
  let pending = "";
  let searchFrom = 0;
  let line = 1;
  let column = 1;
  let overlong = false;
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? chunk : pending + chunk;
    for (;;) {
      const nl = pending.indexOf("\n", searchFrom);
      const cr = nl > 0 && pending.charCodeAt(nl - 1) === 13;
      const end = cr ? nl - 1 : nl;
      if (nl !== -1 && end <= maxLine) {
        yield { text: pending.slice(0, end), eol: cr ? "\r\n" : "\n", line, column, ...(overlong ? { overlong: true as const } : {}) };
        pending = pending.slice(nl + 1);
        searchFrom = 0;
        line++;
        column = 1;
        overlong = false;
        continue;
      }
      if (nl === -1 && pending.length <= maxLine) {
        searchFrom = pending.length;
        break;
      }
      // Longer than the limit: yield a piece and go on with the rest of the line.
      let cut = maxLine;
      const c = pending.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--; // keep a surrogate pair together
      if (pending.charCodeAt(cut - 1) === 13) cut--; // keep \r with the \n that may follow
      if (cut <= 0) cut = maxLine;
      overlong = true;
      yield { text: pending.slice(0, cut), eol: "", line, column, overlong: true };
      column += cut;
      pending = pending.slice(cut);
      searchFrom = 0;
    }
  }
  if (pending.length > 0 || overlong) yield { text: pending, eol: "", line, column, ...(overlong ? { overlong: true as const } : {}) };
}
