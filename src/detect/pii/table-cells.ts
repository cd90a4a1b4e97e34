/**
 * Tables pasted into prompts (CSV, TSV, semicolon-separated, pipe or Markdown tables): the header cell above a value
 * labels it too ("name,numer PESEL\nLars Lund,86112139896": the number is labelled "numer PESEL", which the text right
 * before it, "Lars Lund,", does not say). Context lookups insert a cell's header right before the cell.
 *
 * A table is two or more consecutive lines with the same number (≥ 1) of one delimiter, quotes respected, whose
 * first line reads as a header: every cell 1-40 characters with a letter, at most four words, no `@`, no run of
 * five digits and no sentence end. Markdown separator lines (`|---|:--:|`) are skipped.
 */
import { sqlValueCell } from "./sql-value-cell.js";

export interface TableCell {
  /** The cell's bounds in the text (without the delimiters). */
  start: number;
  end: number;
  /** The header of the cell's column, trimmed. */
  header: string;
}

interface Block {
  delimiter: number;
  headers: string[];
}

const DELIMITERS = [9 /* \t */, 124 /* | */, 59 /* ; */, 44 /* , */];
const SEPARATOR_LINE = /^[\s|:+-]*-{3,}[\s|:+-]*$/;
/** Longer lines are not table rows; a header further up than this many lines is not looked for. */
const MAX_LINE = 32_768;
const MAX_ROWS_UP = 2000;

/** What is known about the last text looked at (one text at a time: detectors scan a text, then the next). */
interface TextMemo {
  text: string;
  /** Positions of the text's line feeds. */
  newlines: number[];
  /** The table each known data row (by line start) belongs to. */
  rowBlock: Map<number, Block>;
  /** Starts of lines found to be in no table. */
  plainLines: Set<number>;
  /** Per line start, the delimiters (bit i: DELIMITERS[i]) for which the line was found to be in no table. */
  notTable: Map<number, number>;
  /** Delimiter counts per line start. */
  counted: Map<number, number>;
}

let memo: TextMemo | undefined;

function memoFor(text: string): TextMemo {
  if (memo?.text !== text) {
    const newlines: number[] = [];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);
    memo = { text, newlines, rowBlock: new Map(), plainLines: new Set(), notTable: new Map(), counted: new Map() };
  }
  return memo;
}

/**
 * The cell holding [start, end) when it lies in a data row of a table with a header; undefined otherwise. Looks
 * only at the lines around the value (found tables are remembered per text), so a text without tables costs one
 * scan of the value's line.
 */
