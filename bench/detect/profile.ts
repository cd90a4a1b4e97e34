/**
 * A fixed workload for CPU profiling the detection engine on the benchmark corpus:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/detect/profile.ts
 * then aggregate self time by function (e.g. with Chrome DevTools, or any script over the .cpuprofile JSON).
 * ROUNDS (default 6) sets how often the 200 prompts of 4 KB and two 1 MB documents are scanned; SIZES=4k or
 * SIZES=1m profiles one size only.
 */
import { createDetectionEngine } from "../../src/detect/engine.js";
import { mixedText } from "./corpus.js";

const rounds = Number(process.env.ROUNDS ?? 6);
const sizes = process.env.SIZES ?? "both";
const engine = createDetectionEngine();
const prompts = Array.from({ length: 200 }, (_, i) => mixedText(4096, 1000 + i));
const bigs = [mixedText(1024 * 1024, 7), mixedText(1024 * 1024, 8)];
for (let r = 0; r < rounds; r++) {
  if (sizes !== "1m") for (const p of prompts) engine.detect(p);
  if (sizes !== "4k") for (const b of bigs) engine.detect(b);
}
