/**
 * CPU-time benchmark of the PII detectors over the engine bench corpus (`mixedText` of bench/detect):
 *
 *   node --import tsx src/detect/pii/bench-pii.ts          (BENCH_ROUNDS=n for more rounds)
 *
 * Prints the combined detector's best-of-N µs per 4 KB prompt and ms per MB, the shared per-text pass
 * (digit tokens, separator anchors, numeric candidates, addresses), and each scanner's own cost given
 * that pass. CPU time (process.cpuUsage), best of N: the machine is shared and noisy.
 */
import { addressSpans } from "./address-detector.js";
import { piiDetectors } from "./index.js";
import { numericCandidates } from "./numeric-candidates.js";
import { PiiScan } from "./pii-scan.js";
import { PII_SCANNERS } from "./pii-scanners.js";

// non-literal specifier: the corpus lives outside src/ (rootDir) and is only needed here
const corpusPath = "../../../bench/detect/corpus.js";
const { mixedText } = (await import(corpusPath)) as { mixedText(bytes: number, seed?: number): string };

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const ctx = { direction: "request" as const };
const cpuUs = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const smalls = Array.from({ length: 64 }, (_, i) => mixedText(4096, 1000 + i));
const bigs = [mixedText(1 << 20, 7), mixedText(1 << 20, 8)];
const bytesOf = (t: string): number => Buffer.byteLength(t);

/** Best-of-ROUNDS µs per call over the small texts (5 passes a round). */
function perSmall(fn: (t: string, i: number) => unknown): number {
  for (let i = 0; i < smalls.length; i++) fn(smalls[i]!, i);
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = cpuUs();
    for (let k = 0; k < 5; k++) for (let i = 0; i < smalls.length; i++) fn(smalls[i]!, i);
    best = Math.min(best, (cpuUs() - c0) / (5 * smalls.length));
  }
  return best;
}

const detector = piiDetectors[0]!.build();
const detect = (t: string) => detector.detect({ text: t, context: ctx });
const small = perSmall(detect);
let bigBest = Infinity;
for (let r = 0; r < Math.max(3, ROUNDS / 5); r++) {
  const t = bigs[r % 2]!;
  const c0 = cpuUs();
  detect(t);
  bigBest = Math.min(bigBest, ((cpuUs() - c0) / 1000) * ((1 << 20) / bytesOf(t)));
}
const avg4k = smalls.reduce((a, t) => a + bytesOf(t), 0) / smalls.length;
console.log(`PII (${piiDetectors[0]!.meta.id}): ${small.toFixed(1)} µs per 4 KB prompt (${((avg4k / small) * 1e6 / (1 << 20)).toFixed(0)} MB/s), ${bigBest.toFixed(2)} ms per MB (${(1000 / bigBest).toFixed(0)} MB/s)`);

const fresh = (t: string): PiiScan => new PiiScan(t);
console.log(`  shared pass          ${perSmall((t) => {
  const s = fresh(t);
  void s.digitTokens;
  void s.separatorAnchors;
  numericCandidates(s);
  addressSpans(s);
}).toFixed(1).padStart(6)} µs`);
// scanners on a prepared scan: prepare new scans per round so nothing but the scanner is timed
const prepared = (): PiiScan[] =>
  smalls.map((t) => {
    const s = fresh(t);
    void s.digitTokens;
    void s.separatorAnchors;
    numericCandidates(s);
    addressSpans(s);
    return s;
  });
let scans = prepared();
for (const scanner of PII_SCANNERS) {
  scans = prepared();
  const us = perSmall((_t, i) => scanner.scan(scans[i]!, []));
  console.log(`  ${scanner.id.padEnd(20)} ${us.toFixed(1).padStart(6)} µs`);
}