export function tableCellAt(text: string, start: number, end: number): TableCell | undefined {
  // A value that fills its cell stands between delimiters (or line ends, or quotes): most values in prose do not,
  // and are answered without looking at their line.
  // (or fills a slot of an SQL INSERT's VALUES tuple, labelled by the statement's column list)
  if (!isCellEdge(text, start - 1, -1) || !isCellEdge(text, end, 1)) return sqlValueCell(text, start, end);
  const m = memoFor(text);
  const { newlines, plainLines, rowBlock } = m;
  // the line holding `start`: the newlines before and after it, by binary search
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((newlines[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  const ls = lo === 0 ? 0 : (newlines[lo - 1] as number) + 1;
  if (ls === 0 || plainLines.has(ls)) return undefined;
  let le = lo < newlines.length ? (newlines[lo] as number) : text.length;
  if (le > ls && text.charCodeAt(le - 1) === 13) le--;
  // a value running over a line end is in no cell (and says nothing about its line)
  if (end > le) return undefined;
  if (le - ls > MAX_LINE) {
    plainLines.add(ls);
    return undefined;
  }
  const block = rowBlock.get(ls) ?? findBlock(m, ls, le);
  if (!block) {
    plainLines.add(ls);
    return undefined;
  }
  const cells = splitCells(text, ls, le, block.delimiter);
  for (let i = 0; i < cells.length; i++) {
    const [s, e] = cells[i] as [number, number];
    if (start >= s && end <= e) {
      const header = block.headers[i];
      return header === undefined ? undefined : { start: s, end: e, header };
    }
  }
  return undefined;
}

/** The table whose data row is the line [ls, le): walk up over lines with the same delimiter count to its header. */
function findBlock(m: TextMemo, ls: number, le: number): Block | undefined {
  const text = m.text;
  for (const [di, d] of DELIMITERS.entries()) {
    const bit = 1 << di;
    const k = countOf(lineCounts(m, ls, le), di);
    if (k === 0) continue;
    let top = ls;
    let header: [number, number] | undefined;
    for (let n = 0; n < MAX_ROWS_UP && top > 0; n++) {
      const pe = top - 1;
      const ps = text.lastIndexOf("\n", pe - 1) + 1;
      const pEnd = pe > ps && text.charCodeAt(pe - 1) === 13 ? pe - 1 : pe;
      if (pEnd - ps > MAX_LINE) break;
      if (d === 124 && isSeparator(text, [ps, pEnd])) {
        top = ps;
        continue;
      }
      if (countOf(lineCounts(m, ps, pEnd), di) !== k) break;
      // a row of a table found before: this line continues it; a run found to be no table: nor is this one
      const known = m.rowBlock.get(ps);
      if (known && known.delimiter === d) {
        markRows(m, ps, ls, known);
        return known;
      }
      if (((m.notTable.get(ps) ?? 0) & bit) !== 0) {
        header = undefined;
        break;
      }
      header = [ps, pEnd];
      top = ps;
    }
    if (!header) {
      markNotTable(m, top, ls, bit);
      continue;
    }
    // `header` is the topmost line with the same count: the table's header when it reads as one.
    const headers = splitCells(text, header[0], header[1], d).map(([s, e]) => text.slice(s, e));
    if (headers.length < 2 || !headers.every(isHeaderCell)) {
      markNotTable(m, header[0], ls, bit);
      continue;
    }
    const block: Block = { delimiter: d, headers };
    markRows(m, header[1] + 1, ls, block);
    return block;
  }
  return undefined;
}

/** Remember that the lines starting from `from` through the one starting at `last` are data rows of `block`. */
function markRows(m: TextMemo, from: number, last: number, block: Block): void {
  const text = m.text;
  for (let ls = from; ls <= last; ) {
    m.rowBlock.set(ls, block);
    const nl = text.indexOf("\n", ls);
    if (nl === -1) break;
    ls = nl + 1;
  }
}

/** Remember that the lines starting from `from` through the one starting at `last` are in no table of `bit`'s delimiter. */
function markNotTable(m: TextMemo, from: number, last: number, bit: number): void {
  const text = m.text;
  for (let ls = from; ls <= last; ) {
    m.notTable.set(ls, (m.notTable.get(ls) ?? 0) | bit);
    const nl = text.indexOf("\n", ls);
    if (nl === -1) break;
    ls = nl + 1;
  }
}

function isSeparator(text: string, [s, e]: [number, number]): boolean {
  return e > s && SEPARATOR_LINE.test(text.slice(s, e));
}

/**
 * The line's delimiter counts (index as DELIMITERS), outside double quotes, in one pass; for pipes, the outer ones
 * of `| a | b |` do not count. Remembered per line start for the current text.
 */
function lineCounts(m: TextMemo, s: number, e: number): number {
  const text = m.text;
  const known = m.counted.get(s);
  if (known !== undefined) return known;
  let tab = 0;
  let pipe = 0;
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (let i = s; i < e; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (quoted || ch > 124) continue;
    else if (ch === 44) comma++;
    else if (ch === 59) semi++;
    else if (ch === 124) pipe++;
    else if (ch === 9) tab++;
  }
  if (pipe > 0) {
    let a = s;
    while (a < e && isBlank(text.charCodeAt(a))) a++;
    let b = e;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
    if (text.charCodeAt(a) === 124) pipe--;
    if (b - 1 > a && text.charCodeAt(b - 1) === 124) pipe--;
  }
  // one byte per delimiter (DELIMITERS order), counts capped at 255
  const packed = Math.min(tab, 255) | (Math.min(pipe, 255) << 8) | (Math.min(semi, 255) << 16) | (Math.min(comma, 255) * 2 ** 24);
  m.counted.set(s, packed);
  return packed;
}

/** Delimiter `di`'s count from {@link lineCounts}. */
function countOf(packed: number, di: number): number {
  return di === 3 ? Math.floor(packed / 2 ** 24) : (packed >>> (8 * di)) & 255;
}

/** The cells of a line as [start, end) bounds, trimmed of spaces (and of a Markdown row's outer pipes). */
function splitCells(text: string, s: number, e: number, d: number): [number, number][] {
  const out: [number, number][] = [];
  let quoted = false;
  let from = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? text.charCodeAt(i) : -1;
    if (c === 34) quoted = !quoted;
    else if (c === -1 || (c === d && !quoted)) {
      let a = from;
      let b = i;
      while (a < b && isBlank(text.charCodeAt(a))) a++;
      while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
      // a quoted cell's bounds are its text ("\"Girard, Kenji\"" → Girard, Kenji)
      if (b - a >= 2 && text.charCodeAt(a) === 34 && text.charCodeAt(b - 1) === 34) {
        a++;
        b--;
      }
      out.push([a, b]);
      from = i + 1;
    }
  }
  if (d === 124 && out.length > 0) {
    const first = out[0] as [number, number];
    const last = out[out.length - 1] as [number, number];
    if (first[0] === first[1] && text.slice(s, e).trimStart().startsWith("|")) out.shift();
    if (out.length > 0 && last[0] === last[1] && text.slice(s, e).trimEnd().endsWith("|")) out.pop();
  }
  return out;
}

/** Whether, from `i` going `step`, past spaces, the text ends or a delimiter, line end or quote comes. */
function isCellEdge(text: string, i: number, step: 1 | -1): boolean {
  while (i >= 0 && i < text.length && text.charCodeAt(i) === 32) i += step;
  if (i >= 0 && i < text.length && text.charCodeAt(i) === 34) {
    // a quoted cell: the quote must itself stand at the cell's edge (`"Doe, Jane",`; not JSON's `"name": "Jo"`)
    i += step;
    while (i >= 0 && i < text.length && text.charCodeAt(i) === 32) i += step;
  }
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || c === 9 || c === 44 || c === 59 || c === 124;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isHeaderCell(cell: string): boolean {
  // a letter is required, so numeric cells ("2024", "1,200") never make a header; a year inside a name is fine ("umsatz_2024")
  if (cell.length === 0 || cell.length > 40 || cell.includes("@") || /[.!?]$/.test(cell) || !/\p{L}/u.test(cell) || /\d{5}/.test(cell)) return false;
  return cell.split(/\s+/).length <= 4;
}
