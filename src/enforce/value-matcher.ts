/**
 * Finds one sensitive value in output however a model was talked into writing it: as is (case-insensitive),
 * spaced out or punctuated (`h u n t e r 2`, `h-u-n-t-e-r-2`), reversed, base64 (standard or URL-safe, at any
 * alignment inside a longer run) or hex. Built once per value; used for canaries and system-prompt secrets.
 */
export interface ValueMatcher {
  /** Spans of `text` holding the value, with the form it was found in. */
  find(text: string): { start: number; end: number; form: string }[];
  /** Longest text a match can span (for streaming hold-back). */
  readonly maxLength: number;
  /** Plain (non-regex) forms whose prefixes at the end of a stream text may grow into a match. */
  readonly literals: readonly string[];
  /** The value's characters, for the spaced-out prefix check. */
  readonly chars: readonly string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Separators allowed between the characters of a spaced-out value. */
export const SPACED_SEP = "[\\s\\-_.·,|/*]{1,3}";

/** The part of base64(prefix + value) that depends only on the value, for each of the 3 alignments. */
function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const out: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const enc = Buffer.concat([Buffer.alloc(pad), bytes]).toString("base64").replace(/=+$/, "");
    // Characters fully determined by the value: skip the ones mixing pad bytes, and a partial last group.
    const startChar = pad === 0 ? 0 : Math.ceil((pad * 8) / 6);
    const usable = Math.floor(((pad + bytes.length) * 8) / 6);
    const core = enc.slice(startChar, usable);
    if (core.length >= (pad === 0 ? 4 : 8)) out.push(core);
  }
  return out;
}

/** A matcher for `value` (at least 4 characters). */
export function createValueMatcher(value: string): ValueMatcher {
  const lower = value.toLowerCase();
  const chars = [...lower].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const reversed = [...lower].reverse().join("");
  const hex = Buffer.from(value, "utf8").toString("hex");
  const cores = base64Cores(value);
  const b64 = [...new Set([...cores, ...cores.map((c) => c.replace(/\+/g, "-").replace(/\//g, "_"))])];
  // Spaced out: values with 4+ letters/digits. Below 6 every gap must hold a separator (fewer characters would match
  // by chance across words); from 6 on, separators are optional, so `4729 XK` and `4729XK` match `4729-XK` too.
  const spaced = chars.length >= 4 ? new RegExp(chars.map(escape).join(chars.length >= 6 ? `(?:${SPACED_SEP})?` : SPACED_SEP), "giu") : undefined;
  const reversedSpaced = chars.length >= 6 ? new RegExp([...chars].reverse().map(escape).join(`(?:${SPACED_SEP})?`), "giu") : undefined;
  const maxLength = Math.max(value.length * 4, hex.length, ...b64.map((c) => c.length + 4));
  return {
    maxLength,
    literals: [lower, ...(chars.length >= 6 ? [reversed] : []), hex, ...b64],
    chars,
    find(text) {
      const out: { start: number; end: number; form: string }[] = [];
      const low = text.toLowerCase();
      for (let i = low.indexOf(lower); i >= 0; i = low.indexOf(lower, i + lower.length)) out.push({ start: i, end: i + lower.length, form: "verbatim" });
      const covered = (s: number, e: number): boolean => out.some((o) => o.start <= s && e <= o.end);
      if (spaced) for (const m of text.matchAll(spaced)) if (!covered(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, form: "spaced out" });
      if (reversedSpaced) for (const m of text.matchAll(reversedSpaced)) out.push({ start: m.index, end: m.index + m[0].length, form: "reversed" });
      for (let i = low.indexOf(hex); i >= 0; i = low.indexOf(hex, i + hex.length)) out.push({ start: i, end: i + hex.length, form: "hex" });
      for (const c of b64) for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + c.length)) out.push({ start: i, end: i + c.length, form: "base64" });
      return out;
    },
  };
}
