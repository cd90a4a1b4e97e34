import { LabelWindow, verdictIn } from "./context.js";
import type { NumericCandidate } from "./numeric-candidates.js";
import type { PiiHit } from "./pii-detector.js";

/**
 * A digit-only identifier: which shapes it takes, how it validates and how context changes its score.
 * Scores follow one rule so they are comparable across types: `bare` when the value stands alone
 * (set by how much a random number of that shape could pass the validator), `withContext` when a
 * label word ("ssn", "iban", ...) is near.
 */
export interface NumericIdSpec {
  type: string;
  /** Allowed group shapes ("9", "3-2-4", ...); `*` allows any grouping of the right digit count. */
  shapes: readonly string[];
  /** Allowed separator characters when grouped. */
  seps: string;
  /** The groups may be set apart by different separators of `seps` ("82.06.14-536.32"); default: one throughout. */
  mixedSeps?: boolean;
  validate(digits: string): boolean;
  /** Score for a valid, contiguous (single group) value with no context. */
  bare: number;
  /** Score for a valid value in one of the grouped shapes with no context (defaults to bare). */
  formatted?: number;

  withContext: number;
  context: RegExp;
  /** Words that make the number something else (order ids, timestamps): score is scaled down. */
  negativeContext?: RegExp;
  explanation: string;
}

interface SpecIndex {
  byShape: Map<string, NumericIdSpec[]>;
  anyShape: NumericIdSpec[];
}
const indexCache = new WeakMap<readonly NumericIdSpec[], SpecIndex>();

/** Specs grouped by the shapes they accept, so each candidate is checked against few specs. */
function indexOf(specs: readonly NumericIdSpec[]): SpecIndex {
  let idx = indexCache.get(specs);
  if (idx) return idx;
  idx = { byShape: new Map(), anyShape: [] };
  for (const spec of specs) {
    for (const s of spec.shapes) {
      if (s === "*") idx.anyShape.push(spec);
      else idx.byShape.set(s, [...(idx.byShape.get(s) ?? []), spec]);
    }
  }
  indexCache.set(specs, idx);
  return idx;
}

function sepsOk(spec: NumericIdSpec, c: NumericCandidate): boolean {
  for (let i = 0; i < c.seps.length; i++) {
    const ch = c.seps[i] ?? "";
    if (!spec.seps.includes(ch) || (!spec.mixedSeps && ch !== c.seps[0])) return false;
  }
  return true;
}

/**
 * True when the digits continue an alphanumeric code on the left with the same grouping
 * ("SI59 1118 0244 2209 917": the groups after the IBAN prefix are not a card or NHS number).
 */
export function continuesCode(text: string, c: NumericCandidate): boolean {
  const sep = text[c.start - 1];
  if (sep !== " " && sep !== "-") return false;
  return /[A-Za-z][A-Za-z0-9]*\d$|\d[A-Za-z]+$/.test(text.slice(Math.max(0, c.start - 12), c.start - 1));
}

/** True when `(dd…) ` (two to four digits in brackets, then a space) stands right before `start`. */
function afterAreaCode(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 41) return false;
  let i = start - 3;
  while (i >= 0 && start - 3 - i < 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i--;
  return i <= start - 5 && text.charCodeAt(i) === 40;
}

/** Run digit-ID specs over the shared candidates; one hit per type per span, longest spans win. */
export function runNumericSpecs(
  text: string,
  cands: readonly NumericCandidate[],
  specs: readonly NumericIdSpec[],
  out: PiiHit[],
): void {
  const idx = indexOf(specs);
  const lastEnd = new Map<string, number>();
  for (const c of cands) {
    const forShape = idx.byShape.get(c.shape);
    if (!forShape && idx.anyShape.length === 0) continue;
    if (continuesCode(text, c)) continue;
    // one dot between two digit groups is a decimal number ("lon -122.419416"), never a grouped identifier
    if (c.seps === ".") continue;
    // right after an area code in brackets it is a phone number's local part ("(11) 98456-5666", "(02) 9374 4000");
    // an SSN-shaped ddd-dd-dddd after "(1) " in a list stays what it is
    if (c.shape !== "3-2-4" && afterAreaCode(text, c.start)) continue;
    let window: LabelWindow | undefined;
    for (const spec of forShape ? [...forShape, ...idx.anyShape] : idx.anyShape) {
      if (c.start < (lastEnd.get(spec.type) ?? -1)) continue;
      if (c.seps.length > 0 && !sepsOk(spec, c)) continue;
      if (!spec.validate(c.digits)) continue;
      // the nearest label before the value decides ("order no. 123-45-6789" is an order number even with "ssn"
      // further back); a label after the value counts when nothing labels it before ("... es mi DNI")
      window ??= new LabelWindow(text, c.start, c.end);
      // context-only types (bank account, licence, passport digits): no positive label, no finding, so the
      // negative words need not be searched
      if (spec.bare <= 0 && (spec.formatted ?? 0) <= 0 && window.lastBefore(spec.context)[1] < 0 && !window.afterHas(spec.context)) continue;
      const label = verdictIn(window, spec.context, spec.negativeContext);
      const ctx = label === "positive";
      let score = ctx ? spec.withContext : c.seps.length > 0 ? (spec.formatted ?? spec.bare) : spec.bare;
      if (label === "negative") score *= 0.5;
      if (score <= 0) continue;
      out.push({
        type: spec.type,
        start: c.start,
        end: c.end,
        score,
        explanation: ctx ? `${spec.explanation}, with context words` : spec.explanation,
      });
      lastEnd.set(spec.type, c.end);
    }
  }
}
