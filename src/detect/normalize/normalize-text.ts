import { NOT_PLAIN_ASCII } from "../shared/non-ascii.js";
import { HOMOGLYPHS } from "./homoglyphs.js";
import { isInvisible, isTagChar } from "./invisible-chars.js";
import { CharViewBuilder, WINDOW_MARGIN, windowedView, type TextView } from "./text-view.js";

const MEANINGFUL = /[A-Za-z0-9@]/;
/** ASCII separators of grouped numbers (cards, phones, IBANs, national ids). */
const SEPARATOR = /^[-./]$/;
/** Digits of a grouped number joined by a separator look-alike from which the normalised view counts as changed. */
const GROUPED_NUMBER_DIGITS = 8;
/** Combining marks in one word of letters that make it a hiding place rather than decomposed prose. */
const WORD_MARKS_HIDING = 3;
const LETTER = /^[\p{L}\p{N}]$/u;
const FOLD_CACHE = new Map<number, string>();
const FOLD_CACHE_MAX = 20_000;

/** Unicode white space other than ASCII (NBSP, ogham, en/em spaces, line/paragraph separators, ideographic). */
function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
    cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** NFKC of one code point, then look-alike folding, with combining marks dropped; digits of any script to 0-9. Cached. */
export function foldCodePoint(cp: number): string {
  const cached = FOLD_CACHE.get(cp);
  if (cached !== undefined) return cached;
  const digit = asciiDigit(cp);
  const nfkc = digit ?? String.fromCodePoint(cp).normalize("NFKC");
  let out = "";
  for (const ch of nfkc) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x300 && c <= 0x36f) continue;
    out += HOMOGLYPHS.get(c) ?? ch;
  }
  if (FOLD_CACHE.size < FOLD_CACHE_MAX) FOLD_CACHE.set(cp, out);
  return out;
}

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** What the normalised view does with a code point outside ASCII, worked out once per code point. */
interface FoldInfo {
  /** foldCodePoint(cp) */
  folded: string;
  /** The fold changes it into something patterns read (a Latin letter, a digit, `@`): a meaningful change. */
  meaningful: boolean;
  /** A look-alike letter (a change only inside a word that also holds Latin letters or digits). */
  lookalike: boolean;
  /** A letter or digit (words go on over it). */
  letter: boolean;
  /** The ASCII base of a precomposed Latin letter with diacritics ("Ŕ" → "R"); undefined for anything else. */
  accentBase: string | undefined;
}

/** The ASCII base of a precomposed Latin letter with diacritics, undefined for anything else. */
function accentBase(ch: string): string | undefined {
  const nfd = ch.normalize("NFD");
  return nfd.length >= 2 && /^[A-Za-z][\u0300-\u036f]+$/.test(nfd) ? nfd[0] : undefined;
}
const FOLD_INFO = new Map<number, FoldInfo>();

