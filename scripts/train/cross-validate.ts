/**
 * K-fold cross-validation of the injection classifier on the DEVELOPMENT (train) split only: the held-out split is
 * never read. Used to choose regularisation and thresholds without touching held-out rows:
 *
 *   node --import tsx scripts/train/cross-validate.ts [--folds 5] [--l2 3e-4] [--epochs 10] [--lr 0.6]
 *     [--rule-l2 1e-3] [--third-party-weight 4] [--th PI,JB,NGRAM_ONLY_JB,NGRAM_ONLY_PI] [--misses SOURCE[,SOURCE...]] [--by template|family] [--features 1|2]
 *
 * Folds are assigned by a seeded hash of the row's group (a template for generated rows, a row id for third-party
 * rows), so a generated template is never in training and validation at once. With `--by family` a generated row's
 * fold follows its whole family (gen:override, gen:multilingual, ...): every template of a family is validated by a
 * model that saw no row of that family, which estimates recall on attack families nobody wrote templates for. Every fold's model scores its
 * validation rows once at a low floor; the threshold sweep then re-applies candidate thresholds to those scores.
 */
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { createInjectionDetector, DEFAULT_INJECTION_OPTIONS } from "../../src/detect/injection/injection-detector.js";
import type { InjectionModel } from "../../src/detect/injection/injection-model.js";
import { DEFAULT_SGD, quantize, trainLinear, type SgdOptions } from "../../src/detect/injection/linear-trainer.js";
import { buildExamples, THIRD_PARTY_WEIGHT } from "./build-examples.js";
import { DATA_SEED, documentationRows, generatedRows, heldOutGroups, isTestRow, loadSharedRows, otherSharedRows, redteamRows, technicalRows, type DataRow } from "./injection-data.js";

/** What one validation row scored: the best score per finding type, and whether a pattern backed the JAILBREAK. */
export interface RowScore {
  row: DataRow;
  best: Record<string, number>;
  /** Best score per finding type among spans with a heuristic pattern behind them. */
  withRule: Record<string, number>;
}

/** The development split: every row that is not held out. */
export function developmentRows(): DataRow[] {
  const shared = [...loadSharedRows(), ...otherSharedRows()];
  const gen = [...generatedRows(), ...technicalRows(), ...documentationRows(), ...redteamRows()];
  const held = heldOutGroups(gen);
  return [...shared, ...gen].filter((r) => !isTestRow(r, held));
}

/** How rows are grouped into folds: by template (default) or, for generated rows, by whole family. */
let groupBy: "template" | "family" = "template";

function fold(r: DataRow, k: number): number {
  const key = groupBy === "family" && r.source.startsWith("gen:") ? `family:${r.source}` : r.group;
  return createHash("sha256").update(`cv:${DATA_SEED}:${key}`).digest().readUInt32BE(0) % k;
}

/** Third-party row weight used by the CV fits (`--third-party-weight`, default THIRD_PARTY_WEIGHT). */
let thirdPartyWeight = THIRD_PARTY_WEIGHT;

function fit(rows: readonly DataRow[], o: SgdOptions): InjectionModel {
  return quantize(trainLinear(buildExamples(rows, o.hashBits, DATA_SEED, thirdPartyWeight, o.featureSet), o), o.hashBits, o.normKnee, o.featureSet);
}

