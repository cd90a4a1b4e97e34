/** What makes a syntactically valid JSON text unsafe to act on: see {@link jsonShapeProblem}. */
export type JsonShapeProblem = "duplicate-key" | "too-deep";

/** Deeper than this is refused: no API body nests near it, and recursive walks over the value stay far from the stack limit. */
export const MAX_JSON_DEPTH = 256;

/** Member names kept in an array (linear search) up to this many, then in a Set. */
const SMALL_OBJECT_NAMES = 8;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/**
 * Check a JSON text that `JSON.parse` accepted for the two shapes a gateway must not act on:
 *
 * - a **duplicate member name** in one object (`{"content":"safe","content":"AKIA…"}`). `JSON.parse` keeps the last
 *   one, so the controls would inspect that one while the bytes relayed to the other side still carry both, and a
 *   parser that keeps the first (RFC 8259 §4 leaves it open) would act on a value that was never inspected.
 *   I-JSON (RFC 7493 §2.3) forbids duplicates; names are compared after unescaping (`"a"` and `"\u0061"` clash).
 * - nesting deeper than `maxDepth`, which would overflow recursive walks later on.
 *
 * One pass; string contents are skipped with `indexOf`, so the cost is mostly native.
 *
 * @example
 * jsonShapeProblem('{"a":1,"a":2}') // "duplicate-key"
 */
export function jsonShapeProblem(text: string, maxDepth = MAX_JSON_DEPTH): JsonShapeProblem | undefined {
  // Per open container: null for an array, else the member names seen so far: one name as a string, a few in an
  // array searched linearly (API objects have a handful of members: cheaper than a Set per object), many in a Set.
  const names: (Set<string> | string[] | string | null | undefined)[] = [];
  let depth = 0;
  let expectName = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        if (end < 0) return undefined; // not reached for a text JSON.parse accepted
        let k = end - 1;
        while (text.charCodeAt(k) === BACKSLASH) k--;
        if ((end - 1 - k) % 2 === 0) break; // an even run of backslashes (or none): the quote ends the string
      }
      if (expectName) {
        const raw = text.slice(i + 1, end);
        const name = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const seen = names[depth - 1];
        if (seen === undefined) names[depth - 1] = name;
        else if (typeof seen === "string") {
          if (seen === name) return "duplicate-key";
          names[depth - 1] = [seen, name];
        } else if (Array.isArray(seen)) {
          if (seen.includes(name)) return "duplicate-key";
          if (seen.length < SMALL_OBJECT_NAMES) seen.push(name);
          else names[depth - 1] = new Set([...seen, name]);
        } else if (seen !== null) {
          if (seen.has(name)) return "duplicate-key";
          seen.add(name);
        }
        expectName = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > maxDepth) return "too-deep";
      names[depth - 1] = c === OPEN_ARRAY ? null : undefined;
      expectName = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      names[--depth] = undefined;
      expectName = false;
    } else if (c === COMMA) {
      expectName = depth > 0 && names[depth - 1] !== null;
    } else if (c === COLON) {
      expectName = false;
    }
  }
  return undefined;
}
