import { Featurizer, ruleView } from "./featurizer.js";
import { blankMentions, matchRules, MENTION_BIT } from "./rules.js";
import { hasScriptChar } from "./script-patterns.js";
import { segmentText } from "./segmenter.js";
import { framedText } from "./text-frames.js";
import { T_SCRIPT } from "./trigger-lexicon.js";

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
export function exampleFeatures(input: string, tool: boolean, f: Featurizer): ExampleFeatures {
  // The per-text frames, as scoreText reads them.
  const { text, transcript } = framedText(input, tool);
  const segs = segmentText(text.length > WHOLE_TEXT_LIMIT ? text.slice(0, WHOLE_TEXT_LIMIT) : text);
  const indices: number[] = [];
  let rules = 0;
  const seg: number[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs.starts[i]!;
    const e = segs.ends[i]!;
    seg.length = 0;
    f.collect(text, s, e, seg);
    // The script bit, set as scoreText sets it.
    const triggers = hasScriptChar(text, s, e) ? f.triggers | T_SCRIPT : f.triggers;
    if (triggers !== 0) {
      const view = ruleView(text, s, e);
      const mask = matchRules(view, triggers, tool, transcript);
      rules |= mask;
      if ((mask & MENTION_BIT) !== 0) {
        // As the scorer does: a quoted mention's n-grams come from the view with the quoted text blanked.
        const blanked = blankMentions(view) ?? view;
        seg.length = 0;
        f.collect(blanked, 0, blanked.length, seg);
      }
    }
    for (const x of seg) indices.push(x);
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
