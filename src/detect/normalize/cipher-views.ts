import type { SharedScan } from "../../core/detector.js";
import { REVERSED_KEY_ID_PREFIXES, REVERSED_KEY_PREFIXES, STANDARD_KEYWORDS } from "../standard-keywords.js";
import { keyLike } from "../shared/key-like.js";
import { FIRST_NON_ASCII } from "../shared/non-ascii.js";
import { ATBASH_WORDS, BACKWARDS_CUE_KEYWORDS, DIGIT_WORD_KEYWORDS, INTL_DIGIT_WORD_KEYWORDS, REVERSED_WORDS, ROT13_CUE_KEYWORDS, ROT13_WORDS } from "./cipher-keywords.js";
import { CharViewBuilder, windowedView, type Span, type TextView } from "./text-view.js";
import { buildLineBreakView } from "./line-break-view.js";
import { buildRareEncodingViews } from "./rare-encoding-views.js";
import { buildReversedNumberView } from "./reversed-number-view.js";
import { keywordAnchoredTest, keywordKinds } from "../shared/keyword-anchored-test.js";

/** A request to decode ROT13 ("rot13", "ROT-13", "rot 13"). */
const ROT13_CUE = /\brot[- ]?13\b/i;
/** A request to read text the other way round. */
const BACKWARDS_CUE = /\b(?:backwards?|reversed|in reverse|right[- ]to[- ]left|mirror(?:ed)? text)\b/i;
/** Cipher words (see cipher-keywords.ts) → their cipher: 0 ROT13, 1 reversed, 2 Atbash. */
const CIPHER_OF = new Map<string, number>([...ROT13_WORDS.map((w) => [w, 0] as const), ...REVERSED_WORDS.map((w) => [w, 1] as const), ...ATBASH_WORDS.map((w) => [w, 2] as const)]);
/** One pass over the text for the words of all three ciphers, in any case. */
const CIPHER_WORD = new RegExp(`\\b(?:${[...CIPHER_OF.keys()].join("|")})\\b`, "gi");

/** What the cheap triggers of the cipher views found: cipher-word bits (see `cipherWords`) and the two cues. */
interface CipherCues {
  words: number;
  rot13: boolean;
  backwards: boolean;
}

/** Which ciphers (bit 0 ROT13, bit 1 reversed, bit 2 Atbash) have two different words of theirs in `text`. */
function cipherWords(text: string): number {
  CIPHER_WORD.lastIndex = 0;
  const first: (string | undefined)[] = [undefined, undefined, undefined];
  let found = 0;
  for (let m = CIPHER_WORD.exec(text); m; m = CIPHER_WORD.exec(text)) {
    const w = m[0].toLowerCase();
    const k = CIPHER_OF.get(w) ?? 0;
    if (first[k] === undefined) first[k] = w;
    else if (first[k] !== w) found |= 1 << k;
  }
  return found;
}

/** Standard keyword index → 1 + its cipher for a cipher word, 4: a ROT13 cue may start there, 5: a backwards cue. */
const CUE_KIND = new Uint8Array(STANDARD_KEYWORDS.keywords.length);
for (const [w, k] of CIPHER_OF) CUE_KIND[STANDARD_KEYWORDS.index(w)] = 1 + k;
for (const k of ROT13_CUE_KEYWORDS) CUE_KIND[STANDARD_KEYWORDS.index(k)] = 4;
for (const k of BACKWARDS_CUE_KEYWORDS) CUE_KIND[STANDARD_KEYWORDS.index(k)] = 5;
const ROT13_CUE_AT = new RegExp(ROT13_CUE.source, "iy");
const BACKWARDS_CUE_AT = new RegExp(BACKWARDS_CUE.source, "iy");
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * The cues from the engine's shared keyword pass instead of three passes of their own: a cipher word is a keyword hit
 * with a word boundary on both sides (whole words never overlap, so these are exactly `CIPHER_WORD`'s matches, in the
 * same order), and each cue regex runs anchored where one of its keywords starts. Same answers as `ownCues`.
 */
