import type { Direction } from "../core/detector.js";
import type { TextKind, TextPart } from "../core/message-spec.js";
import type { Decided } from "../decide/decide.js";
import type { CallPolicyState, ScannedText } from "./call-policy-state.js";
import { keyLike } from "../detect/shared/key-like.js";
import type { Edit } from "./operators.js";

/**
 * How many characters of each side of a seam are scanned together: enough for a key cut in two with a sentence
 * between ("first half: sk-proj-…" / "and the rest: …"), while the cost per turn stays fixed.
 */
export const SEAM_WINDOW = 512;

/**
 * Beyond the windows, the key-like tokens nearest the seam are read together too: the last {@link FAR_TOKENS} of the
 * one side and the first of the other (a digit, or a capital past the first character; 4-200 key characters), so that
 * a key's head at the top of a long turn and its tail deep in the next ("my key starts AKIAZ3MHQK" … two pages …
 * "it ends 7XN2PLW4RB, join them") are found as the split key they are. Only values (secrets, personal data, custom
 * values) read across the line between the two sides are taken from this reading: a key joined there is a whole key
 * of its rule (pattern and validator), and a line of tokens holds no instruction.
 */
export const FAR_TOKENS = 8;
const KEY_TOKEN = /[A-Za-z0-9_-]{4,200}/g;

/** The key-like tokens of `text`: the last `n` (`from: "end"`) or the first `n`. */
function keyTokens(text: string, n: number, from: "start" | "end"): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  KEY_TOKEN.lastIndex = 0;
  for (let m = KEY_TOKEN.exec(text); m !== null; m = KEY_TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // whole tokens only: not the piece of a longer run the length cap cut
    if (/[A-Za-z0-9_-]/.test(text.charAt(end)) || /[A-Za-z0-9_-]/.test(text.charAt(start - 1))) continue;
    if (!keyLike(text, start, end)) continue;
    out.push({ start, end });
    if (from === "start" && out.length === n) break;
    if (from === "end" && out.length > n) out.shift();
  }
  return out;
}

interface Range {
  start: number;
  end: number;
}

const overlaps = (x: Range, y: Range): boolean => x.start < y.end && y.start < x.end;

/** A piece of a composed seam text: where it is in the composed text, where it came from, and from which side. */
interface Piece {
  at: number;
  from: number;
  length: number;
  side: "a" | "b";
}

/** Kinds of request text whose turns (or tool-call argument strings) a model reads one after the other. */
const SEAM_KINDS = new Set<TextKind>(["text", "prompt", "input", "tool_result", "system", "instructions", "document", "tool_call_arguments"]);

/**
 * The run a turn continues for the model: the operator's prompts (system and developer messages, a Responses
 * `instructions`) are one stream of instructions to it, as `system` covers `developer` in rules.
 */
function seamKey(p: TextPart): string {
  const role = p.role === "developer" ? "system" : p.role;
  const kind = p.kind === "instructions" ? "system" : p.kind;
  return `${role}\u0000${kind}`;
}

/**
 * The end of one run and the start of the next run of the same role and kind (other turns between them), or of the
 * run right after it.
 */
export interface Seam {
  a: TextPart;
  b: TextPart;
  /** Adjacent turns of different roles: only values (secrets, personal data, custom values) are taken across them. */
  crossRole?: true;
}

/**
 * What a seam between turns of different roles may find: values cut in two. Not injection or the like: the operator's
 * system prompt read on into the user's turn must not count as the user's instruction ("You are…" + "hi").
 */
const CROSS_ROLE_CATEGORIES: ReadonlySet<string> = new Set(["secret", "pii", "custom", "confidential"]);

/** Whether edits made in a seam can be written back to a part (text held as is: not extracted or encoded). */
function seamable(p: TextPart): boolean {
  return SEAM_KINDS.has(p.kind) && p.unscanned === undefined && p.extracted === undefined && !p.encoded && p.text.length > 0;
}

