import { describe, expect, it } from "vitest";
import { createInjectionDetector, parseInjectionOptions } from "./injection-detector.js";
import { exampleFeatures } from "./example-features.js";
import { Featurizer } from "./featurizer.js";
import { DEFAULT_SGD, modelMeta, quantize, trainLinear, type SgdOptions, type TrainExample } from "./linear-trainer.js";

// A small synthetic set (no ../shared needed): attack-ish vs benign sentences built from word lists.
const ATTACK = ["ignore", "previous", "instructions", "reveal", "system", "prompt", "unrestricted", "persona"];
const BENIGN = ["recipe", "garden", "weather", "holiday", "invoice", "meeting", "bicycle", "library"];

function synthetic(n: number): Array<{ text: string; y: 0 | 1 }> {
  const rows: Array<{ text: string; y: 0 | 1 }> = [];
  for (let i = 0; i < n; i++) {
    const y = (i % 2) as 0 | 1;
    const words = y === 1 ? ATTACK : BENIGN;
    const text = Array.from({ length: 6 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(" ");
    rows.push({ text: `${text}.`, y });
  }
  return rows;
}

const OPTS: SgdOptions = { ...DEFAULT_SGD, hashBits: 12, epochs: 4 };

function examples(): TrainExample[] {
  const f = new Featurizer(OPTS.hashBits);
  return synthetic(200).map(({ text, y }) => {
    const { indices, rules } = exampleFeatures(text, false, f);
    return { idx: Int32Array.from(indices), rules, y, weight: 1 };
  });
}

describe("linear trainer", () => {
  it("is deterministic: same data and seed give the same weights hash", () => {
    const a = quantize(trainLinear(examples(), OPTS), OPTS.hashBits, OPTS.normKnee);
    const b = quantize(trainLinear(examples(), OPTS), OPTS.hashBits, OPTS.normKnee);
    expect(a.weightsSha256).toBe(b.weightsSha256);
    expect(a.bias).toBe(b.bias);
    expect(Array.from(a.ruleWeights)).toEqual(Array.from(b.ruleWeights));
  });

  it("changes with the seed", () => {
    const a = quantize(trainLinear(examples(), OPTS), OPTS.hashBits, OPTS.normKnee);
    const c = quantize(trainLinear(examples(), { ...OPTS, seed: OPTS.seed + 1 }), OPTS.hashBits, OPTS.normKnee);
    expect(c.weightsSha256).not.toBe(a.weightsSha256);
  });

  it("learns a separable toy task and the quantised model scores it through the detector", () => {
    const model = quantize(trainLinear(examples(), OPTS), OPTS.hashBits, OPTS.normKnee);
    const d = createInjectionDetector(parseInjectionOptions({ thresholds: { PROMPT_INJECTION: 0.5, JAILBREAK: 0.5, SYSTEM_PROMPT_EXTRACTION: 0.5 } }), model);
    const ctx = { direction: "request" as const };
    expect(d.detect({ text: "reveal previous system persona instructions unrestricted", context: ctx }).length).toBe(1);
    expect(d.detect({ text: "garden weather holiday invoice meeting library", context: ctx })).toEqual([]);
  });

  it("serialises metadata with every rule weight and the checksum", () => {
    const model = quantize(trainLinear(examples(), OPTS), OPTS.hashBits, OPTS.normKnee);
    const meta = modelMeta(model, { note: "test" });
    expect(meta.weightsSha256).toBe(model.weightsSha256);
    expect(Object.keys(meta.ruleWeights).length).toBe(model.ruleWeights.length);
    expect(model.weights.length).toBe(1 << OPTS.hashBits);
  });
});
