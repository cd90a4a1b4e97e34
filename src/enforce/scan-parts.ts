import { encodeInlineText } from "../api/inline-text-file.js";
import type { Direction } from "../core/detector.js";
import type { JsonPath, TextPart } from "../core/message-spec.js";
import type { Finding } from "../core/finding.js";
import { decideFindings } from "../decide/decide.js";
import type { DecisionEntry } from "../decide/decision-path.js";
import type { CallPolicyState, ScannedText } from "./call-policy-state.js";
import { applyEdits } from "./operators.js";
import { restoreEdits } from "./restore-edits.js";
import type { TokenVault } from "./token-vault.js";

/** A field's new value: the enforced text, encoded back when the field holds it encoded (an inline text file). */
export interface PartRewrite {
  path: JsonPath;
  text: string;
}

/** What scanning every part of one side found and made. */
export interface ScannedParts {
  entries: DecisionEntry[];
  /** Detector errors (ids and messages, never text). */
  errors: string[];
  rewrites: PartRewrite[];
  block: boolean;
}

/** What the part scans need of the guard. */
export interface PartScanner {
  readonly vault: TokenVault;
  scanText(state: CallPolicyState, text: string, part: Pick<TextPart, "path" | "role" | "kind">, direction: Direction, errors: string[]): ScannedText;
}

/** The value to write at a part's path for its enforced text. */
function fieldValue(part: TextPart, text: string): string {
  return part.encoded ? encodeInlineText(text, part.encoded.prefix) : text;
}

/** Finding type of an inline binary payload, by media type. */
function unscannedType(mediaType: string): string {
  return mediaType.startsWith("image/") ? "UNSCANNED_IMAGE" : mediaType.startsWith("audio/") ? "UNSCANNED_AUDIO" : "UNSCANNED_FILE";
}

/**
 * The policy's decision on an inline binary payload no detector reads (an image, audio, a PDF): reported as one
 * `evasion` finding (content kept from inspection) of type `UNSCANNED_IMAGE` / `_AUDIO` / `_FILE`. Only a rule
 * that names it decides (without one it passes, unrecorded, so it adds no risk score); any action but `allow` and
 * `monitor` refuses the call, since nothing can be rewritten inside binary data.
 */
function decideUnscanned(state: CallPolicyState, part: TextPart, mediaType: string): { entries: DecisionEntry[]; block: boolean } {
  const finding: Finding = { detector: "enforce.unscanned", category: "evasion", type: unscannedType(mediaType), start: 0, end: 0, score: 1, explanation: `inline ${mediaType || "binary"} data that no detector reads` };
  const entries: DecisionEntry[] = [];
  let block = false;
  for (const d of decideFindings({ part, direction: "request", findings: [finding], textClasses: [], thresholds: state.thresholds, ruleSet: state.ruleSet })) {
    if (d.entry.ruleId === undefined) continue;
    if (d.entry.action !== "allow" && d.entry.action !== "monitor") {
      d.entry.action = "block";
      block = true;
    }
    entries.push(d.entry);
  }
  return { entries, block };
}

/** Detect, decide and enforce on every request part. */
export function scanRequestParts(guard: PartScanner, state: CallPolicyState, parts: readonly TextPart[]): ScannedParts {
  const entries: DecisionEntry[] = [];
  const errors: string[] = [];
  const rewrites: PartRewrite[] = [];
  let block = false;
  for (const part of parts) {
    if (part.unscanned !== undefined) {
      const u = decideUnscanned(state, part, part.unscanned.mediaType);
      for (const e of u.entries) entries.push(e);
      if (u.block) block = true;
      continue;
    }
    if (part.text.length === 0) continue;
    const r = guard.scanText(state, part.text, part, "request", errors);
    for (const d of r.decided) entries.push(d.entry);
    if (r.block) block = true;
    if (r.text !== undefined) rewrites.push({ path: part.path, text: fieldValue(part, r.text) });
  }
  return { entries, errors, rewrites, block };
}

/** {@link ScannedParts} of a response, with what restoring the conversation's tokens did. */
export interface ScannedResponse extends ScannedParts {
  /** Vault tokens put back for the caller. */
  restored: number;
  /** Whether a policy edit (not only a restoration) changed a text. */
  transformed: boolean;
  /** Whether a part holds tool-call argument text. */
  toolText: boolean;
}

/** Detect, decide and enforce on every response part, restoring the conversation's tokens. */
export function scanResponseParts(guard: PartScanner, state: CallPolicyState, parts: readonly TextPart[]): ScannedResponse {
  const entries: DecisionEntry[] = [];
  const errors: string[] = [];
  const rewrites: PartRewrite[] = [];
  let block = false;
  let restored = 0;
  let transformed = false;
  let toolText = false;
  for (const part of parts) {
    if (part.text.length === 0) continue;
    if (part.kind === "tool_call_arguments") toolText = true;
    const r = guard.scanText(state, part.text, part, "response", errors);
    for (const d of r.decided) entries.push(d.entry);
    if (r.block) block = true;
    if (r.text !== undefined) transformed = true;
    // Tokens the model wrote are restored in the same pass as the policy's edits, so a value the response rules
    // themselves tokenize stays a token for the caller.
    const back = restoreEdits(guard.vault, state.conversation, part.text, r.edits);
    restored += back.length;
    const text = back.length === 0 ? r.text : applyEdits(part.text, [...r.edits, ...back].sort((a, b) => a.start - b.start));
    if (text !== undefined && text !== part.text) rewrites.push({ path: part.path, text: fieldValue(part, text) });
  }
  return { entries, errors, rewrites, block, restored, transformed, toolText };
}
