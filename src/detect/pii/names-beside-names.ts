import type { PiiHit } from "./pii-detector.js";

/**
 * One to three words of one non-Latin script, as a name is printed again beside its Latin spelling (Cyrillic and
 * Greek words capitalised).
 */
const SCRIPT_NAME =
  "(?:\\p{Script=Han}{2,4}(?:[ \\u3000]\\p{Script=Han}{1,3})?|[\\p{Script=Hiragana}\\p{Script=Katakana}ー]{2,8}(?:[ \\u3000・][\\p{Script=Hiragana}\\p{Script=Katakana}ー]{2,8})?|\\p{Script=Hangul}{2,4}(?: \\p{Script=Hangul}{1,4})?|(?=\\p{Lu})\\p{Script=Cyrillic}{2,16}(?: (?=\\p{Lu})\\p{Script=Cyrillic}{2,16}){0,2}|(?=\\p{Lu})\\p{Script=Greek}{2,16}(?: (?=\\p{Lu})\\p{Script=Greek}{2,16}){0,2}|[\\p{Script=Arabic}\\p{M}]{2,16}(?: [\\p{Script=Arabic}\\p{M}]{2,16}){0,2}|\\p{Script=Hebrew}{2,12}(?: \\p{Script=Hebrew}{2,12}){0,2}|[\\p{Script=Devanagari}\\p{M}]{2,16}(?: [\\p{Script=Devanagari}\\p{M}]{2,16}){0,2}|[\\p{Script=Thai}]{2,16}(?: [\\p{Script=Thai}]{2,16})?)";
/** "(石川 健太)", "（张伟）" right after a name. */
const SCRIPT_NAME_IN_BRACKETS_AFTER = new RegExp(`^[ \\t]?[(（]${"(" + SCRIPT_NAME + ")"}[)）]`, "u");
/** A recipient word after a name on an address label ("Kovács Zsuzsanna részére", "c/o"). */
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const RECIPIENT_TAIL = /^[ \t]*(?:részére|c\/o|z\.?\s?Hd\.?|à l'attention de)?[ \t]*,?[ \t]*\r?\n/iu;

/**
 * Names that stand beside a name or an address:
 * - the same name printed again in another script in brackets right after a person in Latin letters found at 0.6 or
 *   more ("Kenta Ishikawa (石川 健太)", "Zhang Wei (张伟)", "Nazar Hnatyuk (Назар Гнатюк)"), reported at 0.8;
 * - a name found below the threshold (0.45-0.6) that fills the first line of the text or of a block, the line right
 *   above an address ("Torbjørn Haugland\nKongens gate 14\n7011 Trondheim", "Kovács Zsuzsanna részére\n1052
 *   Budapest, …"): the addressee of a letter or label, raised to 0.7.
 * `from` is the first hit of the person scanner in `out`; `addresses` are the address spans in text order.
 */
export function namesBesideNames(text: string, out: PiiHit[], from: number, addresses: ReadonlyArray<readonly [number, number]>): void {
  const n = out.length;
  for (let i = from; i < n; i++) {
    const h = out[i]!;
    if (h.type !== "PERSON") continue;
    if (h.score >= 0.6) {
      // a Latin spelling first: a kana reading after a Han name ("山田 太郎(ヤマダ タロウ)") is the reading, not labelled apart
      if (!LATIN_LETTER.test(text.slice(h.start, h.end))) continue;
      const c = text.charCodeAt(h.end) === 32 ? text.charCodeAt(h.end + 1) : text.charCodeAt(h.end);
      if (c !== 0x28 && c !== 0xff08) continue;
      const m = SCRIPT_NAME_IN_BRACKETS_AFTER.exec(text.slice(h.end, h.end + 40));
      if (!m) continue;
      const s = h.end + m[0].indexOf(m[1]!);
      const e = s + m[1]!.length;
      if (!out.some((o) => o.type === "PERSON" && o.start < e && s < o.end && o.score >= 0.6)) {
        out.push({ type: "PERSON", start: s, end: e, score: 0.8, explanation: "a found name printed again in another script in brackets" });
      }
    } else if (h.score >= 0.45 && addresses.length > 0) {
      const ls = text.lastIndexOf("\n", h.start - 1) + 1;
      if (text.slice(ls, h.start).trim() !== "") continue;
      // the first line of the text or of a block: under a signature's name the line above the address is a department
      if (ls > 0 && text.slice(text.lastIndexOf("\n", ls - 2) + 1, ls).trim() !== "") continue;
      const tail = RECIPIENT_TAIL.exec(text.slice(h.end, h.end + 40));
      if (!tail) continue;
      const next = h.end + tail[0].length;
      const nextEnd = text.indexOf("\n", next);
      const lineEnd = nextEnd < 0 ? text.length : nextEnd;
      // an address starts on the next line
      if (!addresses.some(([a]) => a >= next && a < lineEnd && text.slice(next, a).trim() === "")) continue;
      h.score = 0.7;
      h.explanation += "; alone on the line above an address";
    }
  }
}
