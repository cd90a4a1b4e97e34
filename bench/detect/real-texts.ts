/**
 * Time of the default detection engine per pass over the real texts (real-texts-corpus.ts) and, separately, per
 * repetitive 20 KB input (equality.ts), for a base commit (in a temporary git worktree) and the working tree, each
 * in its own process, run alternately in the same session so that the load of a shared machine hits both alike.
 *   node --import tsx bench/detect/real-texts.ts [base-ref]     (default base: HEAD~1; PASSES=3)
 * Figures: best and median pass in CPU ms (process.cpuUsage) and wall ms, and the ratio base / working tree.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repetitiveTexts, runChild, worktree } from "./equality.js";
import { realTexts } from "./real-texts-corpus.js";

interface Timing {
  wall: number[];
  cpu: number[];
  slowest: { ms: number; i: number }[];
}

const base = process.argv[2] ?? "HEAD~1";
const passes = Number(process.env.PASSES ?? 3);
const dir = mkdtempSync(join(tmpdir(), "warden-rt-"));
const real = (await realTexts()).map((t) => t.text);
const rep = repetitiveTexts();
const realFile = join(dir, "real.json");
const repFile = join(dir, "rep.json");
writeFileSync(realFile, JSON.stringify(real));
writeFileSync(repFile, JSON.stringify(rep));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const best = (xs: number[]): number => Math.min(...xs);
const tree = worktree(base);
try {
  const bytes = real.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`real texts: ${real.length} (${(bytes / 1048576).toFixed(2)} MB), ${passes} passes; repetitive: ${rep.length} × 20 KB`);
  for (const [name, file, n] of [["real", realFile, passes], ["repetitive", repFile, passes]] as const) {
    const head1 = JSON.parse(runChild(process.cwd(), file, "time", String(n))) as Timing;
    const b = JSON.parse(runChild(tree.root, file, "time", String(n))) as Timing;
    const head2 = JSON.parse(runChild(process.cwd(), file, "time", String(n))) as Timing;
    const h: Timing = { wall: [...head1.wall, ...head2.wall], cpu: [...head1.cpu, ...head2.cpu], slowest: head2.slowest };
    const row = (label: string, t: Timing): string =>
      `  ${label.padEnd(6)} cpu best ${best(t.cpu).toFixed(0).padStart(6)} ms, median ${median(t.cpu).toFixed(0).padStart(6)} ms; wall best ${best(t.wall).toFixed(0).padStart(6)} ms`;
    console.log(`${name} (per pass):`);
    console.log(row("base", b));
    console.log(row("head", h));
    console.log(`  ratio base/head (cpu best): ${(best(b.cpu) / best(h.cpu)).toFixed(2)}×`);
    const texts = name === "real" ? real : rep;
    console.log(`  slowest at head: ${h.slowest.map((s) => `${s.ms.toFixed(1)} ms [${(texts[s.i] ?? "").slice(0, 24).replace(/\s+/g, " ")}…]`).join(", ")}`);
    console.log(`  slowest at base: ${b.slowest.map((s) => `${s.ms.toFixed(1)} ms [${(texts[s.i] ?? "").slice(0, 24).replace(/\s+/g, " ")}…]`).join(", ")}`);
  }
} finally {
  tree.remove();
  rmSync(dir, { recursive: true, force: true });
}
