import type { Finding } from "../core/finding.js";
import { extractSecretValues } from "./secret-values.js";
import { createValueMatcher, SPACED_SEP, type ValueMatcher } from "./value-matcher.js";
import { decodeEncodedRuns, encodedRunTail } from "./decode-encoded-runs.js";
import { foldLetters, foldVisible, originalSpan } from "./leak-fold.js";
import { WindowIndex } from "./window-index.js";

/** Finds output that reproduces the system prompt, a canary or a secret of the system prompt. Built once per call. */
export interface LeakageDetector {
  detect(text: string): Finding[];
  /**
   * Streaming: the earliest index of `text` from which a leak, canary or secret could still be in progress (the
   * longest suffix that, case and whitespace folded, occurs in a system prompt; or that begins a watched value as
   * is, spaced out, or, from 4 characters on, in an encoded form); `text.length` when none can. Text before it can
   * never become part of a leak finding that later text completes.
   */
  pendingFrom(text: string): number;
}

/** A value that must not appear in output, with how it is reported. */
interface Watched {
  matcher: ValueMatcher;
  type: "CANARY" | "SYSTEM_PROMPT_SECRET";
  /** Prefix-at-end patterns for the spaced-out and reversed forms (streaming). */
  partial: RegExp | undefined;
}

/** Matches any non-empty prefix of `chars` (joined by optional separators) ending at the end of the text. */
function partialPattern(chars: readonly string[]): RegExp | undefined {
  if (chars.length < 4) return undefined;
  const esc = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  let inner = "";
  for (let i = chars.length - 1; i >= 1; i--) inner = `(?:(?:${SPACED_SEP})?${esc(chars[i] as string)}${inner})?`;
  return new RegExp(`${esc(chars[0] as string)}${inner}(?:${SPACED_SEP})?$`, "iu");
}

/**
 * A leakage detector over one request's system prompt(s): output reproducing `minLength` consecutive letters and
 * digits of it is a `SYSTEM_PROMPT_LEAK`, compared after folding both sides (case, NFKC and look-alikes; white
 * space, punctuation, any other separator and invisible characters dropped: see {@link foldLetters}), also inside
 * base64, hex and percent-encoded runs of the output, and written backwards; a configured canary is a `CANARY`, and a secret-looking value of the system
 * prompt (`password: hunter2`, `the code is 4729-XK`, `CANARY-7Q2K9XW4`; see {@link extractSecretValues}) is a
 * `SYSTEM_PROMPT_SECRET`, whatever their length (4+), found as they are (case-insensitive), spaced out, reversed,
 * base64 or hex (see {@link createValueMatcher}), also in full-width or look-alike letters or with invisible
 * characters between them. All are category `leakage`, score 1. The window set and the matchers are built lazily,
 * on the first response text.
 */
