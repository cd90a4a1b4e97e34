import type { TextKind } from "../../core/message-spec.js";
import { WardenError } from "../../core/warden-error.js";
import type { ChannelScanner, TextEdit, TokenRestorer } from "./channel-scanner.js";
import { restoredValue } from "../restore-edits.js";

/** Options shared by every channel of one stream. */
export interface ChannelBufferOptions {
  scanner: ChannelScanner;
  /** Hold-back window in UTF-16 units (raised to the longest token when restoring). */
  window: number;
  /** Already-released text handed to the scanner as left context, at most this long. */
  contextLength: number;
  restorer?: TokenRestorer | undefined;
  /** Most text a scanner's `holdFrom` may keep back, in UTF-16 units (bounds memory); default 65 536. */
  maxHold?: number;
  /** Keep the whole raw and released text (needed to answer snapshot events). */
  keepTotals?: boolean;
}

interface Span {
  start: number;
  end: number;
  replacement: string;
}

/** Default cap on what a scanner's `holdFrom` may keep back. */
export const DEFAULT_MAX_HOLD = 65_536;
/** While a hold lasts, text is scanned again after growing by at least this much (or doubling), see `holdScanAt`. */
const HOLD_RESCAN_MIN = 4_096;
/** A piece with one of these may end what is held (a URL ends at `)`, a quote, `>` or white space). */
const MAY_CLOSE = /[)"'>\s]/;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when index `i` of `s` falls between the two halves of a surrogate pair. */
function splitsPair(s: string, i: number): boolean {
  return i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));
}

/** Turn a block decision into the error that stops the stream. */
export function blockError(err: Error): WardenError {
  if (WardenError.isInstance(err)) return err;
  return new WardenError("WARDEN_POLICY_RESPONSE_BLOCKED", { cause: err });
}

/**
 * The hold-back buffer of one channel (one logical text: a choice's content, one tool call's arguments, one
 * content block). Text goes in as it arrives; what comes out is the enforced text that can no longer be part of a
 * match: everything except the last `window` units, minus any match or vault token that straddles that point.
 */
export class ChannelBuffer {
  /** Raw text received and not yet released. */
  private pending = "";
  /** Raw released text kept as left context for the scanner (restarts after an edit: see `release`). */
  private context = "";
  /** All raw text and all released text, when `keepTotals`. */
  rawTotal = "";
  outTotal = "";

  private readonly window: number;
  /**
   * Length of the scanned text when the last scan held everything back for the scanner's `holdFrom` (an unfinished
   * image URL still arriving); 0 when it did not. While that hold lasts, the text is scanned again only when it may
   * have ended (a piece with `)`, a quote, `>` or white space), when it has doubled, or when it passes `maxHold`: a URL
   * padded to 64 KB arriving 8 characters at a time would otherwise be rescanned whole per piece (quadratic).
   */
  private holdScanAt = 0;
  private holdOverCap = false;

  constructor(
    private readonly channel: string,
    private readonly kind: TextKind,
    private readonly opts: ChannelBufferOptions,
  ) {
    // A partial token must fit in the window, or its prefix would be released unrestored.
    this.window = Math.max(opts.window, opts.restorer?.maxTokenLength ?? 0);
  }

  /** Whether text is held back. */
  get holding(): boolean {
    return this.pending.length > 0;
  }

  /** The released text kept as left context (the end of what went out, after its last edit). */
  get leftContext(): string {
    return this.context;
  }

  /**
   * Start a new channel with another channel's left context: a client that shows both as one text (Anthropic text
   * blocks, Responses output_text parts) reads them joined, so a value cut between them is found and its part here
   * edited (what the other channel released stays released). Only before anything was pushed.
   */
  seed(context: string): void {
    if (this.pending.length > 0 || this.context.length > 0) return;
    let from = Math.max(0, context.length - this.opts.contextLength);
    if (splitsPair(context, from)) from++;
    this.context = context.slice(from);
  }

  /** Add a piece of text; returns the enforced text that can be released now (possibly empty). */
  push(text: string): string {
    this.pending += text;
    if (this.opts.keepTotals) this.rawTotal += text;
    if (this.holdScanAt > 0) {
      const total = this.context.length + this.pending.length;
      const overCap = this.pending.length > (this.opts.maxHold ?? DEFAULT_MAX_HOLD);
      if (total - this.holdScanAt < Math.max(HOLD_RESCAN_MIN, this.holdScanAt) && overCap === this.holdOverCap && !MAY_CLOSE.test(text)) return "";
    }
    // Nothing can be released while everything pending is inside the window (unless the scanner says which part
    // is safe): skip the scan.
    if (this.pending.length <= this.window && !this.opts.scanner.pendingFrom) return "";
    if (this.pending.length === 0) return "";
    return this.release(false);
  }

  /** No more text will come: scan what is held as final and release all of it. */
  end(): string {
    if (this.pending.length === 0) return "";
    return this.release(true);
  }

