const WORD = /[\p{L}\p{N}]/u;
/** Characters that join two runs of letters or digits into one value: `bob.smith`, `corp-mail`, `a_b`, `x+tag`, `a@b`. */
const JOINER = new Set([".", "-", "_", "+", "@"]);

/** Whether `at` in `s` is a letter or digit, or a joiner between one and the next character outward (`step`). */
function continues(s: string, at: number, step: 1 | -1): boolean {
  const c = s[at];
  if (c === undefined) return false;
  if (WORD.test(c)) return true;
  const next = s[at + step];
  return JOINER.has(c) && next !== undefined && WORD.test(next);
}

/**
 * `needle` occurs in `haystack` as a whole: not inside a longer word ("Ann" is not in "annual"), nor as a part of a
 * longer value joined by `.`, `-`, `_`, `+` or `@` (`smith@corp.com` is not in `bob.smith@corp.com`, another
 * address). A full stop that ends a sentence is not a joiner (`… jane@acme.com.` holds `jane@acme.com`).
 */
export function containsWord(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (!continues(haystack, i - 1, -1) && !continues(haystack, i + needle.length, 1)) return true;
  }
  return false;
}
