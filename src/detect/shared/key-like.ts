/**
 * Does text[s, e) look like part of a key rather than a word: a digit, or a capital after its first character
 * (`Z3MHQK7X`, `aB3d`; not `account`, `Together`)?
 */
export function keyLike(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (i > s && c >= 65 && c <= 90)) return true;
  }
  return false;
}
