import type { Span, TextView } from "./text-view.js";

const LEET: Readonly<Record<string, string>> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
const MIXED_HINT = /[A-Za-z][013457@$]|[013457@$][A-Za-z]/;
const TOKEN = /[A-Za-z0-9@$]+/g;
const HAS_LETTER = /[A-Za-z]/;
const HAS_LEET = /[013457@$]/;

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

/**
 * The leet-folded view (for keyword and injection detectors only): inside tokens that mix letters with
 * leet characters, 0→o 1→i 3→e 4→a 5→s 7→t @→a $→s. Pure numbers and amounts are left alone. The fold is
 * one character for one, so offsets map through `base` (the normalised view, when there is one) unchanged.
 *
 * @param text the original text
 * @param base the normalised view of `text`, if one was built; the leet view is built on top of it
 * @param extraStems further lower-case stems (e.g. custom keywords) that justify scanning the view
 */
export function buildLeetView(text: string, base: TextView | undefined, extraStems: readonly string[] = []): TextView | undefined {
  const src = base?.text ?? text;
  if (!MIXED_HINT.test(src)) return undefined;
  const pieces: string[] = [];
  let last = 0;
  let triggered = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(src); m !== null; m = TOKEN.exec(src)) {
    const tok = m[0];
    if (!HAS_LEET.test(tok) || !HAS_LETTER.test(tok)) continue;
    let folded = "";
    for (const ch of tok) folded += LEET[ch] ?? ch;
    if (!triggered) {
      const lower = folded.toLowerCase();
      triggered = LEET_TRIGGER_STEMS.some((s) => lower.includes(s)) || extraStems.some((s) => lower.includes(s));
    }
    pieces.push(src.slice(last, m.index), folded);
    last = m.index + tok.length;
  }
  if (!triggered) return undefined;
  pieces.push(src.slice(last));
  const leetText = pieces.join("");
  const len = leetText.length;
  return {
    kind: "leet",
    text: leetText,
    toOriginal(start: number, end: number): Span | undefined {
      if (base !== undefined) return base.toOriginal(start, end);
      if (!(start >= 0 && end <= len && start < end)) return undefined;
      return { start, end };
    },
  };
}