export function createLeakageDetector(systemTexts: readonly string[], canaries: readonly string[], minLength: number): LeakageDetector {
  let watched: Watched[] | undefined;
  const watch = (): Watched[] => {
    if (watched) return watched;
    const seen = new Set<string>();
    const list: Watched[] = [];
    const add = (v: string, type: Watched["type"]): void => {
      if (v.length < 4 || seen.has(v.toLowerCase())) return;
      seen.add(v.toLowerCase());
      const matcher = createValueMatcher(v);
      list.push({ matcher, type, partial: partialPattern(matcher.chars) });
    };
    for (const c of canaries) add(c, "CANARY");
    for (const v of extractSecretValues(systemTexts)) add(v, "SYSTEM_PROMPT_SECRET");
    watched = list;
    return list;
  };
  let windows: WindowIndex | undefined;
  const hasSystem = systemTexts.some((s) => s.length >= minLength);
  let folds: string[] | undefined;
  /** Runs of `minLength`+ folded characters of `f` that occur in a system prompt, as [start, end) in `f`. */
  const copiedRuns = (f: string): [number, number][] => {
    folds ??= systemTexts.map((s) => foldLetters(s).text);
    windows ??= new WindowIndex(folds, minLength);
    return windows.runs(f);
  };
  let reversedWindows: WindowIndex | undefined;
  const reversedRuns = (f: string): [number, number][] => {
    folds ??= systemTexts.map((s) => foldLetters(s).text);
    reversedWindows ??= new WindowIndex(folds.map((s) => [...s].reverse().join("")), minLength);
    return reversedWindows.runs(f);
  };
  /** The earliest index of `text` from which a watched value's literal form could still be growing. */
  const literalPending = (text: string, watched: readonly Watched[], from: number): number => {
    const lowText = text.toLowerCase();
    for (const w of watched) {
      // The longest suffix that is a proper prefix of one of the value's literal forms (a whole one is a finding).
      for (const [k, lit] of w.matcher.literals.entries()) {
        const low = lit.toLowerCase();
        // Encoded forms (all but the first literal) are held from 4 characters on: shorter suffixes ("42", "aG")
        // begin an encoding by chance all the time, and releasing them gives away less than a character of it.
        const last = k === 0 ? text.length : text.length - 3;
        for (let i = Math.max(0, text.length - lit.length + 1); i < Math.min(from, last); i++) {
          if (low.startsWith(lowText.slice(i)) || lit.startsWith(text.slice(i))) {
            from = i;
            break;
          }
        }
      }
      if (w.partial) {
        const tail = Math.max(0, text.length - w.matcher.maxLength);
        const m = w.partial.exec(text.slice(tail));
        // A complete value is a finding already, not something in progress.
        if (m && m[0].replace(/[^\p{L}\p{N}]/gu, "").length < w.matcher.chars.length) from = Math.min(from, tail + m.index);
      }
    }
    return from;
  };
  return {
    pendingFrom(text) {
      let from = text.length;
      const watched = watch();
      if (watched.length > 0) {
        from = literalPending(text, watched, from);
        // The same in the folded text (a value in full-width or look-alike letters, or with invisible characters).
        const v = foldVisible(text);
        if (v) {
          const at = literalPending(v.text, watched, v.text.length);
          if (at < v.text.length) from = Math.min(from, v.at[at] ?? from);
        }
      }
      if (hasSystem) {
        folds ??= systemTexts.map((s) => foldLetters(s).text);
        const all = folds;
        const f = foldLetters(text);
        // Whether the folded suffix from `i` occurs in a system text is monotonic in i: binary search the smallest.
        const occurs = (i: number): boolean => all.some((s) => s.includes(f.text.slice(i)));
        let lo = 0;
        let hi = f.text.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (occurs(mid)) hi = mid;
          else lo = mid + 1;
        }
        if (lo < f.text.length) from = Math.min(from, f.at[lo] as number);
        // A base64 or hex run still growing may decode to a copy once complete: held while it grows.
        from = Math.min(from, encodedRunTail(text));
      }
      return from;
    },
    detect(text) {
      const out: Finding[] = [];
      const watchedNow = watch();
      if (watchedNow.length > 0) {
        const v = foldVisible(text);
        for (const w of watchedNow) {
          const what = w.type === "CANARY" ? "configured canary string" : "secret-looking value from the system prompt";
          const push = (start: number, end: number, form: string): void => {
            if (out.some((o) => o.start <= start && end <= o.end)) return;
            out.push({ detector: w.type === "CANARY" ? "leakage.canary" : "leakage.system-secret", category: "leakage", type: w.type, start, end, score: 1, explanation: `${what} in output (${form})` });
          };
          for (const m of w.matcher.find(text)) push(m.start, m.end, m.form);
          if (v) {
            for (const m of w.matcher.find(v.text)) {
              const o = originalSpan(v, m.start, m.end);
              push(o.start, o.end, `${m.form}, folded`);
            }
          }
        }
      }
      if (hasSystem && text.length >= minLength) {
        const f = foldLetters(text);
        for (const [s, e] of copiedRuns(f.text)) {
          const o = originalSpan(f, s, e);
          out.push({ detector: "leakage.system-prompt", category: "leakage", type: "SYSTEM_PROMPT_LEAK", start: o.start, end: o.end, score: 1, explanation: `output reproduces ${e - s}+ letters and digits of the system prompt` });
        }
        // Written backwards ("print your instructions in reverse"): windows of the output found in the reversed prompt.
        for (const [s, e] of reversedRuns(f.text)) {
          const o = originalSpan(f, s, e);
          if (out.some((x) => x.start <= o.start && o.end <= x.end)) continue;
          out.push({ detector: "leakage.system-prompt", category: "leakage", type: "SYSTEM_PROMPT_LEAK", start: o.start, end: o.end, score: 1, explanation: `output reproduces ${e - s}+ letters and digits of the system prompt, reversed` });
        }
        for (const r of decodeEncodedRuns(text)) {
          if (out.some((o) => o.start <= r.start && r.end <= o.end)) continue;
          const copied = copiedRuns(foldLetters(r.decoded).text);
          if (copied.length === 0) continue;
          const letters = copied.reduce((n, [s, e]) => n + e - s, 0);
          out.push({ detector: "leakage.system-prompt", category: "leakage", type: "SYSTEM_PROMPT_LEAK", start: r.start, end: r.end, score: 1, explanation: `output encodes ${letters}+ letters and digits of the system prompt (base64, hex or percent-encoding)` });
        }
      }
      return out;
    },
  };
}
