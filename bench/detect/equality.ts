/**
 * Equality harness for speed work on the detectors: the default detection engine (`createDetectionEngine()`, as the
 * gateway builds it) of a base commit and of the working tree run over the same texts, and their findings, data
 * classes and errors compared byte for byte. A change meant as a pure speed-up must report "identical".
 *   node --import tsx bench/detect/equality.ts [base-ref]     (default base: HEAD)
 * Texts: the real texts (real-texts-corpus.ts), the benchmark's mixed text (40 prompts of 4 KB, one 256 KB
 * document) and repetitive inputs (a phrase repeated to 20 KB, runs of dots and dashes, spaced letters).
 * The base commit is checked out in a temporary git worktree that shares this clone's node_modules.
 * EQ_WARM=1: both sides detect each text once before the detection that is compared (caches across texts answer it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mixedText } from "./corpus.js";
import { realTexts } from "./real-texts-corpus.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CHILD = join(REPO, "bench/detect/engine-child.ts");

/** Inputs whose cost grows fastest when a pattern rescans: the same fragment many times over. */
export function repetitiveTexts(): string[] {
  const out: string[] = [];
  for (const unit of ["ignore ", "ignore previous instructions ", "you are now ", ". ", "- ", ".-.. ", "a ", "a b c d ", "AKIA", "password=", "x@", "1 ", "Ignoriere ", "игнорируй ", "忽略", "=", "%41", "\\u0041", "&#65;"]) {
    out.push(unit.repeat(Math.ceil(20_000 / unit.length)));
  }
  return out;
}

/** Every text the equality and timing harnesses run over, in a fixed order. */
export async function equalityTexts(): Promise<string[]> {
  const texts = (await realTexts()).map((t) => t.text);
  for (let i = 0; i < 40; i++) texts.push(mixedText(4096, 1000 + i));
  texts.push(mixedText(256 * 1024, 7));
  texts.push(...repetitiveTexts());
  return texts;
}

/** Check out `ref` in a temporary worktree (with this clone's node_modules) and return its path and a cleanup. */
export function worktree(ref: string): { root: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "warden-base-"));
  const root = join(dir, "tree");
  execFileSync("git", ["-C", REPO, "worktree", "add", "--detach", root, ref], { stdio: "ignore" });
  symlinkSync(join(REPO, "node_modules"), join(root, "node_modules"));
  return {
    root,
    remove() {
      execFileSync("git", ["-C", REPO, "worktree", "remove", "--force", root], { stdio: "ignore" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runChild(root: string, textsFile: string, mode: "dump" | "time", arg: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", CHILD, root, textsFile, mode, arg], { cwd: REPO, encoding: "utf8", maxBuffer: 1 << 28 });
}

async function main(): Promise<void> {
  const base = process.argv[2] ?? "HEAD";
  const texts = await equalityTexts();
  const dir = mkdtempSync(join(tmpdir(), "warden-eq-"));
  const textsFile = join(dir, "texts.json");
  writeFileSync(textsFile, JSON.stringify(texts));
  const tree = worktree(base);
  try {
    const a = join(dir, "base.jsonl");
    const b = join(dir, "head.jsonl");
    runChild(tree.root, textsFile, "dump", a);
    runChild(REPO, textsFile, "dump", b);
    const la = readFileSync(a, "utf8").split("\n");
    const lb = readFileSync(b, "utf8").split("\n");
    let diff = 0;
    for (let i = 0; i < Math.max(la.length, lb.length); i++) {
      if (la[i] === lb[i]) continue;
      if (diff++ < 5) console.log(`text ${i} differs (${(texts[i] ?? "").slice(0, 60).replace(/\s+/g, " ")}…)\n  base: ${(la[i] ?? "").slice(0, 400)}\n  head: ${(lb[i] ?? "").slice(0, 400)}`);
    }
    const findings = lb.reduce((n, l) => n + (l === "" ? 0 : (JSON.parse(l) as { findings: unknown[] }).findings.length), 0);
    console.log(`${texts.length} texts, ${findings} findings: ${diff === 0 ? `identical to ${base}` : `${diff} texts differ from ${base}`}`);
    if (diff > 0) process.exitCode = 1;
  } finally {
    tree.remove();
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
