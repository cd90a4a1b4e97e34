import type { Direction } from "../core/detector.js";
import type { TextPart } from "../core/message-spec.js";
import type { Decided } from "../decide/decide.js";
import type { CallPolicyState, ScannedText } from "./call-policy-state.js";
import type { Edit } from "./operators.js";

/** What scanning a run of parts read as one text gives. */
export interface ScannedGroup {
  decided: Decided[];
  /** The edits of each part, in that part's own offsets. */
  edits: Edit[][];
  block: boolean;
  /** Whether some part's text changes. */
  changed: boolean;
}

type ScanText = (state: CallPolicyState, text: string, part: Pick<TextPart, "path" | "role" | "kind">, direction: Direction, errors: string[]) => ScannedText;

/** The edits of a joined text cut back into its parts: a replacement goes to the part where its span starts, the rest of the span is removed from the next parts. */
export function splitEdits(edits: readonly Edit[], group: readonly TextPart[]): Edit[][] {
  const out: Edit[][] = group.map(() => []);
  let off = 0;
  group.forEach((part, k) => {
    const end = off + part.text.length;
    for (const e of edits) {
      const s = Math.max(e.start, off);
      const t = Math.min(e.end, end);
      if (s < t || (e.start === e.end && e.start >= off && e.start < end)) (out[k] as Edit[]).push({ start: s - off, end: t - off, replacement: e.start >= off ? e.replacement : "" });
    }
    off = end;
  });
  return out;
}

/**
 * Scan a run of parts that a model or a client reads as one text (a message's text blocks, sibling answer parts).
 * Each part is scanned on its own, as it is; then the joined text, from which only what crosses a boundary between
 * parts is taken: a value cut over two parts is found, and gluing two parts together ("…key" + "a…") can never
 * hide what one part alone shows. Costs a second scan of the run's text, only for runs of two or more parts.
 */
export function scanGroup(scan: ScanText, state: CallPolicyState, group: readonly TextPart[], direction: Direction, errors: string[]): ScannedGroup {
  const first = group[0] as TextPart;
  if (group.length === 1) {
    const r = scan(state, first.text, first, direction, errors);
    return { decided: r.decided, edits: [r.edits], block: r.block, changed: r.text !== undefined };
  }
  const starts: number[] = [];
  const decided: Decided[] = [];
  const edits: Edit[] = [];
  let block = false;
  let changed = false;
  let off = 0;
  for (const p of group) {
    starts.push(off);
    const r = scan(state, p.text, p, direction, errors);
    for (const d of r.decided) decided.push(d);
    for (const e of r.edits) edits.push({ start: e.start + off, end: e.end + off, replacement: e.replacement });
    if (r.block) block = true;
    if (r.text !== undefined) changed = true;
    off += p.text.length;
  }
  const crosses = (s: number, e: number): boolean => starts.some((b, k) => k > 0 && s < b && b < e);
  const joined = scan(state, group.map((p) => p.text).join(""), first, direction, errors);
  // A value reported in parts (a key cut in two with words between) is taken when its parts lie in different parts.
  const parts: { start: number; end: number }[] = [];
  for (const d of joined.decided) {
    const f = d.finding;
    if (!crosses(f.spread?.start ?? f.start, f.spread?.end ?? f.end)) continue;
    decided.push(d);
    if (f.spread) parts.push(f);
    if (d.entry.action === "block") block = true;
  }
  for (const e of joined.edits) {
    const ofParts = parts.some((p) => p.start < e.end && e.start < p.end);
    if ((!crosses(e.start, e.end) && !ofParts) || edits.some((x) => x.start < e.end && e.start < x.end)) continue;
    edits.push(e);
    changed = true;
  }
  edits.sort((a, b) => a.start - b.start);
  return { decided, edits: block ? group.map(() => []) : splitEdits(edits, group), block, changed };
}
