/**
 * CPU cost of detection on texts the engine has never seen (the gateway's case: distinct prompts), where the bench's
 * cycling corpus lets per-text memos (the injection scorer's segment memo, the phone-number cache) answer part of it:
 *   node --import tsx bench/detect/fresh-cost.ts
 * 1. The default engine, CPU µs per call on fresh mixed texts (bench/detect/corpus.ts seeds not used elsewhere) of
 *    SIZES bytes (default 256,1024,4096,16384): minimum and median of 5 rounds of N calls (default 400).
 * 2. The injection classifier's stages on fresh texts of STAGE_SIZE bytes (default 1024), µs per text: segmentation,
 *    the n-gram featuriser, the rule views, the SHA-256 memo keys, and the rule patterns (each rule's pattern and
 *    `more` patterns on the views its trigger families gate in, as matchPatterns runs them), with the costliest rules.
 * CPU time (process.cpuUsage, all threads) rather than wall time: on a loaded machine wall time mostly measures waiting.
 */
import { hash } from "node:crypto";
import { createDetectionEngine } from "../../src/detect/engine.js";
import { Featurizer, ruleView } from "../../src/detect/injection/featurizer.js";
import { sharedInjectionModel } from "../../src/detect/injection/injection-model.js";
import { INJECTION_RULES } from "../../src/detect/injection/rules.js";
import { segmentText } from "../../src/detect/injection/segmenter.js";
import { mixedText } from "./corpus.js";

const N = Number(process.env.N ?? 400);
const sizes = (process.env.SIZES ?? "256,1024,4096,16384").split(",").map(Number);
const stageSize = Number(process.env.STAGE_SIZE ?? 1024);
let seed = 900_000;

/** CPU µs of `fn` per unit (`units` per call), minimum and median of 5 rounds. */
function cpu(units: number, fn: () => void): { min: number; median: number } {
  const ts: number[] = [];
  for (let r = 0; r < 5; r++) {
    const c = process.cpuUsage();
    fn();
    const u = process.cpuUsage(c);
    ts.push((u.user + u.system) / units);
  }
  ts.sort((a, b) => a - b);
  return { min: ts[0] as number, median: ts[2] as number };
}
const fmt = (x: { min: number; median: number }): string => `min ${x.min.toFixed(1)}, median ${x.median.toFixed(1)}`;

const engine = createDetectionEngine();
for (let i = 0; i < 100; i++) engine.detect(mixedText(1024, seed++));
console.log("default engine, CPU µs per call on never-seen texts:");
for (const size of sizes) {
  const rounds = Array.from({ length: 5 }, () => Array.from({ length: N }, () => mixedText(size, seed++)));
  let r = 0;
  const chars = rounds[0]!.reduce((n, t) => n + t.length, 0) / N;
  const x = cpu(N, () => {
    for (const t of rounds[r++]!) engine.detect(t);
  });
  console.log(`  ${String(size).padStart(6)} B (${chars.toFixed(0)} chars): ${fmt(x)}`);
}

const model = sharedInjectionModel();
const f = new Featurizer(model.hashBits, model.featureSet);
const texts = Array.from({ length: 300 }, () => mixedText(stageSize, seed++));
const segs: [string, number, number][] = [];
for (const t of texts) {
  const s = segmentText(t);
  for (let i = 0; i < s.length; i++) segs.push([t, s.starts[i]!, s.ends[i]!]);
}
const anyNeeds = INJECTION_RULES.reduce((m, r) => m | r.needs, 0);
const views: [string, number][] = [];
for (const [t, s, e] of segs) {
  f.score(t, s, e, model.weights);
  if ((f.triggers & anyNeeds) !== 0) views.push([ruleView(t, s, e), f.triggers]);
}
const per = texts.length;
console.log(`\ninjection classifier stages, CPU µs per never-seen ${stageSize} B text (${(segs.length / per).toFixed(1)} segments, ${(views.length / per).toFixed(1)} rule views each):`);
console.log(`  segmentation       ${fmt(cpu(per, () => texts.forEach((t) => segmentText(t))))}`);
console.log(`  featuriser         ${fmt(cpu(per, () => segs.forEach(([t, s, e]) => f.score(t, s, e, model.weights))))}`);
console.log(`  rule views         ${fmt(cpu(per, () => segs.forEach(([t, s, e]) => ruleView(t, s, e))))}`);
console.log(`  SHA-256 memo keys  ${fmt(cpu(per, () => segs.forEach(([t, s, e]) => hash("sha256", t.slice(s, e), "base64"))))}`);
// Fresh copies, so that this loop leaves the engine's regexes (and their lastIndex) alone. Not the tool-only rules (a
// prompt is no tool output) nor the quoted-mention rule, which matchRules runs only behind its own gate; a rule with an
// exclusion is timed as a plain test (matchNotPreceded also tests the exclusion at each match).
const rules = INJECTION_RULES.filter((r) => r.toolOnly !== true && r.id !== "quoted-mention").map((r) => ({ id: r.id, needs: r.needs, also: r.needsAlso, patterns: [r.pattern, ...(r.more ?? [])].map((p) => new RegExp(p.source, p.flags.replace("g", ""))) }));
const runRule = (r: (typeof rules)[number]): void => {
  for (const [v, tr] of views) {
    if ((r.needs & tr) === 0 || (r.also !== undefined && (r.also & tr) === 0)) continue;
    r.patterns.some((p) => p.test(v));
  }
};
console.log(`  rule patterns      ${fmt(cpu(per, () => rules.forEach(runRule)))}`);
const costs = rules.map((r) => [r.id, cpu(per, () => runRule(r)).min] as const).sort((a, b) => b[1] - a[1]);
console.log(`  costliest rules (min µs per text): ${costs.slice(0, 8).map(([id, us]) => `${id} ${us.toFixed(1)}`).join(", ")}`);
