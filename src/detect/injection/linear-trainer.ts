/**
 * Logistic regression over hashed sparse features + rule indicators, trained by plain SGD in TypeScript with a
 * seeded shuffle, so the same data and seed always give the same weights. Feature value of each hashed index
 * occurrence is 1/featureNorm(N) (N = feature count of the example), exactly like the scorer's window logit.
 * Lives beside the detector (not in scripts/) so users can retrain on their own data and the determinism test can
 * run without any data set; `npm run train:injection` drives it.
 */

/** mulberry32 Fisher-Yates shuffle, in place. */
function shuffle(xs: number[], seed: number, round: number): void {
  let s = (seed ^ Math.imul(round + 1, 0x9e3779b9)) >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const tmp = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = tmp;
  }
}
import { FEATURE_SET } from "./featurizer.js";
import { featureNorm, hashWeights, MODEL_FORMAT, type InjectionModel, type InjectionModelMeta } from "./injection-model.js";
import { INJECTION_RULES } from "./rules.js";

export interface TrainExample {
  /** Signed feature indices as produced by Featurizer.collect (`~i` = negative). */
  idx: Int32Array;
  rules: number;
  y: 0 | 1;
  weight: number;
}

export interface SgdOptions {
  hashBits: number;
  /** Featurizer feature set the examples were built with (recorded in the model). */
  featureSet: number;
  /** Knee of the feature normaliser (see InjectionModel.normKnee). */
  normKnee: number;
  epochs: number;
  learningRate: number;
  l2: number;
  ruleL2: number;
  seed: number;
}

export const DEFAULT_SGD: SgdOptions = {
  hashBits: 18,
  featureSet: FEATURE_SET,
  // Measured alternatives (knee 200-1500, mean normalisation, l2 2e-6..2e-3) traded recall for FPR without a
  // better balance on held-out templates; plain sqrt normalisation with moderate L2 is the shipped setting.
  normKnee: 1e9,
  epochs: 10,
  learningRate: 0.6,
  l2: 3e-4,
  ruleL2: 1e-3,
  seed: 7,
};

export interface FloatModel {
  w: Float64Array;
  rules: Float64Array;
  bias: number;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Fit the model. Deterministic for fixed inputs and options. */
export function trainLinear(examples: readonly TrainExample[], o: SgdOptions = DEFAULT_SGD): FloatModel {
  const size = 1 << o.hashBits;
  const w = new Float64Array(size);
  // Rule weights start at, and are regularised towards, each rule's hand-set prior: a rule that never fires in
  // the training data (an attack family the data lacks) keeps its prior instead of collapsing to zero.
  const prior = Float64Array.from(INJECTION_RULES, (r) => r.prior);
  const rw = Float64Array.from(prior);
  let b = 0;
  const order = examples.map((_, i) => i);
  let t = 0;
  const total = o.epochs * examples.length;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, o.seed, epoch);
    for (const k of order) {
      const ex = examples[k]!;
      const n = ex.idx.length;
      const inv = n > 0 ? 1 / featureNorm(n, o.normKnee) : 0;
      let s = 0;
      for (let j = 0; j < n; j++) {
        const h = ex.idx[j]!;
        s += h >= 0 ? w[h]! : -w[~h]!;
      }
      let z = b + s * inv;
      for (let m = ex.rules, r = 0; m !== 0; m >>>= 1, r++) if ((m & 1) !== 0) z += rw[r]!;
      const g = (sigmoid(z) - ex.y) * ex.weight;
      // Linearly decaying rate: large steps first, fine ones at the end.
      const lr = o.learningRate * (1 - t / total) + 0.01;
      t++;
      const gi = g * inv;
      for (let j = 0; j < n; j++) {
        const h = ex.idx[j]!;
        if (h >= 0) w[h] = w[h]! - lr * (gi + o.l2 * w[h]!);
        else w[~h] = w[~h]! - lr * (-gi + o.l2 * w[~h]!);
      }
      for (let m = ex.rules, r = 0; m !== 0; m >>>= 1, r++) {
        if ((m & 1) !== 0) rw[r] = rw[r]! - lr * (g + o.ruleL2 * (rw[r]! - prior[r]!));
      }
      b -= lr * g * 0.2;
    }
  }
  return { w, rules: rw, bias: b };
}

/** Quantise to Int8 (symmetric, scale from the 99.99th percentile of |w| so outliers do not eat resolution). */
export function quantize(m: FloatModel, hashBits: number, normKnee: number, featureSet: number = FEATURE_SET): InjectionModel {
  const abs = Array.from(m.w, (x) => Math.abs(x)).filter((x) => x > 0).sort((a, b) => a - b);
  const ref = abs.length > 0 ? abs[Math.min(abs.length - 1, Math.floor(abs.length * 0.9999))]! : 1;
  const scale = ref > 0 ? ref / 127 : 1;
  const q = new Int8Array(m.w.length);
  for (let i = 0; i < m.w.length; i++) q[i] = Math.max(-127, Math.min(127, Math.round(m.w[i]! / scale)));
  return {
    hashBits,
    featureSet,
    normKnee,
    weights: q,
    scale: Number(scale.toPrecision(9)),
    bias: Number(m.bias.toPrecision(9)),
    ruleWeights: Float64Array.from(m.rules, (x) => Number(x.toPrecision(6))),
    weightsSha256: hashWeights(q),
  };
}

/** model.json content for a quantised model. */
export function modelMeta(model: InjectionModel, training: Record<string, unknown>): InjectionModelMeta {
  const ruleWeights: Record<string, number> = {};
  INJECTION_RULES.forEach((r, i) => (ruleWeights[r.id] = model.ruleWeights[i]!));
  return {
    format: MODEL_FORMAT,
    hashBits: model.hashBits,
    featureSet: model.featureSet,
    normKnee: model.normKnee,
    scale: model.scale,
    bias: model.bias,
    ruleWeights,
    weightsSha256: model.weightsSha256,
    training,
  };
}
