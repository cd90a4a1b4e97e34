import { encodeInlineText } from "../api/inline-text-file.js";
import type { Direction } from "../core/detector.js";
import type { JsonPath, TextKind, TextPart } from "../core/message-spec.js";
import type { Finding } from "../core/finding.js";
import { decideFindings } from "../decide/decide.js";
import type { DecisionEntry } from "../decide/decision-path.js";
import type { CallPolicyState, ScannedText } from "./call-policy-state.js";
import { applyEdits, type Edit } from "./operators.js";
import { restoreEdits } from "./restore-edits.js";
import { scanGroup } from "./scan-group.js";
import { scanSeam, seamsOf } from "./scan-seams.js";
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

/**
 * Kinds of request text a model reads run together when they follow each other (a message's blocks, turns). System
 * text too: Anthropic `system` blocks, a system message's content parts and consecutive system messages are one
 * prompt to the model, so a key cut over two of them must be found as in user text; and the text blocks of an
 * Anthropic `document` with a `content` source, which the model reads as one document.
 */
const RUN_KINDS = new Set<TextKind>(["text", "prompt", "input", "tool_result", "system", "document"]);

/**
 * Fields that hold a turn's text either as one string or as a list of text blocks (`content` of a message, an
 * Anthropic tool result, a Responses message; `output` of a Responses tool output): the string reads like a single
 * block, so a string turn and a block turn next to it are one run like two string turns or two block turns.
 */
const STRING_OR_BLOCKS = new Set(["content", "output"]);

/** The path a part would have as a text block: a string given for a whole `content` reads as its block 0. */
function blockPath(path: TextPart["path"]): TextPart["path"] {
  const last = path[path.length - 1];
  return typeof last === "string" && STRING_OR_BLOCKS.has(last) ? [...path, 0, "text"] : path;
}

/**
 * Whether two request parts (next to each other in document order) are read by the model as one run of text:
 * scannable parts of the same kind and role whose paths differ only in array indices once a string `content` is
 * read as its first text block (a message's content parts, Anthropic text blocks and `system` blocks, consecutive
 * turns of one role, whether each gives its content as a string or as blocks).
 */
function joinableRequest(a: TextPart, b: TextPart): boolean {
  if (a.kind !== b.kind || a.role !== b.role || !RUN_KINDS.has(a.kind)) return false;
  if (a.unscanned !== undefined || b.unscanned !== undefined || a.extracted !== undefined || b.extracted !== undefined || a.encoded || b.encoded) return false;
  let p = a.path;
  let q = b.path;
  if (p.length !== q.length) {
    p = blockPath(p);
    q = blockPath(q);
    if (p.length !== q.length) return false;
  }
  let diff = 0;
  for (let i = 0; i < p.length; i++) {
    const x = p[i];
    const y = q[i];
    if (x === y) continue;
    if (typeof x !== "number" || typeof y !== "number") return false;
    diff++;
  }
  return diff > 0;
}

/** `live` cut into the runs `join` says are read as one text. */
function runsOf(live: readonly TextPart[], join: (a: TextPart, b: TextPart) => boolean): TextPart[][] {
  const runs: TextPart[][] = [];
  for (let i = 0; i < live.length; ) {
    let j = i + 1;
    while (j < live.length && join(live[j - 1] as TextPart, live[j] as TextPart)) j++;
    runs.push(live.slice(i, j));
    i = j;
  }
  return runs;
}

/** The request's parts as {@link scanRequestParts} scans them: runs of text read as one, and inline binary payloads (never joined: {@link joinableRequest}). */
function requestRuns(parts: readonly TextPart[]): TextPart[][] {
  return runsOf(
    parts.filter((p) => p.unscanned !== undefined || p.text.length > 0),
    joinableRequest,
  );
}

/** A text the part scans detect in, with the role it is detected as. */
export interface TextToScan {
  text: string;
  role: TextPart["role"];
}

/** Each part's text, and each run's joined text: what {@link scanGroup} detects in. */
function textsOfRuns(runs: readonly TextPart[][]): TextToScan[] {
  const out: TextToScan[] = [];
  for (const run of runs) {
    const first = run[0] as TextPart;
    if (first.unscanned !== undefined) continue;
    for (const p of run) out.push({ text: p.text, role: p.role });
    if (run.length > 1) out.push({ text: run.map((p) => p.text).join(""), role: first.role });
  }
  return out;
}

/** The texts {@link scanRequestParts} will detect in (to detect the large ones ahead, on a thread). */
export function requestScanTexts(parts: readonly TextPart[]): TextToScan[] {
  return textsOfRuns(requestRuns(parts));
}

/**
 * Detect, decide and enforce on every request part. Adjacent text parts the model reads as one run (see
 * {@link joinableRequest}) are scanned as one text, so a value cut over two content parts or blocks is still found;
 * the edits are cut back into the parts (a replacement where its span starts, the rest removed).
 */