function foldInfo(cp: number): FoldInfo {
  const cached = FOLD_INFO.get(cp);
  if (cached !== undefined) return cached;
  const folded = foldCodePoint(cp);
  const orig = String.fromCodePoint(cp);
  const info: FoldInfo = { folded, meaningful: folded !== orig && MEANINGFUL.test(folded), lookalike: HOMOGLYPHS.has(cp), letter: LETTER.test(orig), accentBase: accentBase(orig) };
  if (FOLD_INFO.size < FOLD_CACHE_MAX) FOLD_INFO.set(cp, info);
  return info;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The ASCII digit of a decimal digit of another script (Arabic-Indic, Devanagari, Thai...), which NFKC keeps as it is.
 * Every \p{Nd} run in Unicode is made of whole blocks of ten starting at zero, so a digit's value is its distance
 * from the start of its run, modulo 10.
 */
function asciiDigit(cp: number): string | undefined {
  if (cp < 0x660 || !DECIMAL_DIGIT.test(String.fromCodePoint(cp))) return undefined;
  let k = 0;
  while (k < 100 && DECIMAL_DIGIT.test(String.fromCodePoint(cp - k - 1))) k++;
  return String.fromCharCode(48 + (k % 10));
}

/** Tag runs at most that long cutting an ASCII token are a cut in it, not a hidden text. */
const TAGS_IN_TOKEN_MAX = 2;

/** The position after the run of tag characters (U+E0000-E007F) starting at `i`. */
function skipTags(text: string, i: number): number {
  while (i < text.length && isTagChar(text.codePointAt(i) ?? 0)) i += 2;
  return i;
}

/** Next to a tag run: 2 a visible ASCII character, 1 white space or the text's edge (NaN), 0 anything else. */
function tagNeighbour(c: number): number {
  if (c > 32 && c < 127) return 2;
  return c !== c || c <= 32 || isUnicodeSpace(c) ? 1 : 0;
}

/**
 * The tag run starting at `i` is one or two tags inside or at the edge of a token of visible ASCII (a key, an
 * address, a card number): a visible ASCII character on one side, and one or white space on the other. Tags between
 * words of other scripts, or next to the visible accented letters of a hidden text, are left to be revealed.
 */
function tagsInsideToken(text: string, i: number): boolean {
  const end = skipTags(text, i);
  if (end - i > 2 * TAGS_IN_TOKEN_MAX) return false;
  // (the character before a run is never a tag; a low surrogate there is another astral character: 0)
  const prev = tagNeighbour(i === 0 ? NaN : text.charCodeAt(i - 1));
  const next = tagNeighbour(end < text.length ? text.charCodeAt(end) : NaN);
  return prev > 0 && next > 0 && prev + next >= 3;
}

/**
 * The normalised view of `text`: NFKC per code point, zero-width / bidi / variation-selector characters and
 * combining diacritics removed, Unicode tag characters revealed as the ASCII they hide (set off by spaces; one or two
 * inside an ASCII token are dropped), Cyrillic/Greek look-alikes folded to Latin, white-space runs collapsed
 * (to "\n" when the run holds a line break, else " ").
 *
 * Returns undefined when the view would not show detectors anything new: plain printable ASCII text (only white space
 * could change, and detectors accept any white space between words), or non-ASCII text whose only changes
 * are white space (Unicode spaces are `\s` to JS regexes), punctuation look-alikes (curly quotes, dashes), single
 * combining accents, or look-alike letters in words without Latin letters or digits (ordinary Russian or Greek).
 * That keeps clean text free. When the changes are few in a long text, the view is cut down to windows around
 * them (see windowedView), so the rescan costs in proportion to what changed.
 */
export function buildNormalizedView(text: string): TextView | undefined {
  const n = normalizeText(text);
  return n && windowedView(n.view, n.points);
}

/** The whole normalised view and the view positions of its meaningful changes (undefined: nothing changed). */
export interface Normalized {
  view: TextView;
  points: number[];
}

/**
 * The normalised view of the whole text (see buildNormalizedView, which cuts it down to windows around `points`).
 * Views built on top of it, like the leet view, need the whole of it. Plain printable ASCII has no normalised view.
 */
export function normalizeText(text: string, firstNonAscii?: number): Normalized | undefined {
  // (`firstNonAscii`: the caller's answer to where the first non-ASCII or control character is, -1 for none:
  // saves a pass; see FIRST_NON_ASCII)
  if (firstNonAscii === undefined ? !NOT_PLAIN_ASCII.test(text) : firstNonAscii < 0) return undefined;
  const b = new CharViewBuilder(text.length);
  let changed = false;
  let inWs = false;
  // Unicode tag characters U+E0020-E007E are invisible copies of ASCII ("ASCII smuggling"): the view shows
  // the hidden text, set off by spaces, so detectors read it; each revealed character maps to its tag.
  let tagEnd = -1;
  let tagStart = -1;
  // Look-alike letters only matter inside words that also hold Latin letters or digits ("jоhn", "pаypal1"):
  // all-Cyrillic or all-Greek words are ordinary text and must not force a rescan of every Russian document.
  let wordLatin = false;
  let wordLookalike = false;
  let marks = 0;
  // Combining marks on the letters of the current token, and whether it holds a digit: one accent per character
  // ("g\u0301h\u0301p\u0301_…") or one accent inside a key or number ("AKIÁZ3…") hides it from patterns as well as
  // stacked marks do, while decomposed prose ("e\u0301le\u0300ve") has a mark or two per word and no digits.
  let tokenMarks = 0;
  let tokenDigit = false;
  // Precomposed accented letters of the current token ("AKIÀZ3…", "ǵh́ṕ_Ŕ8́…"): their view parts and ASCII bases. In
  // a token that hides something (see endToken) they are folded to the base; elsewhere they are ordinary text and stay
  // as written, so names and prose read the same in every view.
  let tokenAccents: { part: number; base: string }[] | undefined;
  // View position of the token's first mark or accented letter (-1: none yet).
  let tokenFirst = -1;
  // The last character written to the view is an ASCII digit: a separator look-alike after it (NBSP, narrow or
  // figure space, a dash other than "-") splits a number the pattern detectors read only with ASCII separators.
  let lastDigit = false;
  // The digits of the grouped number being read (digits joined by spaces, separators or their look-alikes), and
  // whether a look-alike joined two of its groups: the view counts as changed once such a number reaches the length
  // of the shortest identifiers it can hide (an SSN, a phone number), not for every "12\u202f500" of French prose.
  let numDigits = 0;
  let numLookalike = false;
  const endNumber = (): void => {
    numDigits = 0;
    numLookalike = false;
  };
  const addDigits = (k: number): void => {
    numDigits += k;
    if (numLookalike && numDigits >= GROUPED_NUMBER_DIGITS) mark();
  };
  const lookalikeSeparator = (): void => {
    numLookalike = true;
    if (numDigits >= GROUPED_NUMBER_DIGITS) mark();
  };
  // View positions of the meaningful changes, to cut the view down to windows around them.
  const points: number[] = [];
  const mark = (): void => {
    changed = true;
    if (points[points.length - 1] !== b.size) points.push(b.size);
  };
  const endWord = (): void => {
    if (wordLatin && wordLookalike) mark();
    wordLatin = false;
    wordLookalike = false;
  };
  /** The end of a token (a run without white space: "sk-proj-…", "jane.doe@…" are one). */
  const endToken = (): void => {
    // Hidden under accents: marks or accented letters in a token with a digit, three or more combining marks, or
    // combining marks and precomposed letters mixed in one token (ordinary text is written in one form or the other).
    const hiding = tokenDigit || tokenMarks >= WORD_MARKS_HIDING || (tokenMarks > 0 && tokenAccents !== undefined);
    if (hiding && tokenFirst >= 0) {
      if (tokenAccents !== undefined) for (const a of tokenAccents) b.replacePart(a.part, a.base);
      // points over the whole token, so that the windows cover a long one from its first accent (sorted at the end)
      changed = true;
      for (let p = tokenFirst; p < b.size; p += WINDOW_MARGIN) points.push(p);
      points.push(b.size);
    }
    tokenAccents = undefined;
    tokenFirst = -1;
    tokenMarks = 0;
    tokenDigit = false;
  };
  /** A digit (of any script, or full-width) starts at `at`. */
  const digitAt = (at: number): boolean => {
    if (at >= n) return false;
    const d = text.charCodeAt(at);
    if (d >= 48 && d <= 57) return true;
    if (d < 0x80) return false;
    const f = foldInfo(text.codePointAt(at) ?? d).folded;
    return f.length === 1 && f >= "0" && f <= "9";
  };
  const n = text.length;
  const space = (start: number, end: number, newline: boolean): void => {
    if (inWs) {
      b.extendLast(end);
      if (newline && b.lastChar() !== "\n") b.replaceLastChar("\n");
    } else {
      b.push(newline ? "\n" : " ", start, end);
      inWs = true;
    }
  };
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (tagEnd >= 0) {
        space(tagStart, tagEnd, false);
        tagEnd = -1;
      }
      marks = 0;
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (c !== 32) endNumber();
        lastDigit = false;
        endWord();
        endToken();
        space(i, i + 1, c === 10 || c === 13);
      } else if (c < 32 || c === 127) {
        // An ASCII control character (NUL, ESC, DEL) inside a value hides it from patterns: removed, like a
        // zero-width character.
        mark();
      } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        // A run of ASCII letters and digits is copied as it is, in one piece (most of any text).
        let j = i + 1;
        let digits = c <= 57 ? 1 : 0;
        while (j < n && isAsciiAlnum(text.charCodeAt(j))) {
          if (text.charCodeAt(j) <= 57) digits++;
          j++;
        }
        wordLatin = true;
        if (digits > 0) {
          tokenDigit = true;
          addDigits(digits);
        }
        lastDigit = text.charCodeAt(j - 1) <= 57;
        b.pushRange(text, i, j);
        inWs = false;
        i = j;
        continue;
      } else {
        if (c !== 95 /* _ joins identifiers */) endWord();
        if (c !== 45 && c !== 46 && c !== 47 && c !== 43 && c !== 40 && c !== 41) endNumber();
        lastDigit = false;
        b.push(text[i] as string, i, i + 1);
        inWs = false;
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const len = cp > 0xffff ? 2 : 1;
    if (tagEnd >= 0 && !isTagChar(cp)) {
      space(tagStart, tagEnd, false);
      tagEnd = -1;
    }
    if (cp >= 0xe0020 && cp <= 0xe007e && tagEnd < 0 && tagsInsideToken(text, i)) {
      // One or two tags inside an ASCII token ("A\u{E0020}K\u{E0020}I…", "4\u{E0041}1…1\u{E0041} 1…"): too short
      // to hide a text of their own, they cut the token they sit in or at, so they are dropped like a
      // zero-width character (the evasion detector still reports them).
      mark();
      i = skipTags(text, i);
      continue;
    } else if (cp >= 0xe0020 && cp <= 0xe007e) {
      mark();
      if (tagEnd < 0) space(i, i + len, false);
      const ch = String.fromCharCode(cp - 0xe0000);
      if (ch === " ") space(i, i + len, false);
      else {
        b.push(ch, i, i + len);
        inWs = false;
      }
      tagStart = i;
      tagEnd = i + len;
    } else if (cp >= 0x300 && cp <= 0x36f && cp !== 0x34f /* CGJ: invisible, not an accent */) {
      // One accent (decomposed é) is ordinary text; stacked marks ("zalgo") hide words.
      if (++marks >= 2) mark();
      tokenMarks++;
      if (tokenFirst < 0) tokenFirst = b.size;
    } else if (isInvisible(cp)) {
      mark();
    } else if (isUnicodeSpace(cp)) {
      // JS `\s` already matches these, so detectors see them as spaces: no rescan for them alone, except between
      // digits, where pattern detectors take only ASCII separators ("4111\u00a01111\u00a0…").
      if (lastDigit && digitAt(i + len)) lookalikeSeparator();
      else endNumber();
      lastDigit = false;
      endWord();
      endToken();
      space(i, i + len, cp === 0x2028 || cp === 0x2029 || cp === 0x85);
    } else {
      marks = 0;
      const info = foldInfo(cp);
      if (info.meaningful) {
        if (info.lookalike) wordLookalike = true;
        else mark();
      } else if (lastDigit && info.folded.length === 1 && info.folded !== String.fromCodePoint(cp) && SEPARATOR.test(info.folded) && digitAt(i + len)) {
        // a dash or dot look-alike between digits ("536\u201122\u20111456"): the view's ASCII form is what patterns read
        lookalikeSeparator();
      } else if (!(info.folded.length === 1 && info.folded >= "0" && info.folded <= "9")) {
        endNumber();
      }
      if (!info.letter) endWord();
      if (info.accentBase !== undefined) {
        (tokenAccents ??= []).push({ part: b.nextPart, base: info.accentBase });
        if (tokenFirst < 0) tokenFirst = b.size;
      }
      if (info.folded.length > 0) {
        b.push(info.folded, i, i + len);
        inWs = false;
        const last = info.folded.charCodeAt(info.folded.length - 1);
        lastDigit = last >= 48 && last <= 57;
        if (lastDigit) {
          tokenDigit = true;
          addDigits(1);
        }
      }
    }
    i += len;
  }
  endWord();
  endToken();
  if (!changed) return undefined;
  points.sort((x, y) => x - y);
  return { view: b.build("normalized"), points };
}
