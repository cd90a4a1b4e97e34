const WORD = /[\p{L}\p{N}]/u;

/** `needle` occurs in `haystack` as a whole (not inside a longer word: "Ann" is not in "annual"). */
export function containsWord(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1];
    const after = haystack[i + needle.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) return true;
  }
  return false;
}
