/**
 * CPU-time A/B of the injection detector between a git revision (its code AND its shipped model) and the working
 * tree, in one process so that both sides see the same machine load:
 *   node --import tsx scripts/eval/injection-ab.ts <rev>        (ROUNDS=8 by default)
 * `src/` and `models/injection/` at <rev> are extracted with `git archive` into a temporary directory; the two sides
 * then run alternately (ABBA) and the medians are printed as CPU ms per MB and MB/s over the engine bench corpus
 * (256 prompts of 4 KB, two texts of 1 MB) and 1 MB of READMEs + JS + JSON logs (scripts/eval/injection-bench.ts).
 * bench/detect/ab.ts does the same for any detector but extracts only `src/`, so its old side has no model.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mixedText } from "../../bench/detect/corpus.js";
import { benchCorpus } from "./injection-bench.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const rev = process.argv[2];
const rounds = Number(process.env.ROUNDS ?? 8);
if (!rev) {
  console.error("usage: node --import tsx scripts/eval/injection-ab.ts <rev>");
  process.exit(2);
}

type Fn = (text: string) => unknown;

async function load(root: string): Promise<Fn> {
  const m = (await import(pathToFileURL(join(root, "src/detect/injection/injection-detector.ts")).href)) as {
    createInjectionDetector(): { detect(i: unknown): unknown };
  };
  const d = m.createInjectionDetector();
  return (t) => d.detect({ text: t, context: { direction: "request" } });
}

/** CPU ms per MB of `texts` (each measurement covers at least ~4 MB). */
function cpuMsPerMb(fn: Fn, texts: readonly string[]): number {
  const once = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / (1024 * 1024);
  const reps = Math.max(1, Math.ceil(4 / once));
  const c = process.cpuUsage();
  for (let r = 0; r < reps; r++) for (const t of texts) fn(t);
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000 / (once * reps);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), "warden-inj-ab-"));
try {
  const tar = execFileSync("git", ["-C", REPO, "archive", rev, "src", "models/injection"], { maxBuffer: 1 << 30 });
  mkdirSync(join(dir, "old"));
  execFileSync("tar", ["-x", "-C", join(dir, "old")], { input: tar });
  symlinkSync(join(REPO, "node_modules"), join(dir, "old", "node_modules"));
  const sides: Record<"old" | "new", Fn> = { old: await load(join(dir, "old")), new: await load(REPO) };
  const sets: Array<[string, string[]]> = [
    ["4 KB prompts (engine bench corpus)", Array.from({ length: 256 }, (_, i) => mixedText(4096, 1000 + i))],
    ["1 MB mixed text (engine bench corpus)", [mixedText(1024 * 1024, 7), mixedText(1024 * 1024, 8)]],
    ["1 MB READMEs + JS + JSON logs", [benchCorpus(1 << 20)]],
  ];
  console.log(`injection.classifier, ${rev} (old) vs working tree (new), ${rounds} ABBA rounds, load ${process.platform === "linux" ? execFileSync("cat", ["/proc/loadavg"], { encoding: "utf8" }).trim() : "n/a"}`);
  for (const [name, texts] of sets) {
    for (const fn of Object.values(sides)) cpuMsPerMb(fn, texts); // warm-up
    const r: Record<"old" | "new", number[]> = { old: [], new: [] };
    for (let i = 0; i < rounds; i++) {
      const order: Array<"old" | "new"> = i % 2 === 0 ? ["old", "new", "new", "old"] : ["new", "old", "old", "new"];
      for (const k of order) r[k].push(cpuMsPerMb(sides[k], texts));
    }
    const o = median(r.old);
    const n = median(r.new);
    console.log(
      `${name}: old ${o.toFixed(2)} CPU ms/MB (${(1000 / o).toFixed(0)} MB/s), new ${n.toFixed(2)} (${(1000 / n).toFixed(0)} MB/s), new/old ${(n / o).toFixed(3)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
