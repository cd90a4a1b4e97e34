import { type TableCell, tableCellAt } from "./table-cells.js";

/**
 * Context words near a candidate raise (or lower) its score, as in Presidio's context enhancer.
 * We look at a bounded window before (and a shorter one after) the match so the cost stays O(window).
 *
 * Windows and keywords are compared on a folded view: case-insensitive, accents removed ("Número" = "numero",
 * "sécurité" = "securite"), so one keyword covers the spellings people type.
 */

/** Scripts written without spaces between words, or with particles glued to nouns ("주민등록번호는"). */
const UNSPACED = /[\p{Script=Hangul}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Accents removed (NFD, combining marks dropped); ASCII text is returned as is. */
export function foldAccents(s: string): string {
  return NON_ASCII.test(s) ? s.normalize("NFD").replace(MARKS, "") : s;
}

function escape(w: string): string {
  return foldAccents(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s_\\-.]*");
}

/**
 * Build a case-insensitive keyword matcher. Keywords may contain spaces (matching any run of spaces, `_`, `-`,
 * `.`). Words of spaced scripts need a word boundary on both sides and also match their plural ("passport" finds
 * "Passports"); words of unspaced scripts (Korean, Thai, CJK) match anywhere.
 */
export function keywordMatcher(words: readonly string[]): RegExp {
  const byLength = [...words].sort((a, b) => b.length - a.length);
  const spaced = byLength.filter((w) => !UNSPACED.test(w)).map(escape);
  const unspaced = byLength.filter((w) => UNSPACED.test(w)).map(escape);
  const alts: string[] = [];
  if (spaced.length > 0) alts.push(`(?:^|[^\\p{L}\\p{N}])(?:${spaced.join("|")})(?:e?s)?(?=$|[^\\p{L}])`);
  if (unspaced.length > 0) alts.push(`(?:${unspaced.join("|")})`);
  return new RegExp(alts.join("|"), "iu");
}

/**
 * The text after a value that can label it: up to `after` chars, cut at the end of the line or sentence, at code
 * operators and at the next number ("1090370264 || account.balance": the words after `||` label something else).
 */
function afterWindow(text: string, end: number, after: number): string {
  const stop = Math.min(text.length, end + after);
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    // \n \r ; | & = < > { } [ ] and digits
    if (c === 10 || c === 13 || c === 59 || c === 124 || c === 38 || c === 61 || c === 60 || c === 62 || c === 123 || c === 125 || c === 91 || c === 93 || (c >= 48 && c <= 57)) {
      return text.slice(end, i);
    }
    // sentence end: . ! ? followed by a space
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) return text.slice(end, i);
  }
  return text.slice(end, stop);
}

/** Default window sizes: labels precede values ("SSN: ..."), or follow them in some languages ("... es mi DNI"). */
export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 40;

/** `re` on `s`, then on its accent-folded form when `s` has non-ASCII characters. */
function testFolded(re: RegExp, s: string): boolean {
  return re.test(s) || (NON_ASCII.test(s) && re.test(foldAccents(s)));
}

/**
 * The text before a value that can label it: the `before` chars preceding it, with, in a table's data row, its
 * column's header inserted right before its cell.
 */
function beforeWindow(text: string, start: number, before: number, cell: TableCell | undefined): string {
  const from = Math.max(0, start - before);
  // The header goes right before the cell, so it is the nearest label; the text before stays (a key-value table's
  // first column, "SSN,536228811", labels the value too, and a misread header must not hide a real label).
  return cell && cell.start >= from ? `${text.slice(from, cell.start)}${cell.header}: ${text.slice(cell.start, start)}` : text.slice(from, start);
}

/** {@link beforeWindow} for a value at [start, end), its table cell looked up (detectors that test their own cues). */
export function labelWindowBefore(text: string, start: number, end: number, before: number): string {
  return beforeWindow(text, start, before, tableCellAt(text, start, end));
}

/** True when `re` matches in the `before` chars preceding `start` or the `after` chars following `end`. */
export function hasContext(text: string, start: number, end: number, re: RegExp, before = CONTEXT_BEFORE, after = CONTEXT_AFTER): boolean {
  const cell = tableCellAt(text, start, end);
  if (testFolded(re, beforeWindow(text, start, before, cell))) return true;
  // in a table the rest of the cell is all that follows the value (the next column labels its own value)
  if (cell) return after > 0 && testFolded(re, text.slice(end, cell.end));
  return after > 0 && hasContextAfter(text, end, re, after);
}

/** True when `re` matches in the text after the value (see `afterWindow` for where that text stops). */
export function hasContextAfter(text: string, end: number, re: RegExp, after = CONTEXT_AFTER): boolean {
  // cutting the window only removes text: when the whole window has no match, the cut one has none either
  if (!testFolded(re, text.slice(end, Math.min(text.length, end + after)))) return false;
  return testFolded(re, afterWindow(text, end, after));
}

/** True when `re` matches only in the text before the candidate (labels like "SSN:" precede values). */
export function hasContextBefore(text: string, start: number, re: RegExp, before = CONTEXT_BEFORE, end = start): boolean {
  return testFolded(re, beforeWindow(text, start, before, end > start ? tableCellAt(text, start, end) : undefined));
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/** Start and end offsets of the last match of `re` in `s`, or [-1, -1]. */
function lastMatch(s: string, re: RegExp): readonly [start: number, end: number] {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    globalCopies.set(re, g);
  }
  g.lastIndex = 0;
  let found: [number, number] = [-1, -1];
  for (let m = g.exec(s); m; m = g.exec(s)) {
    found = [m.index, m.index + m[0].length];
    if (m[0].length === 0) g.lastIndex++;
  }
  return found;
}

