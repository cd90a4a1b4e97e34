import { scanText, type TextScan } from "./scan-text.js";
import { windowedView, type Span, type TextView } from "./text-view.js";

const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
/** Common words where "1" stands for "l" rather than "i" ("a11", "ru1es", "f0110w"). */
const L_WORDS: readonly string[] = ["all", "rule", "follow", "tell", "will", "role", "only", "filter", "leak", "full", "unlock", "kill", "illegal", "polic", "developer", "ethic", "guideline", "model", "roleplay"];
/** Leet character code → the lower-case letter it folds to ("1" → "i"; its "l" reading comes from a mask); 0: not leet. */
const FOLD_CODE = new Uint8Array(128);
for (const [k, v] of Object.entries(LEET)) FOLD_CODE[k.charCodeAt(0)] = v.charCodeAt(0);
/** The one-character strings of ASCII, with leet characters already folded. */
const FOLD_CHAR: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(FOLD_CODE[c] || c));

/**
 * Fold the (ASCII) token `src[s, e)` without slicing it: bit k of `lMask` set means the k-th "1" reads as "l"
 * instead of "i"; `lower` also lower-cases the letters that are not folded. One string per call.
 */
/** `foldRange` mask that writes every "1" as \x01, which WILD patterns read as either "i" or "l". */
const WILD_ONES = -1;

/**
 * A regex matching the \x01-for-"1" fold of a token wherever some reading of its "1"s as "i" or "l" would
 * match one of `words`: when it does not match, no reading is worth building.
 */
function wildRegex(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[il]/g, (ch) => `[${ch}\x01]`)).join("|"));
}

function foldRange(src: string, s: number, e: number, lMask: number, lower: boolean): string {
  let out = "";
  let k = 0;
  for (let i = s; i < e; i++) {
    const c = src.charCodeAt(i);
    if (c === 49 /* 1 */) out += lMask === WILD_ONES ? "\x01" : (lMask >> k++) & 1 ? "l" : "i";
    else if (c < 128 && FOLD_CODE[c] !== 0) out += FOLD_CHAR[c] as string;
    else out += lower && c >= 65 && c <= 90 ? (FOLD_CHAR[c + 32] as string) : (FOLD_CHAR[c] as string);
  }
  return out;
}

