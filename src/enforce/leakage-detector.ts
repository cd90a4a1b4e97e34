import type { Finding } from "../core/finding.js";
import { extractSecretValues } from "./secret-values.js";
import { createValueMatcher, SPACED_SEP, type ValueMatcher } from "./value-matcher.js";

interface Folded {
  text: string;
  /** Original index of each folded character. */
  at: number[];
}

/** Lowercase and collapse whitespace runs to one space, remembering where each character came from. */
function fold(text: string): Folded {
  let out = "";
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (space || out.length === 0) continue;
      space = true;
      out += " ";
      at.push(i);
      continue;
    }
    space = false;
    out += ch.toLowerCase();
    at.push(i);
  }
  return { text: out, at };
}

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
 * A leakage detector over one request's system prompt(s): output reproducing `minLength` consecutive characters
 * of it (case and whitespace folded) is a `SYSTEM_PROMPT_LEAK`; a configured canary is a `CANARY`, and a
 * secret-looking value of the system prompt (`password: hunter2`, `the code is 4729-XK`, `CANARY-7Q2K9XW4`; see
 * {@link extractSecretValues}) is a `SYSTEM_PROMPT_SECRET`, whatever their length (4+), found as they are
 * (case-insensitive), spaced out, reversed, base64 or hex (see {@link createValueMatcher}). All are category
 * `leakage`, score 1. The window set and the matchers are built lazily, on the first response text.
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
  let windows: Set<string> | undefined;
  const build = (): Set<string> => {
    const set = new Set<string>();
    for (const s of systemTexts) {
      const f = fold(s).text;
      for (let i = 0; i + minLength <= f.length; i++) set.add(f.slice(i, i + minLength));
    }
    return set;
  };
  const hasSystem = systemTexts.some((s) => s.length >= minLength);
  let folds: string[] | undefined;
  return {
    pendingFrom(text) {
      let from = text.length;
      const watched = watch();
      // Lower-cased only when there is something to look for (most calls have no canary or prompt secret).
      const lowText = watched.length > 0 ? text.toLowerCase() : "";
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
      if (hasSystem) {
        folds ??= systemTexts.map((s) => fold(s).text);
        const all = folds;
        const f = fold(text);
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
      }
      return from;
    },
    detect(text) {
      const out: Finding[] = [];
      for (const w of watch()) {
        for (const m of w.matcher.find(text)) {
          const what = w.type === "CANARY" ? "configured canary string" : "secret-looking value from the system prompt";
          out.push({ detector: w.type === "CANARY" ? "leakage.canary" : "leakage.system-secret", category: "leakage", type: w.type, start: m.start, end: m.end, score: 1, explanation: `${what} in output (${m.form})` });
        }
      }
      if (hasSystem && text.length >= minLength) {
        windows ??= build();
        const f = fold(text);
        let runStart = -1;
        let runEnd = -1;
        const flush = () => {
          if (runStart < 0) return;
          const start = f.at[runStart] as number;
          const end = (f.at[runEnd - 1] as number) + 1;
          out.push({ detector: "leakage.system-prompt", category: "leakage", type: "SYSTEM_PROMPT_LEAK", start, end, score: 1, explanation: `output reproduces ${runEnd - runStart}+ characters of the system prompt` });
          runStart = -1;
        };
        for (let i = 0; i + minLength <= f.text.length; i++) {
          if (windows.has(f.text.slice(i, i + minLength))) {
            if (runStart >= 0 && i <= runEnd) runEnd = i + minLength;
            else {
              flush();
              runStart = i;
              runEnd = i + minLength;
            }
          }
        }
        flush();
      }
      return out;
    },
  };
}