/** Out-of-fold scores of every development row. */
export function crossValidate(rows: readonly DataRow[], k: number, o: SgdOptions): RowScore[] {
  const out: RowScore[] = [];
  const low = { PROMPT_INJECTION: 0.05, JAILBREAK: 0.05, SYSTEM_PROMPT_EXTRACTION: 0.05, INDIRECT_INJECTION: 0.05 };
  for (let f = 0; f < k; f++) {
    const model = fit(
      rows.filter((r) => fold(r, k) !== f),
      o,
    );
    const d = createInjectionDetector({ ...DEFAULT_INJECTION_OPTIONS, thresholds: low, ngramOnlyJailbreak: 0.05, ngramOnlyLocal: 0.05 }, model);
    for (const r of rows) {
      if (fold(r, k) !== f) continue;
      const fs = d.detect({ text: r.text, context: { direction: "request", ...(r.tool ? { role: "tool" as const } : {}) } });
      const best: Record<string, number> = {};
      const withRule: Record<string, number> = {};
      for (const x of fs) {
        best[x.type] = Math.max(best[x.type] ?? 0, x.score);
        if (!x.explanation.includes("no single pattern")) withRule[x.type] = Math.max(withRule[x.type] ?? 0, x.score);
      }
      out.push({ row: r, best, withRule });
    }
  }
  return out;
}

/**
 * Whether a scored row is flagged at the given thresholds (same rule as the detector): a span without a pattern
 * behind it must also reach the n-gram-only threshold of its type (`ngramOnly.JAILBREAK`, `ngramOnly.other`).
 */
export function flaggedAt(s: RowScore, th: Readonly<Record<string, number>>, ngramOnly: { JAILBREAK: number; other: number }): boolean {
  for (const [type, score] of Object.entries(s.best)) {
    const t = th[type] ?? 0.5;
    if (score < t) continue;
    const n = type === "JAILBREAK" ? ngramOnly.JAILBREAK : type === "INDIRECT_INJECTION" ? 0 : ngramOnly.other;
    if ((s.withRule[type] ?? 0) < t && score < n) continue;
    return true;
  }
  return false;
}

