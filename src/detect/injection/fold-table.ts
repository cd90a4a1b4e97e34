/**
 * Per-UTF-16-code-unit folding used by the injection features: lowercase, accent stripping, fullwidth → ASCII,
 * invisible characters dropped, every kind of whitespace made one class. Built once, lazily, as two flat tables so
 * the hot loops index arrays instead of calling `normalize()`/`toLowerCase()` per character.
 */

/** Character classes stored in {@link FoldTable.cls}. */
export const CLS_DROP = 0; // zero-width, soft hyphen, combining marks, controls: removed entirely
export const CLS_SPACE = 1; // any whitespace: collapsed to one space
export const CLS_PUNCT = 2; // punctuation kept in the rule view, not in the n-gram stream
export const CLS_WORD = 3; // letters and digits: words and char n-grams
export const CLS_DELIM = 4; // delimiter symbols (< > | # [ ]) that mark fake turns; kept in the n-gram stream

export interface FoldTable {
  /** Folded code unit for each input code unit. */
  readonly fold: Uint16Array;
  /** Class of each input code unit (CLS_*). */
  readonly cls: Uint8Array;
}

let table: FoldTable | undefined;

/** Code points removed before matching (they are commonly used to split trigger words invisibly). */
const INVISIBLE = [
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x200b, 0x200c, 0x200d,
  0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067,
  0x2068, 0x2069, 0x206a, 0x206b, 0x206c, 0x206d, 0x206e, 0x206f, 0x3164, 0xfe00, 0xfe01, 0xfe02, 0xfe03, 0xfe04,
  0xfe05, 0xfe06, 0xfe07, 0xfe08, 0xfe09, 0xfe0a, 0xfe0b, 0xfe0c, 0xfe0d, 0xfe0e, 0xfe0f, 0xfeff, 0xffa0,
];

const WORDISH = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const MARK = /\p{M}/u;

function classifyAscii(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return CLS_WORD;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return CLS_SPACE;
  if (c < 0x20 || c === 0x7f) return CLS_DROP;
  if (c === 0x3c || c === 0x3e || c === 0x7c || c === 0x23 || c === 0x5b || c === 0x5d) return CLS_DELIM;
  return CLS_PUNCT;
}

/** Fold one non-ASCII code unit by Unicode rules (only called while building the table). */
function foldSlow(c: number): [number, number] {
  const ch = String.fromCharCode(c);
  if (MARK.test(ch)) return [c, CLS_DROP];
  if (SPACE.test(ch)) return [0x20, CLS_SPACE];
  const decomposed = ch.normalize("NFKD").toLowerCase();
  const first = decomposed.charCodeAt(0);
  // Prefer the ASCII base letter (é → e, ｉ → i); keep other letters lowercased as themselves.
  if (decomposed.length >= 1 && first < 0x80 && first >= 0x20) {
    const cls = classifyAscii(first);
    return [cls === CLS_WORD && first <= 0x5a && first >= 0x41 ? first + 32 : first, cls];
  }
  const lower = ch.toLowerCase();
  const lc = lower.length === 1 ? lower.charCodeAt(0) : c;
  if (WORDISH.test(ch)) return [lc, CLS_WORD];
  return [lc, CLS_PUNCT];
}

function build(): FoldTable {
  const fold = new Uint16Array(65536);
  const cls = new Uint8Array(65536);
  for (let c = 0; c < 0x80; c++) {
    const k = classifyAscii(c);
    cls[c] = k;
    fold[c] = c >= 0x41 && c <= 0x5a ? c + 32 : k === CLS_SPACE ? 0x20 : c;
  }
  // Ranges where folding matters (Latin, Greek, Cyrillic, general punctuation, fullwidth forms) get the exact
  // Unicode treatment; everything else is treated as a word character mapping to itself (CJK, surrogates, ...).
  const exact: Array<[number, number]> = [
    [0x80, 0x52f],
    [0x1ab0, 0x1aff],
    [0x1dc0, 0x1eff],
    [0x2000, 0x206f],
    [0x2100, 0x214f],
    [0x2460, 0x24ff],
    [0x3000, 0x303f],
    [0xfe10, 0xfe6f],
    [0xff00, 0xffef],
  ];
  for (let c = 0x80; c < 65536; c++) {
    fold[c] = c;
    cls[c] = CLS_WORD;
  }
  for (const [lo, hi] of exact) {
    for (let c = lo; c <= hi; c++) {
      const [f, k] = foldSlow(c);
      fold[c] = f;
      cls[c] = k;
    }
  }
  // Optional vowel and cantillation marks of Arabic and Hebrew, and the Arabic stretching tatweel, carry no meaning a
  // rule needs and are an easy way to split a word ("موجّه" is "موجه" with a shadda): dropped like zero-width
  // characters. Devanagari and other Indic marks are NOT dropped: their vowel signs and viramas spell the word.
  for (const [lo, hi] of [
    [0x0591, 0x05c7],
    [0x0610, 0x061a],
    [0x064b, 0x065f],
    [0x0670, 0x0670],
    [0x06d6, 0x06ed],
  ] as const) {
    for (let c = lo; c <= hi; c++) if (MARK.test(String.fromCharCode(c))) cls[c] = CLS_DROP;
  }
  cls[0x0640] = CLS_DROP;
  // Arabic presentation forms (the shaped letters a text can be typed in to dodge word lists) fold to the letter
  // they present, where that is one letter; ligatures of two letters stay as they are.
  for (const [lo, hi] of [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
  ] as const) {
    for (let c = lo; c <= hi; c++) {
      const k = String.fromCharCode(c).normalize("NFKC");
      if (k.length === 1 && WORDISH.test(k)) fold[c] = k.charCodeAt(0);
    }
  }
  // Typographic quotes fold to ASCII so rules can match "you're" however it is typed.
  for (const q of [0x2018, 0x2019, 0x201b, 0x2032]) {
    fold[q] = 0x27;
    cls[q] = CLS_PUNCT;
  }
  for (const q of [0x201c, 0x201d, 0x201f, 0x2033]) {
    fold[q] = 0x22;
    cls[q] = CLS_PUNCT;
  }
  for (const z of INVISIBLE) cls[z] = CLS_DROP;
  return { fold, cls };
}

/** The shared fold table, built on first use (a few ms). */
export function foldTable(): FoldTable {
  table ??= build();
  return table;
}