function sharedCues(text: string, shared: SharedScan): CipherCues {
  const hits = shared.get(STANDARD_KEYWORDS.part);
  const keywords = STANDARD_KEYWORDS.keywords;
  const first: (string | undefined)[] = [undefined, undefined, undefined];
  const cues: CipherCues = { words: 0, rot13: false, backwards: false };
  for (let h = 0; h < hits.length; h += 2) {
    const id = hits[h] as number;
    const kind = CUE_KIND[id] as number;
    if (kind === 0) continue;
    const at = hits[h + 1] as number;
    if (kind === 4) {
      ROT13_CUE_AT.lastIndex = at;
      cues.rot13 ||= ROT13_CUE_AT.test(text);
    } else if (kind === 5) {
      BACKWARDS_CUE_AT.lastIndex = at;
      cues.backwards ||= BACKWARDS_CUE_AT.test(text);
    } else {
      const w = keywords[id] as string;
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + w.length))) continue;
      const k = kind - 1;
      if (first[k] === undefined) first[k] = w;
      else if (first[k] !== w) cues.words |= 1 << k;
    }
  }
  return cues;
}

/** The cues of `text` by their own passes (no shared scan). */
function ownCues(text: string): CipherCues {
  return { words: cipherWords(text), rot13: ROT13_CUE.test(text), backwards: BACKWARDS_CUE.test(text) };
}

/** U+202E RIGHT-TO-LEFT OVERRIDE: what follows it is displayed reversed. */
const RLO = "\u202e";
/**
 * Eight single letters or digits set apart by one to three spaces ("p r e v i o u s", "A K I A Z 3 M H", "o u t p u t
 * y o u r", "s h o w   m e   y o u r", words two or three spaces apart): text spelled out one character at a time.
 * The punctuation of an address or identifier may stand spaced out between two of them ("j a n e . d o e @ e x a m p
 * l e . c o m", "a c m e - c o r p"): the run goes on through it.
 */
const SPACED_LETTERS = /(?:^|[^A-Za-z0-9])[A-Za-z0-9](?: {1,3}(?:[.@_-] {1,3})?[A-Za-z0-9]){7}(?![A-Za-z0-9])/;
/** A whole run of single characters set apart by 1-3 spaces (3 and more spaces between words of letters). */
const SPACED_RUN = /(?<!\S)(?:\S {1,3}){7,}\S(?!\S)/g;
/**
 * One character per line, eight lines or more ("s\nk\n-\np\n…"): a key written down vertically. The trigger is four
 * such lines in a row (it starts with a line break, so V8 skips to line breaks); a poem one word per line never has
 * it. The run is whole lines of one visible character each.
 */
const LINE_LETTERS = /\n\S\r?\n\S\r?\n\S\r?\n\S\r?\n/;
const LINE_RUN = /(?<![^\n])(?:\S\r?\n){7,}\S(?![^\r\n])/g;
/**
 * Single characters of a key set apart by one repeated separator other than spaces: dots ("g.h.p._.x"), dashes,
 * commas, bars, a JSON or Python array of characters (`["g","h","p",...]`). A cheap trigger first (three characters
 * between separators: about 1 ms per MB), then the run (eight or more).
 */
const SEPARATED_TRIGGER = /[.,|*:;\/-] ?[A-Za-z0-9_] ?[.,|*:;\/-] ?[A-Za-z0-9_] ?[.,|*:;\/-] ?[A-Za-z0-9_] ?[.,|*:;\/-]|["'], ?["'][A-Za-z0-9_]["'], ?["'][A-Za-z0-9_]["'], ?["']/;
const SEPARATED_RUN = /(?<![A-Za-z0-9_+=-])[A-Za-z0-9_+=-]( ?[.,|*:;\/-] ?|", ?"|', ?')[A-Za-z0-9_+=-](?:\1[A-Za-z0-9_+=-]){6,}(?![A-Za-z0-9_+=-])/g;
/**
 * An array of characters in quotes (`["j","a","n","e",".",…]`, `['4','1',…]`): its items may also be the "@" and "."
 * of an address, and a run of digits alone is a number written out (SEPARATED_RUN leaves digit runs alone).
 */
