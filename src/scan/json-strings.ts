/** A string value inside a JSON text. */
export interface JsonString {
  /** Path segments from the root: keys and array indexes. */
  segments: (string | number)[];
  /** Offsets in the JSON text of the opening and after the closing quote. */
  rawStart: number;
  rawEnd: number;
  /** Decoded value. */
  value: string;
}

/** Field path in the usual notation: `messages[3].content`, `input.messages[0].content[1].text`, `["a b"]`. */
export function formatJsonPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Index just after the string token starting at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) throw new SyntaxError("unterminated string");
    let backslashes = 0;
    for (let j = q - 1; j > start && text.charCodeAt(j) === 92; j--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

const decode = (text: string, start: number, end: number): string => {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes("\\") ? (JSON.parse(text.slice(start, end)) as string) : inner;
};

/**
 * Every string *value* (not key) of a JSON text, in document order, with its path and raw span, so a caller can
 * replace exactly those bytes and leave the rest (numbers, spacing, key order) untouched. The text must be valid
 * JSON (check with `JSON.parse` first); nesting is walked with an explicit stack, so depth cannot overflow.
 */
export function jsonStrings(text: string): JsonString[] {
  const out: JsonString[] = [];
  // Stack of containers: for objects the current key, for arrays the current index.
  const stack: { array: boolean; key: string | number }[] = [];
  const path = (): (string | number)[] => stack.map((s) => s.key);
  let expectKey = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWs(c) || c === 58 /* : */) {
      i++;
      continue;
    }
    if (c === 123 /* { */) {
      stack.push({ array: false, key: "" });
      expectKey = true;
      i++;
    } else if (c === 91 /* [ */) {
      stack.push({ array: true, key: 0 });
      expectKey = false;
      i++;
    } else if (c === 125 || c === 93 /* } ] */) {
      stack.pop();
      expectKey = false;
      i++;
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.key = (top.key as number) + 1;
      else expectKey = true;
      i++;
    } else if (c === 34 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        top.key = decode(text, i, end);
        expectKey = false;
      } else out.push({ segments: path(), rawStart: i, rawEnd: end, value: decode(text, i, end) });
      i = end;
    } else {
      // number, true, false, null
      while (i < n && !isWs(text.charCodeAt(i)) && ![44, 93, 125].includes(text.charCodeAt(i))) i++;
    }
  }
  return out;
}

/**
 * Offset in the raw string token (counted from its opening quote) of decoded index `k`: escapes (`\n`, `\"`,
 * `\u00e9`) take more raw characters than the one they decode to. A `\uD83D\uDE00` pair decodes to two units.
 */
export function rawOffsetInToken(text: string, rawStart: number, k: number): number {
  let i = rawStart + 1;
  let decoded = 0;
  while (decoded < k) {
    if (text.charCodeAt(i) === 92) i += text.charCodeAt(i + 1) === 117 /* u */ ? 6 : 2;
    else i++;
    decoded++;
  }
  return i - rawStart;
}
