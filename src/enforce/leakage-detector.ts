import type { Finding } from "../core/finding.js";

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

/** Finds output that reproduces the system prompt or a canary. Built once per call from the request. */
export interface LeakageDetector {
  detect(text: string): Finding[];
  /**
   * Streaming: the earliest index of `text` from which a leak or canary could still be in progress (the longest
   * suffix that, case and whitespace folded, occurs in a system prompt, or that begins a canary); `text.length`
   * when none can. Text before it can never become part of a leak finding that later text completes.
   */
  pendingFrom(text: string): number;
}

/**
 * A leakage detector over one request's system prompt(s): output reproducing `minLength` consecutive characters
 * of it (case and whitespace folded) is a `SYSTEM_PROMPT_LEAK`; any configured canary string (case-insensitive) is a
 * `CANARY`. Both are category `leakage`, score 1. The window set is built lazily, on the first response text.
 */
export function createLeakageDetector(systemTexts: readonly string[], canaries: readonly string[], minLength: number): LeakageDetector {
  const lowered = canaries.map((c) => c.toLowerCase());
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
      for (const c of lowered) {
        // The longest suffix that is a proper prefix of the canary (a whole canary is a finding already).
        for (let i = Math.max(0, text.length - c.length + 1); i < text.length; i++) {
          if (c.startsWith(text.slice(i).toLowerCase())) {
            from = Math.min(from, i);
            break;
          }
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
      if (lowered.length > 0) {
        const low = text.toLowerCase();
        for (const c of lowered) {
          for (let i = low.indexOf(c); i >= 0; i = low.indexOf(c, i + c.length)) {
            out.push({ detector: "leakage.canary", category: "leakage", type: "CANARY", start: i, end: i + c.length, score: 1, explanation: "configured canary string in output" });
          }
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