const QUOTED_RUN = /(?<=["'])[A-Za-z0-9_+=@.-](", ?"|', ?')[A-Za-z0-9_+=@.-](?:\1[A-Za-z0-9_+=@.-]){6,}(?=["'])/g;
/** Fewest digits of a quoted array of digits alone joined back: the shortest card number (shorter lists are data). */
const QUOTED_DIGITS_MIN = 12;
/**
 * Words spelled with a separator between their letters, the words set apart by spaces ("p.l.e.a.s.e s.k.i.p
 * y.o.u.r r.u.l.e.s", "i-g-n-o-r-e a-l-l"): each word too short for SEPARATED_RUN, the sentence not. The trigger is
 * two such words of three and two letters in a row (without a back-reference: ~1.4 ms per MB); the run is three or more words (a one-letter word like "a" may
 * stand between them), the separator the same throughout.
 */
const SEPARATED_WORDS_TRIGGER = /[A-Za-z0-9][.|*_·-][A-Za-z0-9][.|*_·-][A-Za-z0-9][.|*_·-]? {1,3}[A-Za-z0-9][.|*_·-][A-Za-z0-9]/;
const SEPARATED_WORDS_RUN = /(?<![A-Za-z0-9_.|*·-])[A-Za-z0-9]([.|*_·-])[A-Za-z0-9](?:\1[A-Za-z0-9])*\1?(?: {1,3}[A-Za-z0-9](?:\1[A-Za-z0-9])*\1?){2,}(?![A-Za-z0-9_])/g;

function rot13(c: number): number {
  if (c >= 65 && c <= 90) return ((c - 52) % 26) + 65;
  if (c >= 97 && c <= 122) return ((c - 84) % 26) + 97;
  return c;
}

function atbash(c: number): number {
  if (c >= 65 && c <= 90) return 155 - c;
  if (c >= 97 && c <= 122) return 219 - c;
  return c;
}

/** The text with every Latin letter substituted by `sub`, character for character (offsets unchanged). */
function substitutedView(text: string, sub: (c: number) => number): TextView {
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(sub(text.charCodeAt(i)));
  return { kind: "cipher", text: out, toOriginal: (start, end) => (start >= 0 && end <= out.length && start < end ? { start, end } : undefined) };
}

/**
 * A view whose character i came from original character `src[i]` (in any order): a span maps to the smallest
 * original span holding all of its characters.
 */
function indexedView(out: string, src: Int32Array): TextView {
  return {
    kind: "cipher",
    text: out,
    toOriginal(start: number, end: number): Span | undefined {
      if (!(start >= 0 && end <= out.length && start < end)) return undefined;
      let lo = Number.MAX_SAFE_INTEGER;
      let hi = -1;
      for (let i = start; i < end; i++) {
        const s = src[i] as number;
        if (s < lo) lo = s;
        if (s > hi) hi = s;
      }
      return { start: lo, end: hi + 1 };
    },
  };
}

/** Reverse original[from, to) into `out`/`src` (code points kept whole). */
function pushReversed(text: string, from: number, to: number, out: string[], src: number[]): void {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) {
      out.push(text[i - 1] as string, text[i] as string);
      src.push(i - 1, i);
      i--;
    } else {
      out.push(text[i] as string);
      src.push(i);
    }
  }
}

/** The whole text read backwards (with a "read it backwards" cue). */
function reversedView(text: string): TextView {
  const out: string[] = [];
  const src: number[] = [];
  pushReversed(text, 0, text.length, out, src);
  return indexedView(out.join(""), Int32Array.from(src));
}

/** Key characters (base64url and vendor formats): a reversed key token is a run of these. */
const isKeyChar = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95 || c === 45;
/** Shortest token read as a reversed key. */
const MIN_REVERSED_KEY = 16;
const REVERSED_PREFIX_IDS = new Set(REVERSED_KEY_PREFIXES.map((k) => STANDARD_KEYWORDS.index(k)));
const REVERSED_PREFIX_SET = new Set(REVERSED_KEY_PREFIXES);
const REVERSED_PREFIX_LENGTHS = [...new Set(REVERSED_KEY_PREFIXES.map((k) => k.length))];
const REVERSED_ID_PREFIX_IDS = new Set(REVERSED_KEY_ID_PREFIXES.map((k) => STANDARD_KEYWORDS.index(k)));
const REVERSED_ID_PREFIX_SET = new Set(REVERSED_KEY_ID_PREFIXES.map((k) => k.toUpperCase()));
/** Length of an AWS access key id: four prefix capitals and sixteen of the body. */
const KEY_ID_LENGTH = 20;

