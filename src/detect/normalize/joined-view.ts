import { keyLike } from "../shared/key-like.js";
import { CharViewBuilder, SEGMENT_SEPARATOR, type Span, type TextView } from "./text-view.js";

/**
 * Values broken apart by their layout, which a model (or a person copying them) puts back together:
 * - a token wrapped onto the next line, as terminals, e-mail clients and chat windows wrap a long key
 *   (`ghp_0a1B2c…` / `…9zYx`): the line break is taken out;
 * - a token regrouped with dashes into groups of equal length (`AKIA-IOSF-ODNN-7EXA-MPLE`): the dashes are taken out;
 * - a token written in groups of equal length set apart by single spaces (`AKIA Z3MH QK7X N2PL W4RB`), as consoles and
 *   people reading a key aloud group it: the spaces are taken out.
 * The view holds only those runs, joined (SEGMENT_SEPARATOR between runs). A span found in it maps back to the
 * original only when it covers a removed character: anything else the scan of the original already saw.
 * Secret detectors scan it (view-policy.ts).
 */
export function buildJoinedView(text: string): TextView | undefined {
  const runs: Run[] = [];
  wrappedRuns(text, runs);
  groupedRuns(text, runs);
  spacedGroupRuns(text, runs);
  if (runs.length === 0) return undefined;
  runs.sort((a, b) => a.start - b.start);
  const b = new CharViewBuilder(64);
  const removed: number[] = [];
  let last = -1;
  for (const r of runs) {
    if (r.start < last) continue; // overlapping candidates: the first one wins
    if (b.size > 0) b.push(SEGMENT_SEPARATOR, r.start, r.start);
    let k = 0; // next cut index (r.cut is ascending)
    for (let i = r.start; i < r.end; i++) {
      if (r.cut[k] === i) {
        removed.push(i);
        k++;
      } else b.push(text[i] as string, i, i + 1);
    }
    last = r.end;
  }
  const view = b.build("joined");
  return {
    kind: "joined",
    text: view.text,
    toOriginal(start: number, end: number): Span | undefined {
      const span = view.toOriginal(start, end);
      if (!span) return undefined;
      for (const i of removed) if (i > span.start && i < span.end) return span;
      return undefined;
    },
  };
}

/** A candidate run of the original: [start, end), with the indices of the characters the view leaves out. */
interface Run {
  start: number;
  end: number;
  cut: number[];
}

/** Most runs one text contributes (a pathological input stays bounded). */
const MAX_RUNS = 256;
/**
 * Characters a key is made of (base64, base64url, hex, most vendor formats). Not `=`: a run stops there, so
 * `NAME=value` lines are not joined to the next line's name; base64 padding is taken at the end of a tail.
 */
const TOKEN = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+/") TOKEN[ch.charCodeAt(0)] = 1;
const isToken = (c: number): boolean => c < 128 && TOKEN[c] === 1;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Most line breaks one run is followed over (a wrapped key takes a few lines; PEM bodies have their own rule). */
const MAX_BREAKS = 16;
/** Shortest part before / after a line break worth joining. */
const MIN_HEAD = 8;
const MIN_TAIL = 4;

/** Tokens cut by a line break (`\n` or `\r\n`), both sides key-like; a token wrapped over several lines is one run. */
function wrappedRuns(text: string, out: Run[]): void {
  for (let nl = text.indexOf("\n"); nl >= 0 && out.length < MAX_RUNS; nl = text.indexOf("\n", nl + 1)) {
    if (nl === 0) continue; // (a text that opens with a line break: nothing before it to join)
    const brk = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let s = brk;
    while (s > 0 && isToken(text.charCodeAt(s - 1))) s--;
    if (brk - s < MIN_HEAD) continue;
    // A head that is not key-like itself (`sk-proj-`, a vendor prefix) still starts a run wrapped at a fixed width:
    // two or more key-like tails, the first as long as the head.
    const plainHead = !keyLike(text, s, brk);
    const cut: number[] = [];
    let end = brk;
    let at = nl;
    let joined = 0;
    let firstTail = 0;
    // Follow the token over as many line breaks as it takes (up to MAX_BREAKS).
    for (let breaks = 0; breaks < MAX_BREAKS; breaks++) {
      let e = at + 1;
      while (e < text.length && isToken(text.charCodeAt(e))) e++;
      if (e - (at + 1) < MIN_TAIL || !keyLike(text, at + 1, e)) break;
      // A tail followed by `=` is a name being assigned, not the rest of a key, unless the `=` is padding.
      if (text.charCodeAt(e) === 61 && isToken(text.charCodeAt(e + 1)) && text.charCodeAt(e + 1) !== 61) break;
      for (let pad = 0; pad < 2 && text.charCodeAt(e) === 61; pad++) e++;
      for (let i = end; i <= at; i++) cut.push(i);
      if (joined++ === 0) firstTail = e - (at + 1);
      end = e;
      const next = text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? e + 1 : text.charCodeAt(e) === 10 ? e : -1;
      if (next < 0) break;
      at = next;
    }
    if (cut.length === 0) continue;
    if (plainHead && (joined < 2 || firstTail !== brk - s)) continue;
    out.push({ start: s, end, cut });
    nl = end;
  }
}