/** Is `src[s, e)` hex digits only, at least 7 of them, optionally after "0x" (ids and hashes: never leet words)? */
function hexish(src: string, s: number, e: number): boolean {
  const from = src.charCodeAt(s) === 48 && src.charCodeAt(s + 1) === 120 ? s + 2 : s;
  if (e - from < 7) return false;
  for (let i = from; i < e; i++) {
    const c = src.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

function countOnes(src: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (src.charCodeAt(i) === 49) n++;
  return n;
}

/**
 * Word stems that make a leet-folded view worth scanning: injection vocabulary and data-handling words.
 * The view is only scanned when a folded token contains one of these (or a custom keyword), so ordinary
 * identifiers like `utf8`, `sha256` or `v1` cost a regex test and nothing more.
 */
export const LEET_TRIGGER_STEMS: readonly string[] = [
  "ignor", "disregard", "forget", "previous", "prior", "instruct", "system", "prompt", "jailbreak", "pretend",
  "overrid", "bypass", "reveal", "rule", "developer", "unrestrict", "unfilter", "uncensor", "admin", "passw",
  "secret", "confidential", "internal", "sudo", "execut", "command", "persona", "forbid", "restrict", "polic",
  "guideline", "filter", "safety", "ethic", "roleplay", "obey", "comply", "mode", "dan", "token", "leak",
];

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

const STEMS_RE = new RegExp(LEET_TRIGGER_STEMS.join("|"));

/**
 * Function words: heavy leetspeak folds them back ("7h3" → the, "y0u" → you, "4ll" → all) while code identifiers
 * almost never do (`s3`, `ec2`, `sha1`, `i18n`). Two of them in a text mean it is written in leet, which is itself
 * worth a look by the injection detector even without a trigger stem (and catches non-English text).
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "you", "your", "are", "all", "and", "to", "me", "is", "it", "its", "of", "in", "on", "for", "this", "that",
  "with", "be", "not", "now", "what", "from", "as", "at", "an", "or", "if", "then", "tell", "say", "act", "as", "no",
  "und", "der", "die", "das", "ist", "nicht", "alle", "alles", "ich", "sie", "du", "mir", "den", "dem",
  "el", "la", "los", "las", "que", "es", "todo", "todas", "le", "les", "est", "tout", "vous", "pas", "et",
]);
const L_WORDS_RE = new RegExp(L_WORDS.join("|"));
/** Length of the shortest built-in stem or "l" word. */
const MIN_STEM = Math.min(...LEET_TRIGGER_STEMS.map((k) => k.length), ...L_WORDS.map((k) => k.length));
const WILD_RE = wildRegex([...LEET_TRIGGER_STEMS, ...L_WORDS]);

/**
 * The leet-folded view (for keyword and injection detectors only): inside tokens that mix letters with
 * leet characters, 0→o 1→i (or l, when that makes a known word: a11 → all) 3→e 4→a 5→s 7→t @→a $→s. Pure numbers and amounts are left alone. The fold is
 * one character for one, so offsets map through `base` (the normalised view, when there is one) unchanged.
 *
 * @param text the original text
 * @param base the normalised view of `text`, if one was built; the leet view is built on top of it
 * @param extraStems further lower-case stems (e.g. custom keywords) that justify scanning the view
 */
export function buildLeetView(
  text: string,
  base: TextView | undefined,
  extraStems: readonly string[] = [],
  scan?: TextScan,
): TextView | undefined {
  const src = base?.text ?? text;
  // The caller's scan is of the original text; a normalised base needs its own.
  const tokens = (base === undefined && scan !== undefined ? scan : scanText(src, Number.MAX_SAFE_INTEGER)).mixedTokens;
  if (tokens.length === 0) return undefined;
  const stemRe = extraStems.length === 0 ? STEMS_RE : new RegExp(`${STEMS_RE.source}|${extraStems.map(escapeRegex).join("|")}`);
  const hits = (lower: string, lWords: boolean): boolean => stemRe.test(lower) || (lWords && L_WORDS_RE.test(lower));
  const wildRe = extraStems.length === 0 ? WILD_RE : wildRegex([...LEET_TRIGGER_STEMS, ...L_WORDS, ...extraStems.map(escapeRegex)]);
  // A token shorter than every stem and "l" word can only be a function word: no regex needs to look at it.
  const minStem = extraStems.length === 0 ? MIN_STEM : Math.min(MIN_STEM, ...extraStems.map((k) => k.length));
  // Tokens to fold (offset, end, reading of their "1"s), kept until the view proves worth building: most texts
  // never trigger it, and until then each token costs one lower-cased folded string and no slice.
  const foldAt: number[] = [];
  let triggered = false;
  let functionWords = 0;
  const points: number[] = [];
  for (let t = 0; t < tokens.length; t += 2) {
    const at = tokens[t] as number;
    const end = tokens[t + 1] as number;
    if (hexish(src, at, end)) continue;
    let mask = 0;
    let lower = foldRange(src, at, end, 0, true);
    let m2: RegExpExecArray | null = null;
    if (end - at >= minStem) {
      m2 = stemRe.exec(lower);
      // "1" reads as "i" or "l": with up to four of them, try each reading and keep one that makes a known word.
      const ones = m2 === null ? countOnes(src, at, end) : 0;
      if (ones > 0 && ones <= 4 && wildRe.test(foldRange(src, at, end, WILD_ONES, true))) {
        for (let m = 1; m < 1 << ones; m++) {
          const alt = foldRange(src, at, end, m, true);
          if (hits(alt, true)) {
            mask = m;
            lower = alt;
            m2 = stemRe.exec(lower);
            break;
          }
        }
      }
    }
    if (FUNCTION_WORDS.has(lower) && ++functionWords >= 2) {
      triggered = true;
      points.push(at);
    }
    // Trigger only when a folded (leet) character is part of the stem ("t0ken", not "token1").
    if (m2 !== null) {
      let hit = false;
      for (let k = at + m2.index; k < at + m2.index + m2[0].length && !hit; k++) {
        const c = src.charCodeAt(k);
        hit = c < 128 && FOLD_CODE[c] !== 0;
      }
      if (hit) {
        triggered = true;
        points.push(at);
      }
    }
    foldAt.push(at, end, mask);
  }
  if (!triggered) return undefined;
  const pieces: string[] = [];
  let last = 0;
  for (let k = 0; k < foldAt.length; k += 3) {
    const at = foldAt[k] as number;
    const end = foldAt[k + 1] as number;
    pieces.push(src.slice(last, at), foldRange(src, at, end, foldAt[k + 2] as number, false));
    last = end;
  }
  pieces.push(src.slice(last));
  const leetText = pieces.join("");
  const len = leetText.length;
  // Only the neighbourhood of the folded trigger words is worth a rescan.
  return windowedView(
    {
      kind: "leet",
      text: leetText,
      toOriginal(start: number, end: number): Span | undefined {
        if (base !== undefined) return base.toOriginal(start, end);
        if (!(start >= 0 && end <= len && start < end)) return undefined;
        return { start, end };
      },
    },
    points,
  );
}
