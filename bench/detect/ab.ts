/**
 * CPU-time A/B of the detection engine between a git revision and the working tree, in one process (so both
 * sides see the same machine load), over the benchmark corpus:
 *   node --import tsx bench/detect/ab.ts <rev> [engine|views|keywords|merge|<detector id>]
 * `src/` and `models/` at <rev> are extracted with `git archive` into a temporary directory (with a link to node_modules); the two
 * versions then run alternately (ABBA, so neither always runs first), and the medians of ROUNDS (default 8)
 * rounds are printed as CPU ms per MB of text and MB/s, with the minima (the least-disturbed rounds). `views` times the leet and decoded views on their own,
 * `keywords` the shared keyword pass, `merge` merging the engine's raw findings.
 * AB_OVERLAY=path,path...: the "new" side is <rev> with only these working-tree files or folders copied over it
 * (so other people's uncommitted edits in the shared tree do not count).
 * AB_FIRST=new: load the new side's modules first (default: the old side's); the side loaded second measures a few
 * per cent slower in an A/A run, so quote a pair of runs, one in each order.
 * AB_REVERT=commit,commit...: the "old" side is <rev> with these commits' changes to src/ undone (what those
 * commits bought, everything else being equal), e.g. `AB_REVERT=a1b2c3,d4e5f6 ab.ts HEAD engine` with AB_OVERLAY unset
 * compares that old side with the working tree.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mixedText } from "./corpus.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const rev = process.argv[2];
const what = process.argv[3] ?? "engine";
const rounds = Number(process.env.ROUNDS ?? 8);
if (!rev) {
  console.error("usage: node --import tsx bench/detect/ab.ts <rev> [engine|views|keywords|merge|<detector id>]");
  process.exit(2);
}

type Fn = (text: string) => unknown;

const prompts = Array.from({ length: 256 }, (_, i) => mixedText(4096, 1000 + i));
const bigs = [mixedText(1024 * 1024, 7), mixedText(1024 * 1024, 8)];
const corpus = (): string[] => [...prompts, ...bigs];

async function load(root: string): Promise<Fn[]> {
  const imp = (p: string) => import(pathToFileURL(join(root, p)).href);
  if (what === "views") {
    // The character scan both views start from is computed once per text, outside the timing.
    const n = await imp("src/detect/normalize/index.ts");
    const scans = new Map<string, unknown>();
    const scan = (t: string): unknown => {
      let s = scans.get(t);
      if (s === undefined) scans.set(t, (s = n.scanText(t, n.MIN_ENCODED_LENGTH)));
      return s;
    };
    for (const t of corpus()) scan(t);
    return [(t) => n.buildLeetView(t, undefined, [], scan(t)), (t) => n.buildDecodedViews(t, scan(t))];
  }
  if (what === "keywords") {
    // The shared keyword pass of the default detectors (secret keywords, topic words, URL and e-mail anchors).
    const k = (await imp("src/detect/standard-keywords.ts")).STANDARD_KEYWORDS;
    const sh = await imp("src/detect/shared/shared-scan.ts");
    return [(t) => k.part.compute(sh.createSharedScan(t))];
  }
  if (what === "merge") {
    // Merging the engine's raw findings of each text (collected once per side, outside the timing).
    const merge = (await imp("src/detect/merge-findings.ts")).mergeFindings;
    const thresholds = (await imp("src/detect/default-thresholds.ts")).DEFAULT_THRESHOLDS;
    let raw: unknown[] = [];
    const capture = (await imp("src/detect/engine.ts")).createDetectionEngine({ postProcess: [(f: unknown[]) => ((raw = [...f]), [...f])] });
    const rawOf = new Map<string, unknown[]>();
    for (const t of corpus()) {
      capture.detect(t);
      rawOf.set(t, raw);
    }
    return [(t) => merge(rawOf.get(t), thresholds)];
  }
  if (what === "engine") {
    const e = (await imp("src/detect/engine.ts")).createDetectionEngine();
    return [(t) => e.detect(t)];
  }
  const defs = (await imp("src/detect/default-detectors.ts")).DEFAULT_DETECTORS as { meta: { id: string }; build(): { detect(i: unknown): unknown } }[];
  const def = defs.find((d) => d.meta.id === what);
  if (!def) throw new Error(`no default detector ${what}`);
  const d = def.build();
  return [(t) => d.detect({ text: t, context: { direction: "request" } })];
}

const dir = mkdtempSync(join(tmpdir(), "warden-ab-"));
try {
  mkdirSync(join(dir, "old"));
  // src and the models it loads (the injection model is found at ../../../models from its source: without it the old
  // side's engine ran without the injection classifier and looked ~25 % cheaper than it was)
  const tar = execFileSync("git", ["-C", REPO, "archive", rev, "src", "models"], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", join(dir, "old")], { input: tar });
  symlinkSync(join(REPO, "node_modules"), join(dir, "old", "node_modules"));
  const revert = (process.env.AB_REVERT ?? "").split(",").filter((c) => c !== "");
  for (const c of [...revert].reverse()) {
    const patch = execFileSync("git", ["-C", REPO, "show", "--format=", "--binary", c, "--", "src"], { maxBuffer: 1 << 30 });
    execFileSync("git", ["apply", "-R"], { cwd: join(dir, "old"), input: patch });
  }
  const overlay = (process.env.AB_OVERLAY ?? "").split(",").filter((p) => p !== "");
  let newRoot = REPO;
  if (overlay.length > 0) {
    newRoot = join(dir, "new");
    mkdirSync(newRoot);
    execFileSync("tar", ["-x", "-C", newRoot], { input: tar });
    symlinkSync(join(REPO, "node_modules"), join(newRoot, "node_modules"));
    for (const p of overlay) cpSync(join(REPO, p), join(newRoot, p), { recursive: true });
  }
  // Load order matters (an A/A run measures the side loaded second a few per cent slower): AB_FIRST=new loads the
  // new side first, so a pair of runs with both orders brackets the true ratio.
  const newFirst = process.env.AB_FIRST === "new";
  const first = await load(newFirst ? newRoot : join(dir, "old"));
  const second = await load(newFirst ? join(dir, "old") : newRoot);
  const sides = newFirst ? { old: second, new: first } : { old: first, new: second };
  // Each measurement covers at least ~5 MB of text, so timer granularity and single GC pauses stay small.
  const cpuMsPerMb = (fn: Fn, texts: readonly string[]): number => {
    const once = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / (1024 * 1024);
    const reps = Math.max(1, Math.ceil(5 / once));
    const c = process.cpuUsage();
    for (let r = 0; r < reps; r++) for (const t of texts) fn(t);
    const u = process.cpuUsage(c);
    const mb = once * reps;
    return (u.user + u.system) / 1000 / mb;
  };
  const labels = what === "views" ? ["leet view", "decoded views"] : [what];
  for (const [k, label] of labels.entries()) {
    const res: Record<string, number[]> = { old4: [], new4: [], old1: [], new1: [] };
    for (const side of ["old", "new"] as const) for (const t of corpus()) sides[side][k]!(t); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? (["old", "new"] as const) : (["new", "old"] as const)) {
        res[`${side}4`]!.push(cpuMsPerMb(sides[side][k]!, prompts));
        res[`${side}1`]!.push(cpuMsPerMb(sides[side][k]!, bigs));
      }
    }
    const med = (x: number[]): number => [...x].sort((a, b) => a - b)[x.length >> 1] as number;
    const cell = (o: number, n: number): string => `${o.toFixed(2)} -> ${n.toFixed(2)} ms/MB (${(1000 / o).toFixed(1)} -> ${(1000 / n).toFixed(1)} MB/s)`;
    // On a loaded machine the least-disturbed round is the best estimate of the intrinsic cost: minima too.
    const both = (o: number[], n: number[]): string => `${cell(med(o), med(n))}; minima ${Math.min(...o).toFixed(2)} -> ${Math.min(...n).toFixed(2)}`;
    console.log(`${label}${newFirst ? " [new side loaded first]" : ""} (${rev}${revert.length > 0 ? ` without ${revert.join(" ")}` : ""} -> ${overlay.length > 0 ? `${rev} + working-tree ${overlay.join(" ")}` : "working tree"}), CPU time, medians of ${rounds}:`);
    console.log(`  4 KB prompts: ${both(res.old4!, res.new4!)}`);
    console.log(`  1 MB documents: ${both(res.old1!, res.new1!)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
