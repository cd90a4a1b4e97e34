/** Char-code classes matching the regex classes the scanners use, for gates that avoid a regex call. */

/** `\s` of a JavaScript regex (ASCII and Unicode white space, BOM). */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `\w` of a JavaScript regex without the `u` flag: [A-Za-z0-9_]. */
export function isRegexWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
