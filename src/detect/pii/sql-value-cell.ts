import type { TableCell } from "./table-cells.js";

/** `INSERT INTO table (col, col, ...) VALUES`: the column list names each value of the tuples that follow. */
const INSERT_HEAD = /\binsert\s+into\s+[^\s(]{1,128}\s*\(([^()]{1,2000})\)\s*values\s*/gi;
/** How far back from a value its INSERT statement is looked for. */
const LOOK_BACK = 4000;

/** An INSERT head: where it starts, where its tuples start (after VALUES), and its column names. */
interface InsertHead {
  start: number;
  valuesAt: number;
  columns: string[];
}

/**
 * The INSERT heads of the last text asked about, found once per text (most texts hold none, and a statement with many
 * values is not re-parsed for each of them).
 */
let memo: { text: string; heads: InsertHead[] } | undefined;
function insertHeads(text: string): InsertHead[] {
  if (memo?.text === text) return memo.heads;
  const heads: InsertHead[] = [];
  if (/\binsert\s+into\b/i.test(text)) {
    INSERT_HEAD.lastIndex = 0;
    for (let m = INSERT_HEAD.exec(text); m; m = INSERT_HEAD.exec(text)) {
      const columns = (m[1] ?? "").split(",").map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ""));
      heads.push({ start: m.index, valuesAt: m.index + m[0].length, columns });
    }
  }
  memo = { text, heads };
  return heads;
}

/** The nearest head that ends before `start` and begins at most LOOK_BACK characters before it. */
function headBefore(heads: readonly InsertHead[], start: number): InsertHead | undefined {
  let lo = 0;
  let hi = heads.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (heads[mid]!.valuesAt <= start) lo = mid + 1;
    else hi = mid;
  }
  const head = heads[lo - 1];
  return head && head.start >= start - LOOK_BACK ? head : undefined;
}

/**
 * The column of a literal in an SQL `INSERT ... (columns) VALUES (...), (...)` statement ("INSERT INTO customers
 * (first_name, last_name, dob) VALUES ('Oisín', 'Gallagher', '1990-02-03')": "Gallagher" is a last_name), as a table
 * cell whose header is the column name. Only for a value that fills its slot of the tuple (quoted or bare, between
 * "(" or "," and "," or ")"); undefined otherwise.
 */
export function sqlValueCell(text: string, start: number, end: number): TableCell | undefined {
  const heads = insertHeads(text);
  if (heads.length === 0) return undefined;
  let s = start;
  while (s > 0 && text.charCodeAt(s - 1) === 32) s--;
  if (text.charCodeAt(s - 1) === 39) s--;
  let b = s - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 9)) b--;
  const open = text.charCodeAt(b);
  if (open !== 40 && open !== 44) return undefined;
  let e = end;
  if (text.charCodeAt(e) === 39) e++;
  let a = e;
  while (a < text.length && text.charCodeAt(a) === 32) a++;
  const close = text.charCodeAt(a);
  if (close !== 44 && close !== 41) return undefined;
  const head = headBefore(heads, start);
  if (!head) return undefined;
  const columns = head.columns;
  // walk from the VALUES keyword to the value: the index of its slot in the current tuple (quotes respected)
  let i = head.valuesAt;
  let depth = 0;
  let slot = 0;
  let quoted = false;
  for (; i < s; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 39) quoted = text.charCodeAt(i + 1) === 39 ? (i++, true) : false;
      continue;
    }
    if (c === 39) quoted = true;
    else if (c === 40) {
      depth++;
      if (depth === 1) slot = 0;
    } else if (c === 41) depth--;
    else if (c === 44 && depth === 1) slot++;
    else if (c === 59) return undefined; // the statement ended before the value
  }
  if (quoted || depth !== 1) return undefined;
  const header = columns[slot];
  return header ? { start: s, end: e, header } : undefined;
}
