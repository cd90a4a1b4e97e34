/**
 * Train the injection classifier: `npm run train:injection [-- --no-loso] [-- --out DIR] [-- --generated-only]`.
 *
 * Data: ../shared/data/injection/*.jsonl (read in place) + generated attacks and trigger-word benign prompts. Without
 * the shared data the script stops (exit 2) unless --generated-only and --out are given.
 * Split: third-party rows 80/20 stratified per source and label; generated rows by template (a quarter of each
 * family's templates are test-only). The shipped model is trained on the TRAIN split only, so the held-out numbers
 * printed here (and by scripts/eval/injection.ts) are honest. Leave-one-source-out runs retrain without one source
 * and measure on all of that source's rows. Fixed seeds: same inputs → byte-identical weights.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createInjectionDetector } from "../src/detect/injection/injection-detector.js";
import { defaultModelDir, type InjectionModel } from "../src/detect/injection/injection-model.js";
import { DEFAULT_SGD, modelMeta, quantize, trainLinear } from "../src/detect/injection/linear-trainer.js";
import { INJECTION_RULES } from "../src/detect/injection/rules.js";
import { evaluateRows, formatInjectionReport } from "./eval/injection.js";
import { buildExamples } from "./train/build-examples.js";
import { DATA_SEED, documentationRows, generatedRows, heldOutGroups, isTestRow, loadSharedRows, otherSharedRows, redteamRows, technicalRows, type DataRow } from "./train/injection-data.js";

const args = process.argv.slice(2);
const loso = !args.includes("--no-loso");
const outIdx = args.indexOf("--out");
const outDir = outIdx >= 0 && args[outIdx + 1] !== undefined ? args[outIdx + 1]! : defaultModelDir();

function fit(rows: readonly DataRow[]): InjectionModel {
  const examples = buildExamples(rows, DEFAULT_SGD.hashBits, DATA_SEED, undefined, DEFAULT_SGD.featureSet);
  return quantize(trainLinear(examples, DEFAULT_SGD), DEFAULT_SGD.hashBits, DEFAULT_SGD.normKnee, DEFAULT_SGD.featureSet);
}

const t0 = performance.now();
const shared = [...loadSharedRows(), ...otherSharedRows()];
const gen = [...generatedRows(), ...technicalRows(), ...documentationRows(), ...(args.includes("--no-redteam") ? [] : redteamRows())];
const held = heldOutGroups(gen);
const all = [...shared, ...gen];
const train = all.filter((r) => !isTestRow(r, held));
const test = all.filter((r) => isTestRow(r, held));
console.log(
  `rows: ${all.length} (${shared.length} third-party, ${gen.length} generated); train ${train.length}, held-out ${test.length}` +
    `; held-out templates: ${[...held].sort().join(", ")}`,
);
if (shared.length === 0) {
  // The shipped model is trained on the third-party sets; a model from generated rows alone is much weaker (see the
  // leave-one-source-out figures), so it must never replace the shipped weights by accident (e.g. in a clean clone).
  if (!args.includes("--generated-only") || outIdx < 0) {
    console.error(
      "train:injection needs the labelled third-party data in ../shared/data/injection (deepset, verazuo, WildGuard; " +
        "see ../shared/data/README.md). To train on generated rows alone, pass --generated-only with --out DIR.",
    );
    process.exit(2);
  }
  console.log("warning: ../shared/data/injection not found, training on generated data only (--generated-only)");
}

const model = fit(train);
console.log(`trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; weights sha256 ${model.weightsSha256}`);
const heldOut = evaluateRows(createInjectionDetector(undefined, model), test);
console.log("\nHeld-out split:");
console.log(formatInjectionReport(heldOut));

const losoResults: Record<string, { rows: number; rate: number; kind: string }> = {};
if (loso) {
  const sources = [...new Set(all.map((r) => r.source))].sort();
  console.log("\nLeave-one-source-out (train without the source, measure on all its rows):");
  for (const s of sources) {
    if (s === "gen:benign-doc" || s === "gen:benign-code") continue;
    const m = fit(train.filter((r) => r.source !== s));
    const rows = all.filter((r) => r.source === s);
    const res = evaluateRows(createInjectionDetector(undefined, m), rows);
    for (const x of [...res.attacks, ...res.benign]) {
      losoResults[`${x.kind}:${s}`] = { rows: x.rows, rate: Number(x.rate.toFixed(4)), kind: x.kind === "attack" ? "recall" : "FPR" };
      console.log(`  ${x.kind.padEnd(7)} ${s.padEnd(45)} ${String(x.rows).padStart(5)}  ${(x.rate * 100).toFixed(1)}% ${x.kind === "attack" ? "recall" : "FPR"}`);
    }
  }
}

const ruleReport = INJECTION_RULES.map((r, i) => `${r.id}=${model.ruleWeights[i]!.toFixed(2)}`).join(" ");
console.log(`\nrule weights: ${ruleReport}\nbias ${model.bias}, scale ${model.scale}`);

const round = (x: number): number => Number(x.toFixed(4));
const meta = modelMeta(model, {
  seed: DATA_SEED,
  sgd: DEFAULT_SGD,
  rows: { thirdParty: shared.length, generated: gen.length, train: train.length, heldOut: test.length },
  heldOutTemplates: [...held].sort(),
  heldOut: {
    attacks: heldOut.attacks.map((m) => ({ source: m.source, rows: m.rows, recall: round(m.rate) })),
    benign: heldOut.benign.map((m) => ({ source: m.source, rows: m.rows, fpr: round(m.rate) })),
    overall: Object.fromEntries(Object.entries(heldOut.overall).map(([k, v]) => [k, round(v)])),
    spans: heldOut.spans,
  },
  ...(loso ? { loso: losoResults } : {}),
});
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/weights.i8`, new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength));
writeFileSync(`${outDir}/model.json`, `${JSON.stringify(meta, null, 2)}\n`);
console.log(`\nwrote ${outDir}/weights.i8 (${model.weights.byteLength} bytes) and model.json`);