/** Per-source recall / FPR lines plus the overall figures. */
export function summarise(scores: readonly RowScore[], th: Readonly<Record<string, number>>, ngramOnly: { JAILBREAK: number; other: number }): { lines: string[]; injection: number; jailbreak: number; fpr: number; realFpr: number; realInjection: number; realJailbreak: number } {
  const by = new Map<string, [number, number]>();
  const tot = { injection: [0, 0], jailbreak: [0, 0], benign: [0, 0], real: [0, 0], realInjection: [0, 0], realJailbreak: [0, 0] };
  for (const s of scores) {
    const hit = flaggedAt(s, th, ngramOnly);
    const key = `${s.row.label === "benign" ? "benign" : "attack"} ${s.row.source}`;
    const v = by.get(key) ?? [0, 0];
    v[0] += hit ? 1 : 0;
    v[1]++;
    by.set(key, v);
    const t = tot[s.row.label];
    t[0]! += hit ? 1 : 0;
    t[1]!++;
    const thirdParty = !s.row.source.startsWith("gen:") && !["node-types-docs", "shared-pii-secrets", "docs-prose"].includes(s.row.source);
    if (thirdParty) {
      const t3 = s.row.label === "benign" ? tot.real : s.row.label === "injection" ? tot.realInjection : tot.realJailbreak;
      t3[0]! += hit ? 1 : 0;
      t3[1]!++;
    }
  }
  const lines = [...by.entries()].sort().map(([k, [h, n]]) => `${k.padEnd(50)} ${String(n).padStart(5)} ${((h / n) * 100).toFixed(1).padStart(6)}%`);
  const r = (x: number[]): number => (x[1]! > 0 ? x[0]! / x[1]! : 0);
  return {
    lines,
    injection: r(tot.injection),
    jailbreak: r(tot.jailbreak),
    fpr: r(tot.benign),
    realFpr: r(tot.real),
    realInjection: r(tot.realInjection),
    realJailbreak: r(tot.realJailbreak),
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const k = Number(arg("--folds") ?? 5);
  if (arg("--third-party-weight") !== undefined) thirdPartyWeight = Number(arg("--third-party-weight"));
  if (arg("--by") === "family") groupBy = "family";
  const o: SgdOptions = {
    ...DEFAULT_SGD,
    ...(arg("--l2") !== undefined ? { l2: Number(arg("--l2")) } : {}),
    ...(arg("--epochs") !== undefined ? { epochs: Number(arg("--epochs")) } : {}),
    ...(arg("--lr") !== undefined ? { learningRate: Number(arg("--lr")) } : {}),
    ...(arg("--rule-l2") !== undefined ? { ruleL2: Number(arg("--rule-l2")) } : {}),
    ...(arg("--knee") !== undefined ? { normKnee: Number(arg("--knee")) } : {}),
    ...(arg("--features") !== undefined ? { featureSet: Number(arg("--features")) } : {}),
  };
  const rows = developmentRows();
  const t0 = Date.now();
  const scores = crossValidate(rows, k, o);
  console.log(`${k}-fold CV grouped by ${groupBy} on ${rows.length} development rows (l2 ${o.l2}, rule l2 ${o.ruleL2}, epochs ${o.epochs}, lr ${o.learningRate}, third-party weight ${thirdPartyWeight}, feature set ${o.featureSet}) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const th: Record<string, number> = { ...DEFAULT_INJECTION_OPTIONS.thresholds };
  const ngramOnly = { JAILBREAK: DEFAULT_INJECTION_OPTIONS.ngramOnlyJailbreak, other: 0 };
  const thArg = arg("--th"); // PROMPT_INJECTION,JAILBREAK,n-gram-only JAILBREAK,n-gram-only PROMPT_INJECTION
  if (thArg !== undefined) {
    const [pi, jb, ng, ngi] = thArg.split(",").map(Number);
    if (pi !== undefined) th.PROMPT_INJECTION = th.SYSTEM_PROMPT_EXTRACTION = pi;
    if (jb !== undefined) th.JAILBREAK = jb;
    if (ng !== undefined) ngramOnly.JAILBREAK = ng;
    if (ngi !== undefined) ngramOnly.other = ngi;
  }
  const cur = summarise(scores, th, ngramOnly);
  console.log(cur.lines.join("\n"));
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    `thresholds ${th.PROMPT_INJECTION}/${th.JAILBREAK}/${ngramOnly.JAILBREAK}/${ngramOnly.other}: injection ${pct(cur.injection)}, jailbreak ${pct(cur.jailbreak)}, benign FPR ${pct(cur.fpr)}; ` +
      `third-party: injection ${pct(cur.realInjection)}, jailbreak ${pct(cur.realJailbreak)}, benign FPR ${pct(cur.realFpr)}`,
  );
  console.log("\nthreshold sweep (PROMPT_INJECTION / JAILBREAK / n-gram-only JAILBREAK / n-gram-only PROMPT_INJECTION):");
  for (const pi of [0.4, 0.45, 0.5]) {
    for (const jb of [0.6, 0.7, 0.8]) {
      for (const ng of [0.85, 0.9]) {
        for (const ngi of [0]) {
        const t = { ...th, PROMPT_INJECTION: pi, SYSTEM_PROMPT_EXTRACTION: pi, JAILBREAK: jb };
        const s = summarise(scores, t, { JAILBREAK: ng, other: ngi });
        console.log(
          `  ${pi} / ${jb} / ${ng} / ${ngi}: injection ${pct(s.injection)}, jailbreak ${pct(s.jailbreak)}, benign FPR ${pct(s.fpr)}; ` +
            `third-party: injection ${pct(s.realInjection)}, jailbreak ${pct(s.realJailbreak)}, benign FPR ${pct(s.realFpr)}`,
        );
        }
      }
    }
  }
  const missSrc = arg("--misses");
  if (missSrc !== undefined) {
    console.log(`\nerrors on ${missSrc} (out of fold):`);
    const wanted = new Set(missSrc.split(","));
    for (const s of scores) {
      if (!wanted.has(s.row.source)) continue;
      const hit = flaggedAt(s, th, ngramOnly);
      if (hit !== (s.row.label !== "benign")) console.log(`${s.row.label}\t${JSON.stringify(s.best)} with pattern ${JSON.stringify(s.withRule)}\t${JSON.stringify(s.row.text.slice(0, 240))}`);
    }
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
