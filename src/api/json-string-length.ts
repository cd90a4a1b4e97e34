/**
 * The total length of the string values of `keys` in a JSON text, found without parsing it: what the limit stage
 * needs from every event of a stream whose provider reports no usage (an output-token estimate), at a fraction of
 * `JSON.parse`'s cost. `text` must be valid JSON (upstream events are proved so by the SSE reader's scan). A key is
 * a quoted name right after `{` or `,` (whitespace allowed) and followed by `:`; inside a JSON string every quote is
 * escaped, so such a name is never part of a string value. Escapes count as the one character they stand for.
 *
 * @example
 * jsonStringValuesLength('{"delta":{"content":"Hi\\n"}}', ["content"]) // 3
 */
export function jsonStringValuesLength(text: string, keys: readonly string[]): number {
  let re = patterns.get(keys);
  if (!re) {
    // One pass for all keys: a regex scan is several times cheaper here than an indexOf per key.
    re = new RegExp(`"(?:${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})"[ \t\r\n]*:[ \t\r\n]*"`, "g");
    patterns.set(keys, re);
  }
  let total = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (keyPosition(text, m.index)) total += stringLength(text, re.lastIndex);
  }
  return total;
}

/** The compiled scan per key list (callers pass module constants). */
const patterns = new WeakMap<readonly string[], RegExp>();

/** Whether the quote at `at` opens an object key: the previous non-space character is `{` or `,`. */
function keyPosition(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 123 /* { */ || c === 44 /* , */;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Characters of the JSON string starting at `i` (after its opening quote), escapes counted as one. */
function stringLength(text: string, i: number): number {
  let n = 0;
  for (;;) {
    const q = text.indexOf('"', i);
    const b = text.indexOf("\\", i);
    if (q === -1) return n + (text.length - i);
    if (b === -1 || q < b) return n + (q - i);
    // An escape before the closing quote: the characters up to it, then the one it stands for.
    n += b - i + 1;
    i = b + (text.charCodeAt(b + 1) === 117 /* u */ ? 6 : 2);
  }
}
