import type { SharedScan } from "../../core/detector.js";
import { keywordAnchoredTest, keywordKinds } from "../shared/keyword-anchored-test.js";
import { FIRST_NON_ASCII } from "../shared/non-ascii.js";
import { CIPHER_CUE_KEYWORDS, NATO_KEYWORDS } from "./cipher-keywords.js";
import { buildSegmentView, type TextView } from "./text-view.js";

/**
 * Views undoing the rarer ways of hiding an instruction that red-team tools use (garak's encoding probes and the
 * like): Braille cells, upside-down letters, the NATO spelling alphabet, Caesar shifts other than ROT13 (when the
 * text speaks of a cipher), Ascii85, uuencode and quoted-printable bytes. Each is built only when its cheap trigger holds, so ordinary text
 * gets none; each decoded run maps back to the run it came from (segment views).
 */

interface Payload {
  text: string;
  start: number;
  end: number;
}

/** At most this many runs per text and per encoding (pathological inputs stay bounded). */
const MAX_RUNS = 64;
/** Decoded text shorter than this cannot hold anything a detector would report. */
const MIN_DECODED = 8;

// ---------------------------------------------------------------------------------------------------------------
// Braille (Grade 1: letters, the number sign before a-j for digits, common punctuation)

const BRAILLE_LETTERS = "a1b3c14d145e15f124g1245h125i24j245k13l123m134n1345o135p1234q12345r1235s234t2345u136v1236w2456x1346y13456z1356";
/** Dot pattern bits (U+2800 + bits) → letter. */
const BRAILLE = new Map<number, string>();
for (const m of BRAILLE_LETTERS.matchAll(/([a-z])(\d+)/g)) {
  let bits = 0;
  for (const d of m[2]!) bits |= 1 << (Number(d) - 1);
  BRAILLE.set(bits, m[1]!);
}
const BRAILLE_PUNCT = new Map<number, string>([
  [0b110010, "."], // dots 2-5-6
  [0b000010, ","], // dot 2
  [0b010110, "!"], // dots 2-3-5
  [0b100110, "?"], // dots 2-3-6
  [0b000100, "'"], // dot 3
  [0b100100, "-"], // dots 3-6
  [0b010010, ":"], // dots 2-5
  [0b000110, ";"], // dots 2-3
]);
const BRAILLE_CAPITAL = 0b100000; // dot 6
const BRAILLE_NUMBER = 0b111100; // dots 3-4-5-6
const BRAILLE_TRIGGER = /[\u2801-\u28ff]{3}/;
const BRAILLE_RUN = /[\u2801-\u28ff](?:[\u2800 .,!?'"-]{0,3}[\u2801-\u28ff]){7,}/g;

function decodeBraille(run: string): string | undefined {
  let out = "";
  let number = false;
  let unknown = 0;
  let cells = 0;
  for (const ch of run) {
    const c = ch.charCodeAt(0);
    if (c < 0x2800 || c > 0x28ff) {
      out += ch;
      number = false;
      continue;
    }
    const bits = c - 0x2800;
    if (bits === 0) {
      out += " ";
      number = false;
      continue;
    }
    cells++;
    if (bits === BRAILLE_CAPITAL) continue;
    if (bits === BRAILLE_NUMBER) {
      number = true;
      continue;
    }
    const letter = BRAILLE.get(bits);
    if (letter !== undefined) {
      out += number && letter <= "j" ? String((letter.charCodeAt(0) - 96) % 10) : letter;
      continue;
    }
    const p = BRAILLE_PUNCT.get(bits);
    if (p !== undefined) out += p;
    else {
      out += "?";
      unknown++;
    }
  }
  return unknown * 5 <= cells && out.trim().length >= MIN_DECODED ? out : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Upside-down text (letters turned 180°, read right to left)

const FLIPPED: Readonly<Record<string, string>> = {
  ɐ: "a", ɔ: "c", ǝ: "e", ɟ: "f", ƃ: "g", ᵷ: "g", ɥ: "h", ᴉ: "i", ı: "i", ɾ: "j", ʞ: "k", ɯ: "m", ɹ: "r", ʇ: "t", ʌ: "v", ʍ: "w", ʎ: "y",
  q: "b", p: "d", d: "p", b: "q", u: "n", n: "u",
  "∀": "A", "Ɔ": "C", "Ǝ": "E", "Ⅎ": "F", "⅁": "G", "ſ": "J", "ꓘ": "K", "˥": "L", "Ԁ": "P", "ꓤ": "R", "⊥": "T", "∩": "U", "Λ": "V", "⅄": "Y", "ꓭ": "B", "ᗡ": "D", "ꟽ": "M",
  "˙": ".", "¿": "?", "¡": "!", "‘": ",", ",": "'", "„": '"',
};
/** Characters that occur almost only in upside-down text (not the ASCII letters that swap with each other). */
const FLIP_ONLY = /[ɐɔǝɟƃᵷɥᴉɾʞɯɹʇʌʍʎ∀Ɔ⅁ꓘ˥Ԁ⊥∩Λ⅄]/g;
const FLIP_TRIGGER = /[ɐɔǝɟƃᵷɥᴉɾʞɯɹʇʌʍʎ∀Ɔ⅁ꓘ˥Ԁ⊥∩Λ⅄][^\n]{0,40}[ɐɔǝɟƃᵷɥᴉɾʞɯɹʇʌʍʎ∀Ɔ⅁ꓘ˥Ԁ⊥∩Λ⅄][^\n]{0,40}[ɐɔǝɟƃᵷɥᴉɾʞɯɹʇʌʍʎ∀Ɔ⅁ꓘ˥Ԁ⊥∩Λ⅄]/;

function upsideDownPayloads(text: string, out: Payload[]): void {
  let start = 0;
  while (start < text.length && out.length < MAX_RUNS) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const flips = line.match(FLIP_ONLY)?.length ?? 0;
    if (flips >= 3) {
      const chars = [...line];
      let decoded = "";
      for (let i = chars.length - 1; i >= 0; i--) decoded += FLIPPED[chars[i]!] ?? chars[i]!;
      if (decoded.trim().length >= MIN_DECODED) out.push({ text: decoded, start, end });
    }
    start = end + 1;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// NATO spelling alphabet ("India Golf November Oscar Romeo Echo")

const NATO_WORDS: ReadonlyArray<[string, string]> = [
  ["alfa", "a"], ["alpha", "a"], ["bravo", "b"], ["charlie", "c"], ["delta", "d"], ["echo", "e"], ["foxtrot", "f"], ["golf", "g"],
  ["hotel", "h"], ["india", "i"], ["juliett", "j"], ["juliet", "j"], ["kilo", "k"], ["lima", "l"], ["mike", "m"], ["november", "n"],
  ["oscar", "o"], ["papa", "p"], ["quebec", "q"], ["romeo", "r"], ["sierra", "s"], ["tango", "t"], ["uniform", "u"], ["victor", "v"],
  ["whiskey", "w"], ["whisky", "w"], ["x-ray", "x"], ["xray", "x"], ["yankee", "y"], ["zulu", "z"],
  ["zero", "0"], ["one", "1"], ["two", "2"], ["three", "3"], ["four", "4"], ["five", "5"], ["six", "6"], ["seven", "7"], ["eight", "8"], ["nine", "9"], ["niner", "9"],
];
const NATO = new Map(NATO_WORDS);
const NATO_WORD = `(?:${NATO_WORDS.map(([w]) => w).join("|")})`;
/** Word breaks inside a spelled run: a slash, a bar, "space", or a line's end. */
const NATO_BREAK = "(?:\\s*[/|]\\s*|\\s+\\(?space\\)?\\s+|\\s*\\n\\s*)";
const NATO_RUN = new RegExp(`\\b${NATO_WORD}(?:(?:[\\s,.-]{1,3}|${NATO_BREAK})${NATO_WORD}){7,}\\b`, "gi");
/**
 * Four words in a row, the first a letter's (counting "one two three four" alone is no trigger). Like CIPHER_CUE it
 * opens with the character before the word, so that its sticky twin can run one character before a keyword hit.
 */
const NATO_LETTER = `(?:${NATO_WORDS.filter(([, l]) => l >= "a").map(([w]) => w).join("|")})`;
const NATO_TRIGGER = new RegExp(`(?:^|\\W)${NATO_LETTER}[\\s,.-]{1,3}${NATO_WORD}[\\s,.-]{1,3}${NATO_WORD}[\\s,.-]{1,3}${NATO_WORD}\\b`, "i");
const NATO_TRIGGER_AT = new RegExp(NATO_TRIGGER.source, "iy");
const NATO_KIND = keywordKinds(NATO_KEYWORDS);
// NATO_TRIGGER and CIPHER_CUE have the i flag without u: their first words match ASCII letters only ("ſ" is no "s"
// to them), and a keyword covers each (but CIPHER_CUE's "rot0…"), so a text with non-ASCII characters is anchored at
// keyword hits too.
const NATO_TOKEN = new RegExp(`${NATO_WORD}|[/|\\n]|\\(?space\\)?`, "gi");

function natoPayloads(text: string, out: Payload[]): void {
  NATO_RUN.lastIndex = 0;
  for (let m = NATO_RUN.exec(text); m !== null && out.length < MAX_RUNS; m = NATO_RUN.exec(text)) {
    let decoded = "";
    let letters = 0;
    NATO_TOKEN.lastIndex = 0;
    for (let t = NATO_TOKEN.exec(m[0]); t !== null; t = NATO_TOKEN.exec(m[0])) {
      const w = t[0].toLowerCase();
      const letter = NATO.get(w);
      if (letter !== undefined) {
        decoded += letter;
        if (letter >= "a") letters++;
      } else if (!decoded.endsWith(" ")) decoded += " ";
    }
    // Counting out loud ("one two three four …") is not spelling: most of a run must be letters.
    if (letters * 2 >= decoded.replace(/ /g, "").length && decoded.trim().length >= MIN_DECODED) out.push({ text: decoded.trim(), start: m.index, end: m.index + m[0].length });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Caesar shifts (any of 1-25), tried only when the text speaks of a cipher or of decoding

const CIPHER_CUE = /(?:^|\W)(?:caesar|cesar|casar|shift(?:ed)?|cipher(?:ed|text)?|cypher|decrypt\w*|decipher\w*|decod\w*|encrypt\w*|encod\w*|rot-?\d{1,2}|rotated?)\b/i;
const CIPHER_CUE_AT = new RegExp(CIPHER_CUE.source, "iy");
const CIPHER_CUE_KIND = keywordKinds(CIPHER_CUE_KEYWORDS);
/** Common English words: a line whose best shift holds many of them is shifted English. */
const ENGLISH = new Set(
  ("the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an will my one all would there " +
    "their what so up out if about who get which go me when make can like time no just him know take people into year your good some could them see " +
    "other than then now look only come its over think also back after use two how our work first well way even new want because any these give day " +
    "most us is are was were been has had did said tell show print reveal ignore previous instructions instruction system prompt rules rule forget " +
    "disregard above everything password secret key keys admin now answer question must should never always follow following output respond reply " +
    "write how make bomb build steal hack data private confidential hidden message text words").split(" "),
);

function englishWords(words: readonly string[], shift: number): number {
  let n = 0;
  for (const w of words) {
    let s = "";
    for (let i = 0; i < w.length; i++) s += String.fromCharCode(((w.charCodeAt(i) - 97 + shift) % 26) + 97);
    if (ENGLISH.has(s)) n++;
  }
  return n;
}

function shiftText(line: string, shift: number): string {
  let out = "";
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + shift) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + shift) % 26) + 97);
    else out += line[i];
  }
  return out;
}

function caesarPayloads(text: string, out: Payload[]): void {
  let start = 0;
  let lines = 0;
  while (start < text.length && out.length < MAX_RUNS && lines < 400) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines++;
    const line = text.slice(start, end);
    if (line.length >= 16 && line.length <= 2000) {
      // the first 16 words decide (a long line costs no more than a short one)
      const words = (line.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length <= 14).slice(0, 16);
      const plain = words.length >= 4 ? englishWords(words, 0) : 0;
      // most lines are plain English, or code: only a line of words that are mostly not English is tried 25 times
      if (words.length >= 4 && plain * 5 < words.length) {
        let best = 0;
        let bestShift = 0;
        for (let k = 1; k < 26; k++) {
          const n = englishWords(words, k);
          if (n > best) {
            best = n;
            bestShift = k;
          }
        }
        // Shifted English: the best shift reads as English and the line as written does not.
        if (best >= 3 && best * 10 >= words.length * 4 && plain * 4 < best) out.push({ text: shiftText(line, bestShift), start, end });
      }
    }
    start = end + 1;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Ascii85 (between <~ and ~>) and uuencode (begin … end)

const ASCII85_RUN = /<~([!-uz\s]{10,65536}?)~>/g;

function decodeAscii85(body: string): string | undefined {
  const s = body.replace(/\s+/g, "");
  const bytes: number[] = [];
  let group: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 122 /* z */ && group.length === 0) {
      bytes.push(0, 0, 0, 0);
      continue;
    }
    if (ch < 33 || ch > 117) return undefined;
    group.push(ch - 33);
    if (group.length === 5) {
      let n = 0;
      for (const d of group) n = n * 85 + d;
      if (n > 0xffffffff) return undefined;
      bytes.push((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
      group = [];
    }
  }
  if (group.length === 1) return undefined;
  if (group.length > 1) {
    const pad = 5 - group.length;
    let n = 0;
    for (const d of [...group, ...Array<number>(pad).fill(84)]) n = n * 85 + d;
    const last = [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    bytes.push(...last.slice(0, 4 - pad));
  }
  return printable(Buffer.from(bytes).toString("utf8"));
}

const UU_BLOCK = /^begin [0-7]{3,4} [^\n]{1,255}\n((?:[!-`][!-`]{0,61}\n){1,20000})/gm;

function decodeUu(body: string): string | undefined {
  const bytes: number[] = [];
  for (const line of body.split("\n")) {
    if (line.length === 0) continue;
    const n = (line.charCodeAt(0) - 32) & 63;
    if (n === 0) break;
    const vals: number[] = [];
    for (let i = 1; i < line.length; i++) vals.push((line.charCodeAt(i) - 32) & 63);
    const got: number[] = [];
    for (let i = 0; i + 3 < vals.length + 1 && got.length < n; i += 4) {
      const a = vals[i] ?? 0;
      const b = vals[i + 1] ?? 0;
      const c = vals[i + 2] ?? 0;
      const d = vals[i + 3] ?? 0;
      got.push(((a << 2) | (b >> 4)) & 255, ((b << 4) | (c >> 2)) & 255, ((c << 6) | d) & 255);
    }
    bytes.push(...got.slice(0, n));
  }
  return printable(Buffer.from(bytes).toString("utf8"));
}

function printable(s: string): string | undefined {
  if (s.length < MIN_DECODED) return undefined;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad * 20 <= s.length ? s : undefined;
}

/** Quoted-printable bytes written out (`=49=67=6E…`, soft line breaks `=\n` allowed): eight or more in a row. */
const QP_RUN = /(?:=[0-9A-F]{2}|=\r?\n){8,}/g;
const QP_TRIGGER = /=[0-9A-F]{2}=[0-9A-F]{2}=[0-9A-F]{2}/;

function qpPayloads(text: string, out: Payload[]): void {
  QP_RUN.lastIndex = 0;
  for (let m = QP_RUN.exec(text); m !== null && out.length < MAX_RUNS; m = QP_RUN.exec(text)) {
    const bytes: number[] = [];
    for (const h of m[0].matchAll(/=([0-9A-F]{2})/g)) bytes.push(parseInt(h[1]!, 16));
    const decoded = printable(Buffer.from(bytes).toString("utf8"));
    if (decoded !== undefined) out.push({ text: decoded, start: m.index, end: m.index + m[0].length });
  }
}

function ascii85Payloads(text: string, out: Payload[]): void {
  ASCII85_RUN.lastIndex = 0;
  for (let m = ASCII85_RUN.exec(text); m !== null && out.length < MAX_RUNS; m = ASCII85_RUN.exec(text)) {
    const decoded = decodeAscii85(m[1]!);
    if (decoded !== undefined) out.push({ text: decoded, start: m.index, end: m.index + m[0].length });
  }
}

function uuPayloads(text: string, out: Payload[]): void {
  UU_BLOCK.lastIndex = 0;
  for (let m = UU_BLOCK.exec(text); m !== null && out.length < MAX_RUNS; m = UU_BLOCK.exec(text)) {
    const decoded = decodeUu(m[1]!);
    if (decoded !== undefined) out.push({ text: decoded, start: m.index, end: m.index + m[0].length });
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Any character of Braille or upside-down text (both outside ASCII), found from the text's first non-ASCII one. */
const NON_ASCII_CUE = /[\u2801-\u28ffɐɔǝɟƃᵷɥᴉɾʞɯɹʇʌʍʎ∀Ɔ⅁ꓘ˥Ԁ⊥∩Λ⅄]/g;

/**
 * The rarer-encoding views of `text` (see the file comment); usually none. `shared`: the engine's shared scan of
 * `text` (its first non-ASCII character gates Braille and upside-down text; its keyword pass anchors the NATO and
 * cipher-cue triggers).
 */
export function buildRareEncodingViews(text: string, shared?: SharedScan): TextView[] {
  const payloads: Payload[] = [];
  const firstNonAscii = shared !== undefined && shared.text === text ? shared.get(FIRST_NON_ASCII) : 0;
  let nonAsciiCue = false;
  if (firstNonAscii >= 0) {
    NON_ASCII_CUE.lastIndex = firstNonAscii;
    nonAsciiCue = NON_ASCII_CUE.test(text);
    NON_ASCII_CUE.lastIndex = 0;
  }
  if (nonAsciiCue && BRAILLE_TRIGGER.test(text)) {
    BRAILLE_RUN.lastIndex = 0;
    for (let m = BRAILLE_RUN.exec(text); m !== null && payloads.length < MAX_RUNS; m = BRAILLE_RUN.exec(text)) {
      const decoded = decodeBraille(m[0]);
      if (decoded !== undefined) payloads.push({ text: decoded, start: m.index, end: m.index + m[0].length });
    }
  }
  if (nonAsciiCue && FLIP_TRIGGER.test(text)) upsideDownPayloads(text, payloads);
  if (keywordAnchoredTest(text, shared, NATO_KIND, NATO_TRIGGER, NATO_TRIGGER_AT, false)) natoPayloads(text, payloads);
  if (text.includes("<~")) ascii85Payloads(text, payloads);
  if (QP_TRIGGER.test(text)) qpPayloads(text, payloads);
  if (text.includes("begin ")) uuPayloads(text, payloads);
  if (text.length <= 65_536 && keywordAnchoredTest(text, shared, CIPHER_CUE_KIND, CIPHER_CUE, CIPHER_CUE_AT, /rot0/i)) caesarPayloads(text, payloads);
  if (payloads.length === 0) return [];
  payloads.sort((a, b) => a.start - b.start);
  return [buildSegmentView("cipher", payloads)];
}
