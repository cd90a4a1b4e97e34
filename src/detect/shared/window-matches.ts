/**
 * Matches of global regex `re` in `text[from, to)` (clamped to the text), with `index` as an offset into `text`: for
 * patterns looked for only near an anchor (a keyword hit, an "@"), where a run over the whole text would cost too much.
 * A window may start inside a word, so a `\b` or look-behind at its first character proves nothing: callers check
 * the character before a match that starts at `from`.
 */
export function* windowMatches(re: RegExp, text: string, from: number, to: number): Generator<RegExpExecArray> {
  const ws = Math.max(0, from);
  const win = text.slice(ws, Math.min(text.length, to));
  re.lastIndex = 0;
  for (let m = re.exec(win); m; m = re.exec(win)) {
    if (m[0].length === 0) re.lastIndex++;
    m.index += ws;
    yield m;
  }
}
