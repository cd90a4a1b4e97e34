import { hasContext } from "./context.js";
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

function shapeMatches(spec: NumericIdSpec, c: NumericCandidate): boolean {
  const shape = c.shape;
  for (const s of spec.shapes) {
    if (s === shape) return true;
    if (s === "*" && c.groups.length > 0) return true;
  }
  return false;
}

/** Run digit-ID specs over the shared candidates; one hit per type per span, longest spans win. */
export function runNumericSpecs(
  text: string,
  cands: readonly NumericCandidate[],
  specs: readonly NumericIdSpec[],
  out: PiiHit[],
): void {
  for (const spec of specs) {
    let lastEnd = -1;
    for (const c of cands) {
      if (c.start < lastEnd) continue;
      if (!shapeMatches(spec, c)) continue;
      if (c.seps.length > 0) {
        let ok = true;
        for (let i = 0; i < c.seps.length; i++) {
          if (!spec.seps.includes(c.seps[i] ?? "") || c.seps[i] !== c.seps[0]) ok = false;
        }
        if (!ok) continue;
      }
      if (!spec.validate(c.digits)) continue;
      const ctx = hasContext(text, c.start, c.end, spec.context, 48, 24);
      let score = ctx ? spec.withContext : c.seps.length > 0 ? (spec.formatted ?? spec.bare) : spec.bare;
      if (!ctx && spec.negativeContext && hasContext(text, c.start, c.end, spec.negativeContext, 32, 0)) score *= 0.5;
      if (score <= 0) continue;
      out.push({
        type: spec.type,
        start: c.start,
        end: c.end,
        score,
        explanation: ctx ? `${spec.explanation}, with context words` : spec.explanation,
      });
      lastEnd = c.end;
    }
  }
}
