import type { ChannelScanner, ScanResult, TextEdit, TokenRestorer } from "../../src/enforce/stream/channel-scanner.js";

/**
 * Bounded patterns, so the longest match is known: an AWS access key id and an email address, as ONE left-to-right
 * pass (alternation), as a real scanner resolves overlapping findings: a match consumes its text and scanning goes
 * on after it.
 */
const RULE = /(AKIA[0-9A-Z]{16})|[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,20}\.[A-Za-z]{2,6}/g;
/** Longest possible match of RULE (the email: 20 + 1 + 20 + 1 + 6). */
export const FAKE_MAX = 48;

/** Edits for `text`: every match of the one pass. */
export function fakeEdits(text: string): TextEdit[] {
  const out: TextEdit[] = [];
  RULE.lastIndex = 0;
  for (let m = RULE.exec(text); m; m = RULE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, replacement: m[1] ? "[AWS_KEY]" : "[EMAIL]" });
  return out;
}

/** The fake scanner applied to a whole text: the expected client output. */
export function redactWhole(text: string): string {
  let out = "";
  let pos = 0;
  for (const e of fakeEdits(text)) {
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Characters RULE can match: a match never spans anything else, so it lies inside one maximal run of these. */
const RUN_CHAR = /[A-Za-z0-9._%+@-]/;

/** Start of the trailing run of RULE characters: before it, every match is complete (the early-release point). */
export function fakePendingFrom(text: string): number {
  let i = text.length;
  while (i > 0 && RUN_CHAR.test(text[i - 1] as string)) i--;
  return i;
}

/**
 * A scanner that redacts RULE and blocks when `block` occurs; records every call. With `early`, it releases early:
 * its `pendingFrom` is the start of the trailing run that could still grow into a match.
 */
export function fakeScanner(opts: { block?: string; max?: number; early?: boolean } = {}): ChannelScanner & { calls: { text: string; channel: string; final: boolean }[] } {
  const calls: { text: string; channel: string; final: boolean }[] = [];
  return {
    maxMatchLength: opts.max ?? FAKE_MAX,
    ...(opts.early ? { pendingFrom: fakePendingFrom } : {}),
    calls,
    scan(text, channel, final): ScanResult {
      calls.push({ text, channel, final });
      if (opts.block && text.includes(opts.block)) return { edits: [], block: new Error("blocked by test rule") };
      return { edits: fakeEdits(text) };
    },
  };
}

/** Vault tokens like `[PERSON_1a2b3c4d]`, restored from a fixed map. */
export function fakeRestorer(map: Record<string, string>): TokenRestorer {
  return {
    maxTokenLength: 24,
    pattern: /\[[A-Z_]{1,12}_[0-9a-f]{8}\]/,
    restore: (token) => map[token],
  };
}
