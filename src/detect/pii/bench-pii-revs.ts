/**
 * CPU-time comparison of `pii.combined` between git revisions, each measured in its own process (one version loaded
 * per process, so the versions share no module state or JIT feedback), alternating old/new for PAIRS rounds:
 *
 *   node --import tsx src/detect/pii/bench-pii-revs.ts <old-rev> [<new-rev>=HEAD]   (PAIRS=5)
 *
 * `src/` of each revision is extracted with `git archive`; the new side may be limited to its `src/detect/pii`
 * (OVERLAY_PII=1: the old revision with only the PII folder of the new one). Prints, per round, best-of-N CPU ms
 * per MB over the bench corpus (bench/detect/corpus.ts: 200 prompts of 4 KB, two 1 MB documents), with the engine's
 * shared scan precomputed (its digit tokens and keywords are needed by other detectors anyway) and without one,
 * then the medians. Run without arguments inside a child (internal).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
type Row = { shared4: number; shared1: number; alone4: number; alone1: number };

async function measure(root: string): Promise<Row> {
  const imp = (p: string) => import(pathToFileURL(join(root, p)).href);
  const pii = await imp("src/detect/pii/index.ts");
  const { createSharedScan } = await imp("src/detect/shared/shared-scan.ts");
  const { DIGIT_TOKENS } = await imp("src/detect/shared/digit-tokens.ts");
  const { STANDARD_KEYWORDS } = await imp("src/detect/standard-keywords.ts");
  const { mixedText } = (await import(pathToFileURL(join(REPO, "bench/detect/corpus.ts")).href)) as { mixedText(n: number, seed: number): string };
  const d = pii.piiDetectors[0].build() as { detect(i: unknown): unknown };
  const prompts = Array.from({ length: 200 }, (_, i) => mixedText(4096, 1000 + i));
  const bigs = [mixedText(1 << 20, 7), mixedText(1 << 20, 8)];
  const prep = (t: string) => {
    const s = createSharedScan(t);
    s.get(DIGIT_TOKENS);
    s.get(STANDARD_KEYWORDS.part);
    return s;
  };
  const sp = prompts.map(prep);
  const sb = bigs.map(prep);
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const mb = (ts: string[]) => ts.reduce((a, t) => a + t.length, 0) / (1 << 20);
  const best = (n: number, f: () => void, m: number) => {
    f();
    let b = Infinity;
    for (let k = 0; k < n; k++) {
      const c = cpu();
      f();
      b = Math.min(b, (cpu() - c) / 1000 / m);
    }
    return b;
  };
  const ctx = { direction: "request" };
  return {
    shared4: best(10, () => prompts.forEach((t, i) => d.detect({ text: t, context: ctx, shared: sp[i] })), mb(prompts)),
    shared1: best(8, () => bigs.forEach((t, i) => d.detect({ text: t, context: ctx, shared: sb[i] })), mb(bigs)),
    alone4: best(10, () => prompts.forEach((t) => d.detect({ text: t, context: ctx })), mb(prompts)),
    alone1: best(8, () => bigs.forEach((t) => d.detect({ text: t, context: ctx })), mb(bigs)),
  };
}

const child = process.env.BENCH_PII_ROOT;
if (child) {
  console.log(JSON.stringify(await measure(child)));
} else {
  const oldRev = process.argv[2];
  const newRev = process.argv[3] ?? "HEAD";
  if (!oldRev) {
    console.error("usage: node --import tsx src/detect/pii/bench-pii-revs.ts <old-rev> [<new-rev>]");
    process.exit(2);
  }
  const pairs = Number(process.env.PAIRS ?? 5);
  const dir = mkdtempSync(join(tmpdir(), "warden-pii-revs-"));
  try {
    const extract = (rev: string, side: string, paths: string[]) => {
      mkdirSync(join(dir, side), { recursive: true });
      execFileSync("tar", ["-x", "-C", join(dir, side)], { input: execFileSync("git", ["-C", REPO, "archive", rev, ...paths], { maxBuffer: 1 << 30 }) });
    };
    extract(oldRev, "old", ["src"]);
    if (process.env.OVERLAY_PII === "1") {
      extract(oldRev, "new", ["src"]);
      rmSync(join(dir, "new/src/detect/pii"), { recursive: true, force: true });
      extract(newRev, "new", ["src/detect/pii"]);
    } else extract(newRev, "new", ["src"]);
    for (const side of ["old", "new"]) symlinkSync(join(REPO, "node_modules"), join(dir, side, "node_modules"));
    const runs: Record<string, Row[]> = { old: [], new: [] };
    for (let p = 0; p < pairs; p++) {
      for (const side of p % 2 === 0 ? ["old", "new"] : ["new", "old"]) {
        const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_PII_ROOT: join(dir, side) }, cwd: REPO, encoding: "utf8" });
        const row = JSON.parse(out.trim().split("\n").pop()!) as Row;
        runs[side]!.push(row);
        console.log(`${side.padEnd(3)} shared 4 KB ${row.shared4.toFixed(2)}, 1 MB ${row.shared1.toFixed(2)} | alone 4 KB ${row.alone4.toFixed(2)}, 1 MB ${row.alone1.toFixed(2)} ms/MB`);
      }
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    for (const k of ["shared4", "shared1", "alone4", "alone1"] as const) {
      const o = med(runs.old!.map((r) => r[k]));
      const n = med(runs.new!.map((r) => r[k]));
      console.log(`median ${k.padEnd(7)} ${oldRev} ${o.toFixed(2)} -> ${newRev}${process.env.OVERLAY_PII === "1" ? " (PII folder only)" : ""} ${n.toFixed(2)} ms/MB (x${(o / n).toFixed(2)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
