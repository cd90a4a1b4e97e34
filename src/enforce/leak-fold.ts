import { foldCodePoint, isInvisible } from "../detect/normalize/index.js";

/**
 * A folded copy of a text with a map back to it: `text[k]` came from the original code point starting at `at[k]`
 * and ending at `end[k]` (an NFKC expansion gives several folded characters the same origin).
 */
export interface FoldedText {
  text: string;
  at: ArrayLike<number>;
  end: ArrayLike<number>;
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Growable output of a fold: UTF-16 units and, per unit, the original span it came from. */
class FoldBuffer {
  units: Uint16Array;
  at: Int32Array;
  end: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.at = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }
  push(unit: number, at: number, end: number): void {
    if (this.size === this.units.length) this.grow();
    this.units[this.size] = unit;
    this.at[this.size] = at;
    this.end[this.size] = end;
    this.size++;
  }
  private grow(): void {
    const n = this.units.length * 2 + 16;
    const u = new Uint16Array(n);
    u.set(this.units);
    const a = new Int32Array(n);
    a.set(this.at);
    const e = new Int32Array(n);
    e.set(this.end);
    this.units = u;
    this.at = a;
    this.end = e;
  }
  done(): FoldedText {
    const text = Buffer.from(this.units.buffer, this.units.byteOffset, this.size * 2).toString("utf16le");
    return { text, at: this.at.subarray(0, this.size), end: this.end.subarray(0, this.size) };
  }
}

/**
 * How output is compared with a system prompt: letters and digits only, lower-cased, NFKC- and look-alike-folded
 * (full-width `Ｏｒｂｉｔ`, Cyrillic `о`), with invisible characters, white space, punctuation and every other
 * separator dropped. A copy written one word per line, with dashes or dots between the words, a zero-width space
 * between the letters or in another case folds to the same string as the prompt.
 */
export function foldLetters(text: string): FoldedText {
  const b = new FoldBuffer(text.length + 16);
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiAlnum(c)) b.push(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (!isInvisible(cp)) {
      for (const ch of foldCodePoint(cp)) {
        if (!LETTER_OR_DIGIT.test(ch)) continue;
        const low = ch.toLowerCase();
        for (let u = 0; u < low.length; u++) b.push(low.charCodeAt(u), i, next);
      }
    }
    i = next;
  }
  return b.done();
}

/**
 * How output is searched for a canary or a system-prompt secret when it holds non-ASCII characters: NFKC- and
 * look-alike-folded, invisible characters dropped, everything else kept (the value matchers handle separators and
 * case themselves). Undefined for ASCII text, which has nothing to fold.
 */
export function foldVisible(text: string): FoldedText | undefined {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return undefined;
  let out = "";
  const at: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (cp < 0x80) {
      out += text[i] as string;
      at.push(i);
      end.push(next);
    } else if (!isInvisible(cp)) {
      // One map entry per UTF-16 unit of the folded form, so that spans in `out` map back unit by unit.
      for (const ch of foldCodePoint(cp)) {
        for (let u = 0; u < ch.length; u++) {
          at.push(i);
          end.push(next);
        }
        out += ch;
      }
    }
    i = next;
  }
  return { text: out, at, end };
}

/** The original span of folded characters [start, end). */
export function originalSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: f.at[start] ?? 0, end: f.end[end - 1] ?? f.at[start] ?? 0 };
}
