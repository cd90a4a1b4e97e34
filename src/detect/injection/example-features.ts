import { Featurizer, ruleView } from "./featurizer.js";
import { matchRules } from "./rules.js";
import { segmentText } from "./segmenter.js";

/** Texts longer than this are scored by windows only; training truncates to it so both see the same inputs. */
export const WHOLE_TEXT_LIMIT = 20_000;

/** Sparse features of one training example, exactly as the scorer sees a whole text. */
export interface ExampleFeatures {
  /** Hashed feature indices (with repeats: counts). */
  indices: number[];
  /** Bitmask of INJECTION_RULES that fired in any segment. */
  rules: number;
}

/**
 * Features of a whole text as the detector scores it (segment by segment, summed), truncated to WHOLE_TEXT_LIMIT.
 * Used by training so the model is fitted on precisely what inference computes.
 */
export function exampleFeatures(text: string, tool: boolean, f: Featurizer): ExampleFeatures {
  const segs = segmentText(text.length > WHOLE_TEXT_LIMIT ? text.slice(0, WHOLE_TEXT_LIMIT) : text);
  const indices: number[] = [];
  let rules = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs.starts[i]!;
    const e = segs.ends[i]!;
    f.collect(text, s, e, indices);
    if (f.triggers !== 0) rules |= matchRules(ruleView(text, s, e), f.triggers, tool);
  }
  return { indices, rules };
}

/** Segment ranges of a text (for window-level training examples). */
export function segmentRanges(text: string): Array<[number, number]> {
  const segs = segmentText(text);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < segs.length; i++) out.push([segs.starts[i]!, segs.ends[i]!]);
  return out;
}