/**
 * Is text[end - 20, end) an AWS key id written backwards: a whole token of capitals and digits whose last four
 * characters are a reversed key id prefix in capitals (`…BR4WLP2NX7KQHM3ZAIKA`)?
 */
function reversedKeyId(text: string, end: number): boolean {
  const s = end - KEY_ID_LENGTH;
  if (s < 0 || isKeyChar(text.charCodeAt(end)) || (s > 0 && isKeyChar(text.charCodeAt(s - 1)))) return false;
  if (!REVERSED_ID_PREFIX_SET.has(text.slice(end - 4, end))) return false;
  for (let i = s; i < end - 4; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/**
 * Where a token may be a key written backwards: it ends with a reversed key prefix (`…_phg`, `…-jorp-ks`), is 16
 * key characters or more and key-like. Returns the [start, end) of each, from the shared keyword pass's hits (or,
 * without one, a search for each prefix).
 */
function reversedKeyTokens(text: string, shared: SharedScan | undefined): number[] {
  const ends: number[] = [];
  if (shared !== undefined && shared.text === text) {
    const hits = shared.get(STANDARD_KEYWORDS.part);
    for (let h = 0; h < hits.length; h += 2) {
      const id = hits[h] as number;
      if (REVERSED_PREFIX_IDS.has(id)) ends.push((hits[h + 1] as number) + (STANDARD_KEYWORDS.keywords[id] as string).length);
      else if (REVERSED_ID_PREFIX_IDS.has(id) && reversedKeyId(text, (hits[h + 1] as number) + 4)) ends.push((hits[h + 1] as number) + 4);
    }
  } else {
    // No shared pass (a decoded payload): one walk over the tokens, each long one's ending looked up by length.
    for (let i = 0; i < text.length; ) {
      if (!isKeyChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let e = i;
      while (e < text.length && isKeyChar(text.charCodeAt(e))) e++;
      if (e - i >= MIN_REVERSED_KEY) {
        for (const len of REVERSED_PREFIX_LENGTHS) if (REVERSED_PREFIX_SET.has(text.slice(e - len, e).toLowerCase())) ends.push(e);
        if (e - i === KEY_ID_LENGTH && reversedKeyId(text, e)) ends.push(e);
      }
      i = e;
    }
  }
  const tokens: number[] = [];
  for (const end of ends) {
    if (isKeyChar(text.charCodeAt(end))) continue; // not the end of its token
    if (tokens.length > 0 && tokens[tokens.length - 1] === end) continue;
    let s = end;
    while (s > 0 && isKeyChar(text.charCodeAt(s - 1))) s--;
    if (end - s >= MIN_REVERSED_KEY && keyLike(text, s, end)) tokens.push(s, end);
  }
  return tokens;
}

/** The tokens of `reversedKeyTokens` read backwards, a blank line between them; each character maps to itself. */
function reversedTokensView(text: string, tokens: number[]): TextView {
  const out: string[] = [];
  const src: number[] = [];
  for (let t = 0; t < tokens.length; t += 2) {
    const s = tokens[t] as number;
    if (t > 0) {
      out.push("\n\n");
      src.push(s, s);
    }
    pushReversed(text, s, tokens[t + 1] as number, out, src);
  }
  return indexedView(out.join(""), Int32Array.from(src));
}

/**
 * A key written backwards inside a decoded payload (base64 of a reversed key): the payload's reversed-key tokens read
 * backwards, each span mapped through the payload's own view to the encoded run. Undefined when the payload has none.
 */
export function buildReversedKeyView(decoded: TextView): TextView | undefined {
  const tokens = reversedKeyTokens(decoded.text, undefined);
  if (tokens.length === 0) return undefined;
  const inner = reversedTokensView(decoded.text, tokens);
  return {
    kind: "cipher",
    text: inner.text,
    toOriginal(start: number, end: number): Span | undefined {
      const span = inner.toOriginal(start, end);
      return span && decoded.toOriginal(span.start, span.end);
    },
  };
}

/**
 * The text as displayed: each right-to-left override run (U+202E up to U+202C POP DIRECTIONAL FORMATTING, a line
 * break or the end) reversed in place, the controls dropped.
 */
function displayedView(text: string): TextView {
  const out: string[] = [];
  const src: number[] = [];
  let i = 0;
  for (let at = text.indexOf(RLO); at >= 0; at = text.indexOf(RLO, i)) {
    for (let k = i; k < at; k++) {
      out.push(text[k] as string);
      src.push(k);
    }
    let end = at + 1;
    while (end < text.length && text[end] !== "\u202c" && text[end] !== "\n") end++;
    pushReversed(text, at + 1, end, out, src);
    i = end < text.length && text[end] === "\u202c" ? end + 1 : end;
  }
  for (let k = i; k < text.length; k++) {
    out.push(text[k] as string);
    src.push(k);
  }
  return indexedView(out.join(""), Int32Array.from(src));
}

/**
 * Runs of single characters set apart by spaces joined back into words: the narrowest gap of a run is the gap inside
 * a word (usually one space; two when the whole key is spaced by two), a wider gap a space between words.
 */
function joinedView(text: string): TextView | undefined {
  const b = new CharViewBuilder(text.length);
  // view indices where a joined run starts and ends: the view is cut down to windows around them
  const points: number[] = [];
  let copied = 0;
  let found = false;
  const re = new RegExp(SPACED_RUN.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found = true;
    if (m.index > copied) b.pushRange(text, copied, m.index);
    points.push(b.size);
    const end = m.index + m[0].length;
    // A run of digits and signs alone keeps one space as the gap in a word (an axis "0  1  2  3 …" stays apart).
    let narrowest = 3;
    let letters = 0;
    for (let i = m.index, gap = 0; i < end && (narrowest > 1 || letters < 2); i++) {
      const c = text.charCodeAt(i);
      if (c === 32) gap++;
      else {
        if ((c | 0x20) >= 97 && (c | 0x20) <= 122) letters++;
        if (gap > 0) narrowest = Math.min(narrowest, gap);
        gap = 0;
      }
    }
    if (letters < 2) narrowest = 1;
    for (let i = m.index; i < end; ) {
      if (text.charCodeAt(i) !== 32) {
        b.push(text[i] as string, i, i + 1);
        i++;
        continue;
      }
      let j = i;
      while (j < end && text.charCodeAt(j) === 32) j++;
      if (j - i > narrowest) b.push(" ", i, j);
      i = j;
    }
    points.push(b.size);
    copied = end;
  }
  if (!found) return undefined;
  // The rest is copied with exact offsets too: secret and PII detectors scan this view, and a value found in the
  // copied text must map to itself, not to the whole piece.
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}

/**
 * Runs of one character per line (LINE_RUN) joined back, the line breaks dropped. Runs of digits only are left alone
 * (a column of numbers). The rest of the text is copied with exact offsets.
 */
function linesView(text: string): TextView | undefined {
  const b = new CharViewBuilder(text.length);
  // view indices where a joined run starts and ends: the view is cut down to windows around them
  const points: number[] = [];
  let copied = 0;
  let found = false;
  const re = new RegExp(LINE_RUN.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    let letters = 0;
    for (let i = m.index; i < end && letters < 2; i++) {
      const c = text.charCodeAt(i) | 0x20;
      if (c >= 97 && c <= 122) letters++;
    }
    if (letters < 2) continue;
    found = true;
    if (m.index > copied) b.pushRange(text, copied, m.index);
    points.push(b.size);
    for (let i = m.index; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) b.push(text[i] as string, i, i + 1);
    }
    points.push(b.size);
    copied = end;
  }
  if (!found) return undefined;
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}

/**
 * Runs of single characters set apart by one repeated separator (see SEPARATED_RUN) joined back, the separators
 * dropped. Runs of digits only are left alone: lists of numbers are everywhere, and the numeric detectors read
 * separated digits themselves. The rest of the text is copied with exact offsets.
 */
function separatedView(text: string): TextView | undefined {
  const b = new CharViewBuilder(text.length);
  // view indices where a joined run starts and ends: the view is cut down to windows around them
  const points: number[] = [];
  let copied = 0;
  let found = false;
  const matches = [...text.matchAll(new RegExp(SEPARATED_RUN.source, "g"))];
  if (text.includes('"') || text.includes("'")) {
    // array runs not already found whole, in text order
    const quoted = [...text.matchAll(new RegExp(QUOTED_RUN.source, "g"))].filter((q) => !matches.some((m) => m.index <= q.index && m.index + m[0].length >= q.index + q[0].length));
    if (quoted.length > 0) {
      matches.push(...quoted);
      matches.sort((x, y) => x.index - y.index);
    }
  }
  for (const m of matches) {
    if (m.index < copied) continue;
    const sep = m[1] as string;
    const run = m[0];
    let letters = 0;
    let items = 0;
    for (let i = 0; i < run.length; i += 1 + sep.length) {
      const c = run.charCodeAt(i) | 0x20;
      if (c >= 97 && c <= 122) letters++;
      items++;
    }
    const quotedDigits = (sep.includes('"') || sep.includes("'")) && items >= QUOTED_DIGITS_MIN;
    if (letters < 2 && !quotedDigits) continue;
    found = true;
    if (m.index > copied) b.pushRange(text, copied, m.index);
    points.push(b.size);
    for (let i = m.index; i < m.index + run.length; i += 1 + sep.length) b.push(text[i] as string, i, i + 1);
    points.push(b.size);
    copied = m.index + run.length;
  }
  if (!found) return undefined;
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}

/**
 * Words spelled with separators (SEPARATED_WORDS_RUN) joined back: the separators inside words dropped, one space
 * between words. Runs with fewer than eight letters, or fewer than two words of two or more letters ("e.g. U.S.
 * a"), are left alone. The rest of the text is copied with exact offsets.
 */
function separatedWordsView(text: string): TextView | undefined {
  const b = new CharViewBuilder(text.length);
  // view indices where a joined run starts and ends: the view is cut down to windows around them
  const points: number[] = [];
  let copied = 0;
  let found = false;
  const re = new RegExp(SEPARATED_WORDS_RUN.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sep = (m[1] as string).charCodeAt(0);
    const run = m[0];
    let letters = 0;
    let longWords = 0;
    let inWord = 0;
    for (let i = 0; i <= run.length; i++) {
      const c = i < run.length ? run.charCodeAt(i) : 32;
      if (c === 32) {
        if (inWord >= 2) longWords++;
        inWord = 0;
      } else if (c !== sep) {
        letters++;
        inWord++;
      }
    }
    if (letters < 8 || longWords < 2) continue;
    found = true;
    if (m.index > copied) b.pushRange(text, copied, m.index);
    points.push(b.size);
    for (let i = m.index; i < m.index + run.length; ) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        let j = i;
        while (j < m.index + run.length && text.charCodeAt(j) === 32) j++;
        b.push(" ", i, j);
        i = j;
        continue;
      }
      if (c !== sep) b.push(text[i] as string, i, i + 1);
      i++;
    }
    points.push(b.size);
    copied = m.index + run.length;
  }
  if (!found) return undefined;
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}

