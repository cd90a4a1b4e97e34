/**
 * Turn labelled rows into training examples, featurised exactly as the detector scores: whole texts, plus
 * sentence windows (benign windows from documents; the injected sentence of indirect-injection documents), so the
 * model is fitted on the units it will score at inference.
 */
import { exampleFeatures, segmentRanges } from "../../src/detect/injection/example-features.js";
import { FEATURE_SET, Featurizer } from "../../src/detect/injection/featurizer.js";
import { Rng } from "./prng.js";
import type { DataRow } from "./injection-data.js";
import { target } from "./injection-data.js";
import type { TrainExample } from "../../src/detect/injection/linear-trainer.js";

function ex(text: string, tool: boolean, y: 0 | 1, f: Featurizer): TrainExample {
  const { indices, rules } = exampleFeatures(text, tool, f);
  return { idx: Int32Array.from(indices), rules, y, weight: 1 };
}

/**
 * Extra weight of third-party prompt rows (real attacks and real benign prompts) over generated and documentation
 * rows, which outnumber them about 4 to 1. Chosen by cross-validation on the development split (1, 2, 4, 8 tried:
 * 4 gave the best jailbreak recall at the lowest WildGuard false-positive rate; see models/injection/README.md).
 */
export const THIRD_PARTY_WEIGHT = 4;

/**
 * Sources read at plain weight although they are hand-written prompts. Red-team set 6 was studied while writing the
 * rules of session 15; at the third-party weight its training rows moved benign documents over the tool threshold
 * (set 5's documents as tool 1 -> 3 flagged, the held-out benign FPR 2.1% -> 2.6%), at plain weight no red-team set's
 * FPR rose by more than one row (dry runs with `--no-loso`, figures in models/injection/README.md).
 * Sets 9-11 were written as training data (session 16: 1,000 rows each, multilingual, English, code and documents).
 * Chosen with set 7 left out of training as the yardstick: without them set 7 scored 61.5% recall at 7.7% FPR as
 * user; with sets 9 and 10 at the third-party weight 69.0% at 8.9%, at plain weight 67.8% at 7.7%.
 * Set 16 joined in session 23 at plain weight, as set 6 did: its misses had been read while its benign look-alikes were
 * written into scripts/gen/injection-addressed.ts.
 */
const PLAIN_WEIGHT_SOURCES: ReadonlySet<string> = new Set([
  "redteam:injection-sample-6",
  "redteam:injection-sample-9",
  "redteam:injection-sample-10",
  "redteam:injection-sample-11",
  "redteam:injection-sample-16",
]);

/** Third-party prompt rows (the shared injection sets), as opposed to generated rows and benign filler text. */
function isThirdPartyPrompt(r: DataRow): boolean {
  return (
    !r.source.startsWith("gen:") &&
    !PLAIN_WEIGHT_SOURCES.has(r.source) &&
    !["node-types-docs", "docs-prose", "shared-pii-secrets"].includes(r.source)
  );
}

/** Build examples with class-balanced weights (third-party prompt rows weighted by `thirdPartyWeight`). */
export function buildExamples(
  rows: readonly DataRow[],
  hashBits: number,
  seed: number,
  thirdPartyWeight = THIRD_PARTY_WEIGHT,
  featureSet = FEATURE_SET,
): TrainExample[] {
  const f = new Featurizer(hashBits, featureSet);
  const rng = new Rng(seed);
  const out: TrainExample[] = [];
  const third: number[] = [];
  let prevFlag = 0;
  for (const r of rows) {
    while (third.length < out.length) third.push(prevFlag);
    prevFlag = isThirdPartyPrompt(r) ? 1 : 0;
    const y = target(r);
    if (r.attack !== undefined) {
      // Indirect injection document: the injected line (alone and with a neighbour) is the positive unit; the
      // document's other lines are benign windows.
      const at = r.text.indexOf(r.attack);
      out.push(ex(r.attack, r.tool, 1, f));
      const segs = segmentRanges(r.text);
      const hit = segs.findIndex(([s, e]) => s <= at && at < e);
      if (hit >= 0) {
        const lo = Math.max(0, hit - (rng.chance(0.5) ? 1 : 0));
        const hi = Math.min(segs.length - 1, hit + (rng.chance(0.5) ? 1 : 0));
        if (hi > lo) out.push(ex(r.text.slice(segs[lo]![0], segs[hi]![1]), r.tool, 1, f));
        for (let k = 0; k < 2; k++) {
          const i = rng.int(segs.length);
          if (Math.abs(i - hit) <= 0) continue;
          if (i < hit) out.push(ex(r.text.slice(segs[i]![0], segs[Math.min(i + rng.int(2), hit - 1)]![1]), r.tool, 0, f));
          else out.push(ex(r.text.slice(segs[i]![0], segs[Math.min(i + rng.int(2), segs.length - 1)]![1]), r.tool, 0, f));
        }
      }
      continue;
    }
    out.push(ex(r.text, r.tool, y, f));
    if (y === 0) {
      // Benign texts also teach what benign single sentences look like (the scorer scores windows of them).
      const segs = segmentRanges(r.text);
      if (segs.length >= 2) {
        for (let k = 0; k < Math.min(3, segs.length); k++) {
          const i = rng.int(segs.length);
          const j = Math.min(segs.length - 1, i + rng.int(3));
          out.push(ex(r.text.slice(segs[i]![0], segs[j]![1]), r.tool, 0, f));
        }
      }
    }
  }
  while (third.length < out.length) third.push(prevFlag);
  let pos = 0;
  let neg = 0;
  for (const e of out) e.y === 1 ? pos++ : neg++;
  const wp = pos > 0 ? (pos + neg) / (2 * pos) : 1;
  const wn = neg > 0 ? (pos + neg) / (2 * neg) : 1;
  for (const e of out) e.weight = e.y === 1 ? wp : wn;
  if (thirdPartyWeight !== 1) for (let i = 0; i < out.length; i++) if (third[i] === 1) out[i]!.weight *= thirdPartyWeight;
  return out;
}
