/**
 * Intrinsic per-call cost of the 4 KB benchmark prompts: each of the 200 prompts of `bench:detect` is run ROUNDS
 * times (default 15) through the default engine and its fastest call kept, so GC pauses and scheduling (what the
 * wall-clock p99 of `bench:detect` mostly measures on a shared machine) drop out:
 *   node --import tsx bench/detect/per-prompt.ts
 * Prints the distribution of those best times and the slowest prompts (their seeds, for a closer look).
 */
import { loadavg } from "node:os";
import { createDetectionEngine } from "../../src/detect/engine.js";
import { mixedText } from "./corpus.js";

const rounds = Number(process.env.ROUNDS ?? 15);
const engine = createDetectionEngine();
const seeds = Array.from({ length: 200 }, (_, i) => 1000 + i);
const prompts = seeds.map((s) => mixedText(4096, s));
for (let r = 0; r < 3; r++) for (const p of prompts) engine.detect(p); // warm-up
const best = prompts.map(() => Number.POSITIVE_INFINITY);
for (let r = 0; r < rounds; r++) {
  for (const [i, p] of prompts.entries()) {
    const t0 = performance.now();
    engine.detect(p);
    best[i] = Math.min(best[i] as number, performance.now() - t0);
  }
}
const sorted = [...best].sort((a, b) => a - b);
const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number).toFixed(3);
console.log(`best of ${rounds} calls per 4 KB prompt (ms, wall clock; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}):`);
console.log(`  min ${at(0)}  p50 ${at(0.5)}  p90 ${at(0.9)}  p99 ${at(0.99)}  max ${at(1)}`);
const slowest = best.map((b, i) => ({ b, seed: seeds[i] as number })).sort((x, y) => y.b - x.b).slice(0, 5);
console.log(`  slowest: ${slowest.map((s) => `seed ${s.seed} ${s.b.toFixed(3)} ms`).join(", ")}`);