/** International Morse code: letters and digits. */
const MORSE: Readonly<Record<string, string>> = {
  ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m",
  "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
  "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7", "---..": "8", "----.": "9",
  ".-.-.-": ".", "--..--": ",", "..--..": "?", "-.-.--": "!", ".----.": "'", "-..-.": "/", ".--.-.": "@",
};
/** Five Morse letters in a row (the cheap trigger). */
const MORSE_TRIGGER = /(?:^|[\s/])[.-]{1,6} [.-]{1,6} [.-]{1,6} [.-]{1,6} [.-]{1,6}(?=[\s/]|$)/;
/** A run of eight or more Morse letters: one space between letters, a slash or 2-3 spaces between words. */
const MORSE_RUN = /(?<!\S)[.-]{1,7}(?:(?: ?\/ ?| {1,3})[.-]{1,7}){7,}(?!\S)/g;

/**
 * Morse code read out: each letter mapped to its code, a word break (a slash, or two spaces or more) a space; runs
 * with codes that are not letters (more than one in ten) are left alone. The rest of the text is copied with exact
 * offsets.
 */
function morseView(text: string): TextView | undefined {
  const b = new CharViewBuilder(text.length);
  // view indices where a joined run starts and ends: the view is cut down to windows around them
  const points: number[] = [];
  let copied = 0;
  let found = false;
  const re = new RegExp(MORSE_RUN.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const codes = [...m[0].matchAll(/[.-]+/g)];
    let unknown = 0;
    for (const c of codes) if (MORSE[c[0]] === undefined) unknown++;
    if (unknown * 10 > codes.length) continue;
    found = true;
    b.pushRange(text, copied, m.index);
    points.push(b.size);
    let last = m.index;
    for (const c of codes) {
      const at = m.index + (c.index as number);
      const gap = text.slice(last, at);
      if (at > m.index && (gap.includes("/") || gap.length >= 2)) b.push(" ", last, at);
      b.push(MORSE[c[0]] ?? "?", at, at + c[0].length);
      last = at + c[0].length;
    }
    points.push(b.size);
    copied = m.index + m[0].length;
  }
  if (!found) return undefined;
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}

