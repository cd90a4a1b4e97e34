import type { DigitTokens, NumericCandidate, PiiScan } from "./pii-scan.js";

export type { NumericCandidate } from "./pii-scan.js";

/**
 * One shared scan for digit-based identifiers. Every numeric ID detector (cards, SSNs, national
 * IDs...) works on the same candidates, so the text is scanned once per input, not once per type.
 */


function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 95 || c === 47;
}
/** Word characters beyond ASCII alphanumerics that must not touch a number: "_" and Latin-1 letters. */
function isWordish(c: number): boolean {
  return c === 95 || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/**
 * Runs of digit groups joined by exactly one separator (space - . _ /), built from the shared digit
 * tokens: a run is made of all-digit tokens only, so "v1.2.3" or "abc123" never start one, and it
 * does not touch letters or "_" on either side.
 */
/**
 * Fewest digits of any numeric ID shape the scanners accept (the shortest spec shape is 7 digits, cards
 * 13): runs with fewer digits cannot yield a finding. `index.test.ts` checks the specs against it.
 */
export const MIN_ID_DIGITS = 7;

/** Whether tokens i..j are three or more digit groups joined by the same separator, a dash or a space. */
function formattedRun(text: string, tk: DigitTokens, i: number, j: number): boolean {
  if (j - i < 2) return false;
  const sep = text.charCodeAt(tk.end[i]!);
  if (sep !== 45 && sep !== 32) return false;
  for (let q = i + 1; q < j; q++) if (text.charCodeAt(tk.end[q]!) !== sep) return false;
  return true;
}

function digitRuns(text: string, tk: DigitTokens): Array<[number, string]> {
  const { n, start, end, digits } = tk;
  const runs: Array<[number, string]> = [];
  // runs start at all-digit tokens not already inside an earlier run (`next`)
  let next = 0;
  for (let di = 0; di < tk.nAllDigit; di++) {
    const i = tk.allDigit[di]!;
    if (i < next || isWordish(text.charCodeAt(start[i]! - 1))) continue;
    let j = i;
    while (j + 1 < n && digits[j + 1] === end[j + 1]! - start[j + 1]! && start[j + 1] === end[j]! + 1 && isSep(text.charCodeAt(end[j]!))) j++;
    let k = j;
    // A trailing group glued to "_" or a letter is not part of the number ("id_2024_0001x")... unless the run is a
    // formatted number, three or more groups joined by one dash or space throughout ("4111-1111-1111-1111_c0ffee"):
    // the grouping itself says where the number ends.
    if (!formattedRun(text, tk, i, j)) while (k >= i && isWordish(text.charCodeAt(end[k]!))) k--;
    // runs of fewer than MIN_ID_DIGITS digits ("2025-06" of a timestamp, years, ports) never make an ID:
    // skip them before slicing
    let nd = 0;
    for (let q = i; q <= k; q++) nd += end[q]! - start[q]!;
    if (k >= i && nd >= MIN_ID_DIGITS && (k > i || end[i]! - start[i]! >= 6)) runs.push([start[i]!, text.slice(start[i]!, end[k]!)]);
    next = j + 1;
  }
  return runs;
}
const MAX_GROUPS = 7;
const NOT_ID_RUN = /^(?:\d{1,3}(?:\.\d{1,3}){2,3}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$/;
const MAX_DIGITS = 24;


/**
 * A sub-run may be cut at a space when its own groups use another separator (or none), or when the
 * group across the cut clearly belongs to something else: a long lone number, or a group joined to
 * its other neighbour by a different separator ("...-1881 4012 8888 8888 1881").
 */
function okCut(cut: string | undefined, inner: string | undefined, neighbourLen: number, neighbourOuterSep: string | undefined): boolean {
  if (cut === undefined) return true;
  if (cut !== " ") return false;
  if (inner !== " ") return true;
  return neighbourLen >= 6 || (neighbourOuterSep !== undefined && neighbourOuterSep !== " ");
}

function pushSubsequences(start: number, run: string, out: NumericCandidate[]): void {
  // split into groups with their offsets
  const gs: number[] = [];
  const ge: number[] = [];
  const seps: string[] = [];
  let i = 0;
  while (i < run.length) {
    const s = i;
    while (i < run.length && run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57) i++;
    gs.push(s);
    ge.push(i);
    if (i < run.length) seps.push(run[i] ?? "");
    i++;
  }
  const n = gs.length;
  // Digits spaced out one by one ("4 5 3 2 0 1 5 1 ...", an evasion): one candidate for the whole run, whose
  // shape ("1-1-1-...") only scanners that accept spaced-out numbers take (cards); listed first, as the longest.
  if (n >= 9 && n <= MAX_DIGITS && n === run.length - n + 1 && seps.every((x) => x === seps[0]) && (seps[0] === " " || seps[0] === "-")) {
    out.push({ start, end: start + run.length, digits: run.replace(/\D/g, ""), groups: gs.map(() => 1), seps: seps.join(""), shape: gs.map(() => "1").join("-") });
  }
  for (let a = 0; a < n; a++) {
    // longest first for each start, so candidates come out ordered (start asc, length desc)
    let last = a;
    let nd = 0;
    while (last < n && last - a < MAX_GROUPS && nd + (ge[last]! - gs[last]!) <= MAX_DIGITS) {
      nd += ge[last]! - gs[last]!;
      last++;
    }
    const cutL = a > 0 ? seps[a - 1] : undefined;
    // shorter sub-runs have fewer digits: below MIN_ID_DIGITS no scanner can use them (and a long run of spaced
    // single digits would otherwise make seven candidates per digit)
    let subDigits = nd;
    for (let b = last - 1; b >= a; subDigits -= ge[b]! - gs[b]!, b--) {
      if (subDigits < MIN_ID_DIGITS) break;
      // A sub-run must be cut at spaces while its own groups use another separator (or none):
      // "078-05-1123 4155550132" splits, but "5351-1978-9540-1234" never yields "5351-1978-9540".
      const inner = b > a ? seps[a] : undefined;
      const okL = a === 0 || okCut(cutL, inner, ge[a - 1]! - gs[a - 1]!, a >= 2 ? seps[a - 2] : undefined);
      const okR = b === n - 1 || okCut(seps[b], inner, ge[b + 1]! - gs[b + 1]!, b + 1 < n - 1 ? seps[b + 1] : undefined);
      if (!okL || !okR) continue;
      let digits = "";
      let shape = "";
      let sepStr = "";
      const lens: number[] = [];
      for (let k = a; k <= b; k++) {
        digits += run.slice(gs[k], ge[k]);
        const len = ge[k]! - gs[k]!;
        lens.push(len);
        shape += k > a ? `-${len}` : `${len}`;
        if (k > a) sepStr += seps[k - 1] ?? "";
      }
      out.push({ start: start + gs[a]!, end: start + ge[b]!, digits, groups: lens, seps: sepStr, shape });
    }
  }
}

/**
 * All digit-group runs of the text and their contiguous sub-runs (so "078-051121 07805-1121"
 * yields both SSNs), computed once per text and kept on its scan. Candidates are ordered by start, longer first.
 */
export function numericCandidates(scan: PiiScan): readonly NumericCandidate[] {
  if (scan.numericCache) return scan.numericCache;
  const out: NumericCandidate[] = [];
  for (const [runStart, run] of digitRuns(scan.text, scan.digitTokens)) {
    const m = { index: runStart };
    if (run.length < 6) continue;
    // Cheap exit for short single groups (years, ports, counters) before any allocation.
    if (run.length < 7 && /^\d+$/.test(run)) continue;
    // IPv4 addresses, versions and ISO/numeric dates are never IDs (their own detectors handle them).
    if (NOT_ID_RUN.test(run)) continue;
    // Only separators that keep a digit count of at least 6 matter for IDs.
    let nd = 0;
    for (let k = 0; k < run.length; k++) {
      const c = run.charCodeAt(k);
      if (c >= 48 && c <= 57) nd++;
    }
    if (nd < 6) continue;
    pushSubsequences(m.index, run, out);
  }
  scan.numericCache = out;
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
