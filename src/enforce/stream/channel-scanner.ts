import type { TextKind } from "../../core/message-spec.js";

/** Replace `text.slice(start, end)` (UTF-16 indices into the scanned text) with `replacement`. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/** What the scanner decided about a piece of channel text. */
export interface ScanResult {
  /** Replacements (redact, mask, hash...). Overlapping edits: the first by start (longest on a tie) wins. */
  edits: TextEdit[];
  /**
   * Stop the stream. A `WardenError` is thrown as is (so the guard chooses the code, e.g. a fail-closed control
   * error); any other error becomes `WARDEN_POLICY_RESPONSE_BLOCKED` with it as the log-only cause.
   */
  block?: Error;
  /**
   * Index into the scanned text where a value may have begun that is longer than the window and not complete yet
   * (a PEM block whose END line has not arrived): everything from here is held too, up to the enforcer's `maxHold`.
   * Can only hold more than the window, never release sooner.
   */
  holdFrom?: number;
}

/**
 * Decides what to do with the pending text of one stream channel. Implemented by the policy guard; the stream
 * enforcer depends only on this, not on policy types.
 */
export interface ChannelScanner {
  /**
   * Longest match any detector can produce, in UTF-16 units. The default hold-back window: any match that starts
   * further than this from the end of what has arrived is already complete.
   */
  readonly maxMatchLength: number;
  /**
   * Early release: the index into `text` (left context + pending, as given to `scan`) from which a finding could
   * still be in progress (could begin, continue, or have its decision changed by text that has not arrived).
   * Everything before it (and not inside a match that straddles it) is released at once instead of waiting for the
   * window, which stays the bound of what is held. Called on every piece, before `scan`, so it must be cheap; when
   * nothing could be released the scan is skipped. Without it, text waits for the window.
   */
  pendingFrom?(text: string): number;
  /**
   * Scan `text`: a little already-released text of the channel (left context, never changed) followed by
   * everything not yet released. Spans are indices into `text`. `final` is true when no more text will come for
   * the channel (so a match touching the end is complete). Must not keep `text`.
   */
  scan(text: string, channel: string, final: boolean, kind: TextKind): ScanResult;
}

/**
 * Finds vault tokens in model output and gives back the caller's original values. The pattern is opaque to the
 * enforcer; only its longest length matters (a partial token at the end of the text is held back that long).
 */
export interface TokenRestorer {
  /** Longest token, in UTF-16 units. */
  readonly maxTokenLength: number;
  /** Matches one whole token (the `g` flag is added when missing). Must not match an empty string. */
  readonly pattern: RegExp;
  /**
   * Earliest index of `text` at which a token may have begun without its end having arrived (`text.length` when
   * none). Used when the scanner releases early; without it the last `maxTokenLength` units are held.
   */
  partialFrom?(text: string): number;
  /** The original value, or `undefined` to leave the token as it is (unknown, expired, or not allowed here). */
  restore(token: string, channel: string): string | undefined;
}