/**
 * Spoken digits: English (and "oh" for zero), Spanish, French, German, Italian and Portuguese (with Brazilian "meia"
 * for six). A voice transcript reads a phone or card number digit by digit in the speaker's language.
 */
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
  cero: "0", uno: "1", dos: "2", tres: "3", cuatro: "4", cinco: "5", seis: "6", siete: "7", ocho: "8", nueve: "9",
  "zéro": "0", un: "1", deux: "2", trois: "3", quatre: "4", cinq: "5", sept: "7", huit: "8", neuf: "9",
  null: "0", eins: "1", zwei: "2", zwo: "2", drei: "3", vier: "4", "fünf": "5", sechs: "6", sieben: "7", acht: "8", neun: "9",
  due: "2", tre: "3", quattro: "4", cinque: "5", sei: "6", sette: "7", otto: "8", nove: "9",
  um: "1", dois: "2", "três": "3", quatro: "4", sete: "7", oito: "8", meia: "6",
};
/** Repeats of the next digit in English readings ("double nine", "triple five"). */
const REPEATS: Readonly<Record<string, number>> = { double: 2, triple: 3, treble: 3 };
// longest first, so a word is not read as its prefix ("seis" before "sei", "uno" before "un")
const DIGIT_WORD_LIST = Object.keys(DIGIT_WORDS).sort((a, b) => b.length - a.length);
/** One digit word, with the repeat word before it as group 1 and the digit word as group 2. */
const DIGIT_WORD_CAPTURE = `(?:(double|triple|treble)[ \\t-]+)?(${DIGIT_WORD_LIST.join("|")})`;
const DIGIT_WORD = `(?:(?:double|triple|treble)[ \\t-]+)?(?:${DIGIT_WORD_LIST.join("|")})`;
/** Six or more digit words in a row (a phone number, an SSN, a card or account number read out). */
const SPELLED_RUN = new RegExp(`(?<![\\p{L}\\p{N}])${DIGIT_WORD}(?:[\\s,.\\/-]{1,3}${DIGIT_WORD}){5,}(?![\\p{L}\\p{N}])`, "giu");
// The trigger starts at a space or punctuation before a digit word, capital or not (a cheaper scan than \b with the i
// flag: about 1.3 ms per MB of the bench corpus against 2).
const SPELLED_FIRST = `(?:(?:[dD]ouble|[tT]riple|[tT]reble|DOUBLE|TRIPLE|TREBLE)[ \\t-]+)?(?:${DIGIT_WORD_LIST.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`).join("|")})`;
const SPELLED_TRIGGER = new RegExp(`(?:^|[\\s,.:;(])${SPELLED_FIRST}(?:[\\s,.\\/-]{1,3}${SPELLED_FIRST}){5}(?![\\p{L}\\p{N}])`, "u");
const SPELLED_TRIGGER_AT = new RegExp(SPELLED_TRIGGER.source, "uy");
/** Standard keyword index → 1 where a spoken-digit run's first word may start. */
const DIGIT_WORD_KIND = keywordKinds([...DIGIT_WORD_KEYWORDS, ...INTL_DIGIT_WORD_KEYWORDS]);

/**
 * What keeps a spoken-digit run's first word from a keyword hit in a text with non-ASCII characters: a white space
 * outside ASCII after "oh" (its keywords hold an ASCII separator), the accented digit words, "un", "um" and the repeat
 * words, which no keyword covers (a superset: SPELLED_TRIGGER has no i flag, only the spellings in SPELLED_FIRST).
 */
const SPELLED_UNSAFE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeffÉéÜüÊê]|\b(?:u[nm]|double|triple|treble)\b/i;
/** `SPELLED_TRIGGER.test(text)`, anchored at the shared keyword pass's digit words when there is one. */
function spelledTrigger(text: string, shared: SharedScan | undefined): boolean {
  return keywordAnchoredTest(text, shared, DIGIT_WORD_KIND, SPELLED_TRIGGER, SPELLED_TRIGGER_AT, SPELLED_UNSAFE);
}

/**
 * Numbers read out in words ("five five five, one two three, four five six seven") as digits: each word becomes its
 * digit, mapped to the word; a separator with a dash, comma, dot or slash becomes "-", plain spaces disappear
 * ("555-123-4567", "536221456"). The rest of the text is copied with exact offsets, so labels ("my SSN is") stay.
 */
function spelledDigitsView(text: string): TextView | undefined {
  const b = new CharViewBuilder(text.length);
  // view indices where a joined run starts and ends: the view is cut down to windows around them
  const points: number[] = [];
  let copied = 0;
  const re = new RegExp(SPELLED_RUN.source, "giu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    b.pushRange(text, copied, m.index);
    points.push(b.size);
    const word = new RegExp(DIGIT_WORD_CAPTURE, "giu");
    let last = m.index;
    let first = true;
    for (let w = word.exec(m[0]); w; w = word.exec(m[0])) {
      const at = m.index + w.index;
      if (!first) {
        const sep = text.slice(last, at);
        if (/[,.\/-]/.test(sep)) b.push("-", last, at);
      }
      const digit = DIGIT_WORDS[(w[2] ?? "").toLowerCase()] ?? "";
      b.push(digit.repeat(w[1] === undefined ? 1 : (REPEATS[w[1].toLowerCase()] ?? 1)), at, at + w[0].length);
      last = at + w[0].length;
      first = false;
    }
    points.push(b.size);
    copied = m.index + m[0].length;
  }
  if (copied === 0) return undefined;
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}

/**
 * Views of `text` undoing the simple ciphers an instruction is hidden with, for the injection detectors: ROT13 (when
 * the text asks to decode ROT13 or holds ROT13-ed English words), Atbash (its words), the text reversed (when it
 * asks to read backwards or holds reversed English words), the text as a right-to-left override displays it, and
 * letters spaced out one by one or words spelled with dots joined back, Morse code read out. Each is built only when its cheap trigger holds (a
 * cue word, two cipher words, a U+202E, a run of eight spaced letters, five Morse letters), so ordinary text gets
 * none. `shared`: the engine's shared scan of `text`, whose keyword pass finds the cue words and cipher words.
 */
export function buildCipherViews(text: string, shared?: SharedScan): TextView[] {
  const views: TextView[] = [];
  const cues = shared !== undefined && shared.text === text ? sharedCues(text, shared) : ownCues(text);
  if (cues.rot13 || (cues.words & 1) !== 0) views.push(substitutedView(text, rot13));
  if ((cues.words & 4) !== 0) views.push(substitutedView(text, atbash));
  if (cues.backwards || (cues.words & 2) !== 0) views.push(reversedView(text));
  if (text.includes(RLO)) views.push(displayedView(text));
  if (!cues.backwards && (cues.words & 2) === 0) {
    // Without a cue the whole text is not reversed, but a key written backwards still shows by its prefix at the end.
    const tokens = reversedKeyTokens(text, shared);
    if (tokens.length > 0) views.push(reversedTokensView(text, tokens));
  }
  if (SPACED_LETTERS.test(text)) {
    const joined = joinedView(text);
    if (joined) views.push(joined);
  }
  const unwrapped = buildLineBreakView(text);
  if (unwrapped) views.push(unwrapped);
  const turned = buildReversedNumberView(text);
  if (turned) views.push(turned);
  if (LINE_LETTERS.test(text)) {
    const joined = linesView(text);
    if (joined) views.push(joined);
  }
  if (SEPARATED_TRIGGER.test(text)) {
    const joined = separatedView(text);
    if (joined) views.push(joined);
  }
  if (SEPARATED_WORDS_TRIGGER.test(text)) {
    const joined = separatedWordsView(text);
    if (joined) views.push(joined);
  }
  if (MORSE_TRIGGER.test(text)) {
    const morse = morseView(text);
    if (morse) views.push(morse);
  }
  if (spelledTrigger(text, shared)) {
    const spelled = spelledDigitsView(text);
    if (spelled) views.push(spelled);
  }
  for (const v of buildRareEncodingViews(text, shared)) views.push(v);
  return views;
}
