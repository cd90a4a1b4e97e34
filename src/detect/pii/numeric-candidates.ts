/**
 * One shared scan for digit-based identifiers. Every numeric ID detector (cards, SSNs, national
 * IDs...) works on the same candidates, so the text is scanned once per input, not once per type.
 */

/** A run of digit groups joined by single separators (space, dash, dot, underscore). */
export interface NumericCandidate {
  start: number;
  end: number;
  /** Digits only. */
  digits: string;
  /** Digit count of each group, in order. */
  groups: readonly number[];
  /** Separator characters between groups ("" when the run has one group). */
  seps: string;
}

// Groups of digits separated by exactly one separator char; boundaries exclude letters and
// further digits/separators so "v1.2.3" or "abc123" do not start a candidate mid-token.
const RUN = /(?<![\p{L}\p{N}_])\d+(?:[ \-._/]\d+)*(?![\p{L}\p{N}_])/gu;
const MAX_GROUPS = 7;
const MAX_DIGITS = 24;

let memoText: string | undefined;
let memoCands: NumericCandidate[] = [];

function pushSubsequences(text: string, start: number, run: string, out: NumericCandidate[]): void {
  // split into groups with their offsets
  const groups: Array<{ s: number; e: number }> = [];
  const seps: string[] = [];
  let i = 0;
  while (i < run.length) {
    const s = i;
    while (i < run.length && run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) i++;
    groups.push({ s, e: i });
    if (i < run.length) seps.push(run[i] ?? "");
    i++;
  }
  for (let a = 0; a < groups.length; a++) {
    let digits = "";
    const lens: number[] = [];
    let sepStr = "";
    for (let b = a; b < groups.length && b - a < MAX_GROUPS; b++) {
      const g = groups[b]!;
      digits += run.slice(g.s, g.e);
      lens.push(g.e - g.s);
      if (b > a) sepStr += seps[b - 1] ?? "";
      if (digits.length > MAX_DIGITS) break;
      // A sub-run must be cut at spaces while its own groups use another separator (or none):
      // "078-05-1123 4155550132" splits, but "5351-1978-9540-1234" never yields "5351-1978-9540".
      const cutL = a > 0 ? seps[a - 1] : undefined;
      const cutR = b < groups.length - 1 ? seps[b] : undefined;
      const inner = sepStr[0];
      const okCut = (c: string | undefined) => c === undefined || (c === " " && inner !== " ");
      if (!okCut(cutL) || !okCut(cutR)) continue;
      out.push({ start: start + groups[a]!.s, end: start + g.e, digits, groups: lens.slice(), seps: sepStr });
    }
  }
}

/**
 * All digit-group runs of the text and their contiguous sub-runs (so "078-051121 07805-1121"
 * yields both SSNs). Memoised on the last text, because the engine runs detectors one after another
 * on the same string. Candidates are ordered by start, longer first.
 */
export function numericCandidates(text: string): readonly NumericCandidate[] {
  if (memoText === text) return memoCands;
  const out: NumericCandidate[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    if (run.length < 6) continue;
    // Only separators that keep a digit count of at least 6 matter for IDs.
    let nd = 0;
    for (let k = 0; k < run.length; k++) {
      const c = run.charCodeAt(k);
      if (c >= 48 && c <= 57) nd++;
    }
    if (nd < 6) continue;
    pushSubsequences(text, m.index, run, out);
  }
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  memoText = text;
  memoCands = out;
  return out;
}

/** True when every separator in the candidate is the same character (mixed separators look accidental). */
export function uniformSeps(c: NumericCandidate): boolean {
  for (let i = 1; i < c.seps.length; i++) if (c.seps[i] !== c.seps[0]) return false;
  return true;
}

/** Group-length shape like "3-2-4" for format checks. */
export function shapeOf(c: NumericCandidate): string {
  return c.groups.join("-");
}

/** Accept the candidate only if its separators are all in `allowed` ("" = contiguous digits). */
export function sepsIn(c: NumericCandidate, allowed: string): boolean {
  for (const s of c.seps) if (!allowed.includes(s)) return false;
  return true;
}
