import { scanText, type TextScan } from "./scan-text.js";
import { windowedView, type Span, type TextView } from "./text-view.js";

const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
/** Common words where "1" stands for "l" rather than "i" ("a11", "ru1es", "f0110w"). */
const L_WORDS: readonly string[] = ["all", "rule", "follow", "tell", "will", "role", "only", "filter", "leak", "full", "unlock", "kill", "illegal", "polic", "developer", "ethic", "guideline", "model", "roleplay"];
/** Hex digits only (hashes, ids): never leet words. */
const HEXISH = /^(?:0x)?[0-9a-fA-F]{7,}$/;

/** Fold a token; bit k of `lMask` set means the k-th "1" reads as "l" instead of "i". */
function fold(tok: string, lMask: number): string {
  let out = "";
  let k = 0;
  for (const ch of tok) {
    if (ch === "1") out += (lMask >> k++) & 1 ? "l" : "i";
    else out += LEET[ch] ?? ch;
  }
  return out;
}

function countOnes(tok: string): number {
  let n = 0;
  for (const ch of tok) if (ch === "1") n++;
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
  // Folded tokens (offset, text), kept until the view proves worth building: most texts never trigger it.
  const foldAt: number[] = [];
  const foldText: string[] = [];
  let triggered = false;
  let functionWords = 0;
  const points: number[] = [];
  for (let t = 0; t < tokens.length; t += 2) {
    const at = tokens[t] as number;
    const tok = src.slice(at, tokens[t + 1]);
    if (HEXISH.test(tok)) continue;
    let folded = fold(tok, 0);
    let lower = folded.toLowerCase();
    // "1" reads as "i" or "l": with up to four of them, try each reading and keep one that makes a known word.
    const ones = countOnes(tok);
    if (ones > 0 && ones <= 4 && !hits(lower, false)) {
      for (let mask = 1; mask < 1 << ones; mask++) {
        const alt = fold(tok, mask);
        const altLower = alt.toLowerCase();
        if (hits(altLower, true)) {
          folded = alt;
          lower = altLower;
          break;
        }
      }
    }
    if (FUNCTION_WORDS.has(lower) && ++functionWords >= 2) {
      triggered = true;
      points.push(at);
    }
    // Trigger only when a folded character is part of the stem ("t0ken", not "token1").
    const m2 = stemRe.exec(lower);
    if (m2 !== null) {
      let hit = false;
      for (let k = m2.index; k < m2.index + m2[0].length && !hit; k++) hit = tok[k] !== folded[k];
      if (hit) {
        triggered = true;
        points.push(at);
      }
    }
    foldAt.push(at);
    foldText.push(folded);
  }
  if (!triggered) return undefined;
  const pieces: string[] = [];
  let last = 0;
  for (let k = 0; k < foldAt.length; k++) {
    const at = foldAt[k] as number;
    const folded = foldText[k] as string;
    pieces.push(src.slice(last, at), folded);
    last = at + folded.length;
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