  private release(final: boolean): string {
    const text = this.context + this.pending;
    const base = this.context.length;
    let cut = final ? text.length : text.length - this.window;
    const early = this.opts.scanner.pendingFrom;
    if (!final && early) {
      // Release early up to where a finding could still be in progress; the window stays the bound of what is held.
      const from = Math.floor(early.call(this.opts.scanner, text));
      if (from > cut) {
        cut = Math.min(text.length, from);
        // A vault token cut short at the end is held whole too (complete tokens straddling the cut: see below).
        const r = this.opts.restorer;
        if (r) cut = Math.min(cut, r.partialFrom ? Math.floor(r.partialFrom(text)) : text.length - r.maxTokenLength);
        cut = Math.max(cut, text.length - this.window);
      }
      // Nothing can go out (a name or a value still growing): skip the scan; the next piece or the end decides.
      if (!(cut > base)) return "";
    }
    const result = this.opts.scanner.scan(text, this.channel, final, this.kind);
    if (result.block) throw blockError(result.block);
    const edits = normaliseEdits(text, base, result.edits);
    const tokens = this.opts.restorer ? findTokens(text, base, this.opts.restorer) : [];

    const hold = result.holdFrom;
    let held = false;
    if (!final && typeof hold === "number" && Number.isFinite(hold)) {
      const from = Math.max(base, Math.floor(hold));
      // Past the cap, the window applies again: a runaway "value" must not buffer a whole stream.
      if (from < cut && text.length - from <= (this.opts.maxHold ?? DEFAULT_MAX_HOLD)) {
        cut = from;
        held = true;
      }
    }
    // Never end a release between the halves of a pair, nor on a high surrogate whose low half has not arrived.
    if (!final && cut > 0 && isHigh(text.charCodeAt(cut - 1))) cut--;
    if (!final) {
      // A match or token that straddles the cut is held whole: it is released (edited) in one piece later.
      for (let moved = true; moved; ) {
        moved = false;
        for (const s of edits) if (s.start < cut && s.end > cut) (cut = s.start), (moved = true);
        for (const s of tokens) if (s.start < cut && s.end > cut) (cut = s.start), (moved = true);
      }
    }
    if (cut <= base) {
      this.holdScanAt = held ? text.length : 0;
      this.holdOverCap = held && this.pending.length > (this.opts.maxHold ?? DEFAULT_MAX_HOLD);
      return "";
    }
    this.holdScanAt = 0;

    let out = "";
    let pos = base;
    let lastEditEnd = -1;
    const spans = mergeSpans(edits, tokens, cut, this.opts.restorer, this.channel, this.kind);
    for (const s of spans) {
      out += text.slice(pos, s.start) + s.replacement;
      pos = s.end;
      if (s.edit) lastEditEnd = s.end;
    }
    out += text.slice(pos, cut);

    // Left context restarts after the last edit: the scanner then sees the text as a whole-text scan would after
    // that match (a new match overlapping an applied one cannot appear), and never more than `contextLength`.
    let ctxStart = Math.max(lastEditEnd, cut - this.opts.contextLength, 0);
    if (splitsPair(text, ctxStart)) ctxStart++;
    this.context = text.slice(ctxStart, cut);
    this.pending = text.slice(cut);
    if (this.opts.keepTotals) this.outTotal += out;
    return out;
  }
}

/**
 * Edits as spans of `text` at or after `base` (the already-released context cannot change: an edit reaching into
 * it is clipped to the unreleased part), widened to whole code points, sorted, without overlaps.
 */
function normaliseEdits(text: string, base: number, edits: readonly TextEdit[]): Span[] {
  const spans: Span[] = [];
  for (const e of edits) {
    let start = Math.max(base, Math.min(text.length, Math.floor(e.start)));
    let end = Math.min(text.length, Math.floor(e.end));
    if (!(end > start)) continue;
    if (splitsPair(text, start) && start > base) start--;
    else if (splitsPair(text, start)) start++;
    if (splitsPair(text, end)) end++;
    if (end > start) spans.push({ start, end, replacement: String(e.replacement) });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** Complete vault tokens in the unreleased part of `text` (`replacement` holds the token itself). */
function findTokens(text: string, base: number, restorer: TokenRestorer): Span[] {
  const re = globalPattern(restorer);
  re.lastIndex = base;
  const out: Span[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, replacement: m[0] });
  }
  return out;
}

const globals = new WeakMap<RegExp, RegExp>();
function globalPattern(r: TokenRestorer): RegExp {
  let re = globals.get(r.pattern);
  if (!re) {
    re = new RegExp(r.pattern.source, r.pattern.flags.includes("g") ? r.pattern.flags : `${r.pattern.flags}g`);
    globals.set(r.pattern, re);
  }
  return re;
}

/** Edits and restorable tokens inside [.., cut), in order; a token overlapping an edit is left to the edit. */
function mergeSpans(edits: Span[], tokens: Span[], cut: number, restorer: TokenRestorer | undefined, channel: string, kind: TextKind): (Span & { edit: boolean })[] {
  const out: (Span & { edit: boolean })[] = [];
  for (const e of edits) if (e.end <= cut) out.push({ ...e, edit: true });
  if (restorer) {
    for (const t of tokens) {
      if (t.end > cut || edits.some((e) => e.start < t.end && t.start < e.end)) continue;
      const original = restorer.restore(t.replacement, channel);
      if (original !== undefined) out.push({ ...t, replacement: restoredValue(kind, original), edit: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