/** Shortest and longest group of a regrouped token, and the fewest groups. */
const MIN_GROUP = 3;
const MAX_GROUP = 8;
const MIN_GROUPS = 4;

/** Alphanumeric groups of one length joined by single dashes (the last group may be shorter), key-like as a whole. */
function groupedRuns(text: string, out: Run[]): void {
  for (let dash = text.indexOf("-"); dash >= 0 && out.length < MAX_RUNS; dash = text.indexOf("-", dash + 1)) {
    if (dash === 0) continue; // (a Markdown list item's dash: no group before it)
    let s = dash;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    const size = dash - s;
    if (size < MIN_GROUP || size > MAX_GROUP || (s > 0 && isToken(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 45)) continue;
    if (s > 0 && text.charCodeAt(s - 1) === 45) continue; // not the first group of its run
    const cut: number[] = [];
    let at = dash;
    let end = dash;
    let groups = 1;
    while (text.charCodeAt(at) === 45) {
      let e = at + 1;
      while (e < text.length && isAlnum(text.charCodeAt(e)) && e - (at + 1) <= size) e++;
      const len = e - (at + 1);
      if (len === 0 || len > size || (e < text.length && isAlnum(text.charCodeAt(e)))) break;
      cut.push(at);
      end = e;
      groups++;
      at = e;
      if (len < size) break; // a shorter group ends the run
    }
    // The run must end cleanly (not inside a longer token) and have enough groups.
    if (groups < MIN_GROUPS || (end < text.length && isToken(text.charCodeAt(end)) && text.charCodeAt(end) !== 45) || !keyLike(text, s, end)) {
      dash = Math.max(dash, end - 1);
      continue;
    }
    out.push({ start: s, end, cut });
    dash = end;
  }
}

const isHexDigit = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);

/**
 * Groups of key characters of one length (3-8, the last may be shorter) set apart by single spaces, four groups or more,
 * with a letter and a digit and not all hex digits: a hex dump in groups of four (`dead beef 0a1b`) and numbers in
 * groups (a card number) stay apart, and prose has no digits in equal-length words. The cheap evidence is two equal
 * gaps between consecutive spaces (one comparison per space); only then is the run read.
 */
function spacedGroupRuns(text: string, out: Run[]): void {
  let a = text.indexOf(" ");
  let b = a < 0 ? -1 : text.indexOf(" ", a + 1);
  let c = b < 0 ? -1 : text.indexOf(" ", b + 1);
  while (c >= 0 && out.length < MAX_RUNS) {
    const size = b - a - 1;
    let skipTo = -1; // after a run was read (found or not), go on after it: its spaces start no other run
    if (size >= MIN_GROUP && size <= MAX_GROUP && c - b - 1 === size) {
      // The group before `a` is the first group of the run.
      let s = a;
      while (s > 0 && isToken(text.charCodeAt(s - 1))) s--;
      if (a - s === size) {
        const cut: number[] = [];
        let at = a;
        let end = a;
        let groups = 1;
        while (text.charCodeAt(at) === 32) {
          let e = at + 1;
          while (e < text.length && isToken(text.charCodeAt(e)) && e - (at + 1) <= size) e++;
          const len = e - (at + 1);
          if (len === 0 || len > size || (e < text.length && isToken(text.charCodeAt(e)))) break;
          cut.push(at);
          end = e;
          groups++;
          at = e;
          if (len < size) break;
        }
        if (groups >= MIN_GROUPS && keyMix(text, s, end, size)) out.push({ start: s, end, cut });
        skipTo = end;
      }
    }
    if (skipTo > c) {
      a = text.indexOf(" ", skipTo);
      b = a < 0 ? -1 : text.indexOf(" ", a + 1);
      c = b < 0 ? -1 : text.indexOf(" ", b + 1);
    } else {
      a = b;
      b = c;
      c = text.indexOf(" ", c + 1);
    }
  }
}

/**
 * Does the run text[s, e) of space-separated groups read as a key: a letter, a digit and a character that is not a hex
 * digit (a hex dump is all hex), and most full groups key-like themselves (a digit, or a capital after the first
 * character), so a sentence of equal words with a number ("with exit code 1") stays apart.
 */
function keyMix(text: string, s: number, e: number, size: number): boolean {
  let letter = false;
  let digit = false;
  let nonHex = false;
  let full = 0;
  let keyed = 0;
  for (let g = s; g < e; g += size + 1) {
    const ge = Math.min(g + size, e);
    if (ge - g === size) {
      full++;
      if (keyLike(text, g, ge)) keyed++;
    }
    for (let i = g; i < ge; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digit = true;
      else if (isAlnum(c)) letter = true;
      if (!isHexDigit(c)) nonHex = true;
    }
  }
  return letter && digit && nonHex && keyed >= 2 && keyed * 2 >= full;
}