/**
 * The seams between runs of one role and kind (system and developer counting as one) that are not read as one run
 * because other turns stand between them (user, assistant, user) or because each is a separate string (the argument
 * strings of two tool calls): a value cut over them is read by the model, which is told to put it together, so the end
 * of one and the start of the next are scanned as one text.
 */
export function seamsOf(runs: readonly (readonly TextPart[])[]): Seam[] {
  const last = new Map<string, TextPart>();
  const out: Seam[] = [];
  /** The end of the run just before (any role), when it can take edits. */
  let before: TextPart | undefined;
  /**
   * The end of the run before the model's own tool calls (their argument strings), carried over them: the model reads
   * a user's turn, its call (`{}`), then the tool's result, as one after the other.
   */
  let overCalls: TextPart | undefined;
  for (const run of runs) {
    const first = run[0];
    const end = run[run.length - 1];
    const isCall = first?.kind === "tool_call_arguments";
    const carried = isCall ? (overCalls ?? before) : overCalls;
    overCalls = isCall ? carried : undefined;
    if (first === undefined || end === undefined || !seamable(first)) {
      before = undefined;
      continue;
    }
    const key = seamKey(first);
    const prev = last.get(key);
    if (prev !== undefined) out.push({ a: prev, b: first });
    // Next to each other, turns of other roles are read one after the other too ("…the key starts ghp_…" in the
    // system prompt, "…and ends …" in the user's turn; a user turn, then a tool result).
    if (before !== undefined && before !== prev && seamKey(before) !== key) out.push({ a: before, b: first, crossRole: true });
    // And over the tool calls between them (a user turn; the call; the tool result).
    if (!isCall && carried !== undefined && carried !== prev && carried !== before && seamKey(carried) !== key) out.push({ a: carried, b: first, crossRole: true });
    if (seamable(end)) last.set(key, end);
    else last.delete(key);
    before = seamable(end) ? end : undefined;
  }
  return out;
}

/** What a seam scan adds: decisions on values cut over the seam, and the edits of each side in its own offsets. */
export interface ScannedSeam {
  decided: Decided[];
  editsA: Edit[];
  editsB: Edit[];
  block: boolean;
}

type ScanText = (state: CallPolicyState, text: string, part: Pick<TextPart, "path" | "role" | "kind">, direction: Direction, errors: string[]) => ScannedText;

/**
 * Scan the last {@link SEAM_WINDOW} characters of `seam.a` and the first of `seam.b`, a line break between them (so
 * the two sides are never glued into one token), and keep only what crosses the line break: a finding that spans it,
 * or a value reported in parts (`spread`) with a part on each side. Everything else was decided in the parts' own scans.
 */
export function scanSeam(scan: ScanText, state: CallPolicyState, seam: Seam, direction: Direction, errors: string[]): ScannedSeam {
  const from = Math.max(0, seam.a.text.length - SEAM_WINDOW);
  const tail = seam.a.text.slice(from);
  const head = seam.b.text.slice(0, SEAM_WINDOW);
  const bStart = tail.length + 1;
  const r = scan(state, `${tail}\n${head}`, seam.b, direction, errors);
  const crosses = (s: number, e: number): boolean => s < tail.length && e > tail.length;
  const decided: Decided[] = [];
  const spans: { start: number; end: number }[] = [];
  let block = false;
  for (const d of r.decided) {
    const f = d.finding;
    if (!crosses(f.spread?.start ?? f.start, f.spread?.end ?? f.end)) continue;
    if (seam.crossRole && !CROSS_ROLE_CATEGORIES.has(f.category)) continue;
    decided.push(d);
    spans.push(f);
    if (d.entry.action === "block") block = true;
  }
  const editsA: Edit[] = [];
  const editsB: Edit[] = [];
  for (const e of r.edits) {
    if (!spans.some((s) => s.start < e.end && e.start < s.end)) continue;
    if (e.start < tail.length) editsA.push({ start: from + e.start, end: from + Math.min(e.end, tail.length), replacement: e.replacement });
    if (e.end > bStart) editsB.push({ start: Math.max(0, e.start - bStart), end: e.end - bStart, replacement: e.start >= bStart ? e.replacement : "" });
  }
  if (seam.a.text.length > SEAM_WINDOW || seam.b.text.length > SEAM_WINDOW) {
    // What the window scan took, in each side's own offsets: the far reading does not take it again.
    const seenA = spans.filter((x) => x.start < tail.length).map((x) => ({ start: from + x.start, end: from + Math.min(x.end, tail.length) }));
    const seenB = spans.filter((x) => x.end > bStart).map((x) => ({ start: Math.max(0, x.start - bStart), end: x.end - bStart }));
    const far = scanFar(scan, state, seam, direction, errors, { a: seenA, b: seenB });
    decided.push(...far.decided);
    editsA.push(...far.editsA);
    editsB.push(...far.editsB);
    if (far.block) block = true;
  }
  return { decided, editsA, editsB, block };
}