/**
 * The text around one value, folded once, with the last match of each label matcher remembered: the identifier
 * specs of a scanner ask about the same value with the same negative words, so each window is searched once.
 */
export class LabelWindow {
  readonly before: string;
  readonly #last = new Map<RegExp, readonly [number, number]>();
  readonly #cell: TableCell | undefined;
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    before = CONTEXT_BEFORE,
  ) {
    this.#cell = tableCellAt(text, start, end);
    this.before = foldAccents(beforeWindow(text, start, before, this.#cell));
  }
  /** Start and end of the last match of `re` in the window before the value, or [-1, -1]. */
  lastBefore(re: RegExp): readonly [number, number] {
    let m = this.#last.get(re);
    if (!m) {
      m = re.test(this.before) ? lastMatch(this.before, re) : NONE;
      this.#last.set(re, m);
    }
    return m;
  }
  /** True when `re` matches in the text after the value that can label it (see `afterWindow`). */
  afterHas(re: RegExp): boolean {
    if (this.#cell) return testFolded(re, this.text.slice(this.end, this.#cell.end));
    return hasContextAfter(this.text, this.end, re);
  }
}
const NONE = [-1, -1] as const;

/**
 * What may stand between a label and the value it labels: punctuation, "id" / "no." / "number" / "#", a verb of
 * being, "in", "of" or "for", a determiner ("order no. 4111", "balance is 1234", "total of 1234", "ts=1710…").
 */
const LABEL_GAP = new RegExp(
  "^(?:[\\s:#=.,;\\-()[\\]'\"*_/|>º°\\uff1a\\uff03]|[\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]|\\b(?:" +
    // English, then (accents folded) the verbs, articles and prepositions of the other languages labels are written in
    "ids?|nos?|nr|nums?|numbers?|codes?|refs?|is|was|are|were|be|in|of|for|the|a|an|its|their|his|her|my|our|your|this|that|value|field|key|" +
    "es|est|ist|sind|ar|er|e|era|son|sont|lautet|war|der|die|das|den|dem|des|le|la|les|el|los|las|lo|il|de|du|del|della|van|von|vom|fur|til|till|och|und|y|et|" +
    "numero|nummer|nummern|num|mi|mon|ma|mein|meine|mijn|min|mitt|meu|minha|mio|mia" +
    ")\\b)*$",
  "iu",
);

/**
 * Which label is nearest before a value: `positive` when a positive keyword ends closer to the value than any
 * negative one (or no negative one is there), `negative` when a negative one is nearer ("account balance 1234":
 * "balance" labels the number, not "account"), `none` when neither occurs. When the two overlap in one phrase,
 * the one that starts it wins, then the longer one ("UK passport number": UK passport), then the positive one.
 */
export function nearestLabelBefore(text: string, start: number, positive: RegExp, negative: RegExp | undefined, before = CONTEXT_BEFORE): "positive" | "negative" | "none" {
  return nearestLabelBeforeIn(new LabelWindow(text, start, start, before), positive, negative);
}

/** {@link nearestLabelBefore} on a prepared window. */
export function nearestLabelBeforeIn(w: LabelWindow, positive: RegExp, negative: RegExp | undefined): "positive" | "negative" | "none" {
  const [ps, pe] = w.lastBefore(positive);
  let [ns, ne] = negative ? w.lastBefore(negative) : NONE;
  // Alone in the window, a negative word labels the value only when nothing but label words stand between ("order
  // 4111…", "order id: 4111…", "total of 4111…"); "Customer reports that 4482 …" or "Transaction failed: 3730 …" tell
  // of a customer or a transaction, not that the number is one. After a positive word it still outranks it
  // ("account_ref) VALUES (2715…": a reference, not an account number).
  if (ne >= 0 && pe < 0 && !LABEL_GAP.test(w.before.slice(ne))) [ns, ne] = NONE;
  if (pe < 0 && ne < 0) return "none";
  if (pe < 0 || ne < 0) return pe >= 0 ? "positive" : "negative";
  // one phrase holding both: its head decides ("PAN card number" is a PAN, "UK passport number" a UK passport,
  // "social insurance number" not a "social" security number)
  if (ps < ne && ns < pe) {
    if (ps !== ns) return ps < ns ? "positive" : "negative";
    return pe >= ne ? "positive" : "negative";
  }
  return pe > ne ? "positive" : "negative";
}

/**
 * The context verdict for a value: the nearest label before it decides (see {@link nearestLabelBefore}); when
 * nothing labels it before, a positive keyword after it counts ("AAA123456 es mi número de pasaporte").
 */
export function contextVerdict(text: string, start: number, end: number, positive: RegExp, negative?: RegExp): "positive" | "negative" | "none" {
  return verdictIn(new LabelWindow(text, start, end), positive, negative);
}

/** {@link contextVerdict} on a prepared window (several specs asking about one value share it). */
export function verdictIn(w: LabelWindow, positive: RegExp, negative?: RegExp): "positive" | "negative" | "none" {
  const label = nearestLabelBeforeIn(w, positive, negative);
  if (label !== "none") return label;
  return w.afterHas(positive) ? "positive" : "none";
}