export function scanRequestParts(guard: PartScanner, state: CallPolicyState, parts: readonly TextPart[]): ScannedParts {
  const entries: DecisionEntry[] = [];
  const errors: string[] = [];
  const rewrites: PartRewrite[] = [];
  let block = false;
  // Edits per part, applied once every run and seam is scanned (a seam may add edits to a part its run changed).
  const pending = new Map<TextPart, Edit[]>();
  const runs = requestRuns(parts);
  for (const group of runs) {
    const part = group[0] as TextPart;
    if (part.unscanned !== undefined) {
      const u = decideUnscanned(state, part, part.unscanned.mediaType);
      for (const e of u.entries) entries.push(e);
      if (u.block) block = true;
      continue;
    }
    const r = scanGroup((...a) => guard.scanText(...a), state, group, "request", errors);
    for (const d of r.decided) entries.push(d.entry);
    if (r.block) block = true;
    if (part.extracted !== undefined) {
      // Text read out of a binary file (a PDF) cannot be written back: what the policy would rewrite refuses the call.
      for (const d of r.decided) {
        if (d.entry.action === "allow" || d.entry.action === "monitor" || d.entry.action === "block") continue;
        d.entry.reason = `${d.entry.reason}; in ${part.extracted.mediaType} data, which cannot be rewritten`;
        d.entry.action = "block";
        block = true;
      }
      continue;
    }
    if (!r.changed) continue;
    group.forEach((p, k) => pending.set(p, [...(r.edits[k] as Edit[])]));
  }
  // A value cut over turns with other turns between them, or over two tool calls' argument strings.
  for (const seam of seamsOf(runs)) {
    const r = scanSeam((...a) => guard.scanText(...a), state, seam, "request", errors);
    for (const d of r.decided) entries.push(d.entry);
    if (r.block) block = true;
    addEdits(pending, seam.a, r.editsA);
    addEdits(pending, seam.b, r.editsB);
  }
  for (const [p, edits] of pending) {
    const out = applyEdits(p.text, edits);
    if (out !== undefined && out !== p.text) rewrites.push({ path: p.path, text: fieldValue(p, out) });
  }
  return { entries, errors, rewrites, block };
}

/** Add a seam's edits to a part's, leaving out those that overlap an edit it already has. */
function addEdits(pending: Map<TextPart, Edit[]>, part: TextPart, edits: readonly Edit[]): void {
  if (edits.length === 0) return;
  const mine = pending.get(part) ?? [];
  for (const e of edits) if (!mine.some((x) => x.start < e.end && e.start < x.end)) mine.push(e);
  mine.sort((x, y) => x.start - y.start);
  pending.set(part, mine);
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

/**
 * Whether two response parts are sibling texts a client joins (Anthropic text blocks, Responses `output_text` parts,
 * which SDKs concatenate): both `text`, paths alike but for one array index.
 */
function joinable(a: TextPart, b: TextPart): boolean {
  if (a.kind !== "text" || b.kind !== "text" || a.path.length !== b.path.length || a.encoded || b.encoded) return false;
  let diff = 0;
  for (let i = 0; i < a.path.length; i++) {
    const x = a.path[i];
    const y = b.path[i];
    if (x === y) continue;
    if (typeof x !== "number" || typeof y !== "number" || ++diff > 1) return false;
  }
  return diff === 1;
}

/** The response's text parts as {@link scanResponseParts} scans them: runs of sibling texts a client joins. */
function responseRuns(parts: readonly TextPart[]): TextPart[][] {
  return runsOf(
    parts.filter((p) => p.text.length > 0),
    joinable,
  );
}

/** The texts {@link scanResponseParts} will detect in (to detect the large ones ahead, on a thread). */
export function responseScanTexts(parts: readonly TextPart[]): TextToScan[] {
  return textsOfRuns(responseRuns(parts));
}

/**
 * Detect, decide and enforce on every response part, restoring the conversation's tokens. Sibling text parts a
 * client joins are scanned as one text, so a value cut over two blocks is still found.
 */
export function scanResponseParts(guard: PartScanner, state: CallPolicyState, parts: readonly TextPart[]): ScannedResponse {
  const entries: DecisionEntry[] = [];
  const errors: string[] = [];
  const rewrites: PartRewrite[] = [];
  let block = false;
  let restored = 0;
  let transformed = false;
  let toolText = false;
  for (const group of responseRuns(parts)) {
    const first = group[0] as TextPart;
    if (first.kind === "tool_call_arguments") toolText = true;
    const r = scanGroup((...a) => guard.scanText(...a), state, group, "response", errors);
    for (const d of r.decided) entries.push(d.entry);
    if (r.block) block = true;
    if (r.changed) transformed = true;
    const edits = r.edits;
    group.forEach((part, k) => {
      const mine = edits[k] as Edit[];
      // Tokens the model wrote are restored in the same pass as the policy's edits, so a value the response rules
      // themselves tokenize stays a token for the caller.
      const back = restoreEdits(guard.vault, state.conversation, part.text, mine, part.kind);
      restored += back.length;
      const all = back.length === 0 ? mine : [...mine, ...back].sort((a, b) => a.start - b.start);
      const out = applyEdits(part.text, all);
      if (out !== undefined && out !== part.text) rewrites.push({ path: part.path, text: fieldValue(part, out) });
    });
  }
  return { entries, errors, rewrites, block, restored, transformed, toolText };
}