/**
 * The far reading of a seam ({@link FAR_TOKENS}): the key-like tokens nearest it, one line per side, scanned
 * together; a value read across the line (whole, or reported in parts) is taken unless both its parts lie within the
 * windows' scan took it already (`seen`: its findings in each side's offsets).
 */
function scanFar(scan: ScanText, state: CallPolicyState, seam: Seam, direction: Direction, errors: string[], seen: { a: readonly Range[]; b: readonly Range[] }): ScannedSeam {
  const pieces: Piece[] = [];
  let text = "";
  const add = (side: "a" | "b", source: string, tokens: readonly { start: number; end: number }[]): void => {
    tokens.forEach((t, k) => {
      if (k > 0) text += " ";
      pieces.push({ at: text.length, from: t.start, length: t.end - t.start, side });
      text += source.slice(t.start, t.end);
    });
  };
  const tokensA = keyTokens(seam.a.text, FAR_TOKENS, "end");
  const tokensB = keyTokens(seam.b.text, FAR_TOKENS, "start");
  const none: ScannedSeam = { decided: [], editsA: [], editsB: [], block: false };
  if (tokensA.length === 0 || tokensB.length === 0) return none;
  add("a", seam.a.text, tokensA);
  const line = text.length;
  text += "\n";
  add("b", seam.b.text, tokensB);
  const r = scan(state, text, seam.b, direction, errors);
  /** The source range of composed [s, e) on one side, or undefined when it has nothing there. */
  const sourceOf = (s: number, e: number, side: "a" | "b"): { start: number; end: number } | undefined => {
    let start = -1;
    let end = -1;
    for (const p of pieces) {
      if (p.side !== side || p.at >= e || p.at + p.length <= s) continue;
      const ps = p.from + Math.max(0, s - p.at);
      const pe = p.from + Math.min(p.length, e - p.at);
      if (start < 0) start = ps;
      end = pe;
    }
    return start < 0 ? undefined : { start, end };
  };
  const decided: Decided[] = [];
  const spans: { start: number; end: number }[] = [];
  let block = false;
  for (const d of r.decided) {
    const f = d.finding;
    const start = f.spread?.start ?? f.start;
    const end = f.spread?.end ?? f.end;
    // Values only (a line of tokens holds no instruction), and only one read across the line.
    if (!(start < line && end > line) || !CROSS_ROLE_CATEGORIES.has(f.category)) continue;
    const a = sourceOf(start, line, "a");
    const b = sourceOf(line + 1, end, "b");
    if ((a !== undefined && seen.a.some((x) => overlaps(x, a))) || (b !== undefined && seen.b.some((x) => overlaps(x, b)))) continue;
    decided.push(d);
    spans.push(f);
    if (d.entry.action === "block") block = true;
  }
  const editsA: Edit[] = [];
  const editsB: Edit[] = [];
  for (const e of r.edits) {
    if (!spans.some((s) => s.start < e.end && e.start < s.end)) continue;
    const a = sourceOf(e.start, Math.min(e.end, line), "a");
    const b = sourceOf(Math.max(e.start, line + 1), e.end, "b");
    if (a) editsA.push({ ...a, replacement: e.replacement });
    if (b) editsB.push({ ...b, replacement: a ? "" : e.replacement });
  }
  return { decided, editsA, editsB, block };
}
