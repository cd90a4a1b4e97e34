import { foldCodePoint, isInvisible } from "../detect/normalize/index.js";

/**
 * A folded copy of a text with a map back to it: `text[k]` came from the original code point starting at `at[k]`
 * and ending at `end[k]` (an NFKC expansion gives several folded characters the same origin).
 */
export interface FoldedText {
  text: string;
  at: number[];
  end: number[];
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * How output is compared with a system prompt: letters and digits only, lower-cased, NFKC- and look-alike-folded
 * (full-width `Ｏｒｂｉｔ`, Cyrillic `о`), with invisible characters, white space, punctuation and every other
 * separator dropped. A copy written one word per line, with dashes or dots between the words, a zero-width space
 * between the letters or in another case folds to the same string as the prompt.
 */
export function foldLetters(text: string): FoldedText {
  let out = "";
  const at: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiAlnum(c)) {
        out += String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
        at.push(i);
        end.push(i + 1);
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (!isInvisible(cp)) {
      for (const ch of foldCodePoint(cp)) {
        if (!LETTER_OR_DIGIT.test(ch)) continue;
        out += ch.toLowerCase();
        at.push(i);
        end.push(next);
      }
    }
    i = next;
  }
  return { text: out, at, end };
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
