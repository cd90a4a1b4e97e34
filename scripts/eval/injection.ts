/**
 * Held-out evaluation of the injection detector: recall per attack source and false-positive rate per benign source
 * (third-party sets and the generated trigger-word benign set), on the test split that training never saw
 * (generated test rows come from held-out templates). Runnable alone:
 *   node --import tsx scripts/eval/injection.ts
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Detector } from "../../src/core/detector.js";
import { createInjectionDetector } from "../../src/detect/injection/injection-detector.js";
import { defaultModelDir, loadInjectionModel, type InjectionModel } from "../../src/detect/injection/injection-model.js";
import { injectionThresholds } from "../../src/detect/injection/thresholds.js";
import { documentationRows, generatedRows, heldOutGroups, isTestRow, loadSharedRows, otherSharedRows, redteamRows, technicalRows, type DataRow } from "../train/injection-data.js";

/** Metric of one source. For attack sources `rate` is recall, for benign sources it is the false-positive rate. */
export interface InjectionSourceMetric {
  source: string;
  kind: "attack" | "benign";
  rows: number;
  flagged: number;
  rate: number;
}

/** What evaluateInjection returns. */
export interface InjectionEvalReport {
  split: "held-out";
  modelSha256: string;
  sharedDataFound: boolean;
  attacks: InjectionSourceMetric[];
  benign: InjectionSourceMetric[];
  overall: {
    injectionRecall: number;
    jailbreakRecall: number;
    attackRecall: number;
    benignFpr: number;
    triggerBenignFpr: number;
  };
  /** Indirect-injection documents: the finding's span contains the injected line and not the whole document. */
  spans: { documents: number; localised: number };
  /** Leave-one-source-out results recorded by training (model.json), if present. */
  leaveOneSourceOut?: unknown;
}

/** Whether the detector flags a text at the recommended thresholds. */
export function flags(d: Detector, r: DataRow): boolean {
  const fs = d.detect({ text: r.text, context: { direction: "request", ...(r.tool ? { role: "tool" as const } : {}) } });
  return fs.some((f) => f.score >= (injectionThresholds[f.type] ?? 0.5));
}

/** Per-source metrics of a detector over rows. */
export function evaluateRows(
  d: Detector,
  rows: readonly DataRow[],
): Pick<InjectionEvalReport, "attacks" | "benign" | "overall" | "spans"> {
  const by = new Map<string, InjectionSourceMetric>();
  let inj = [0, 0];
  let jb = [0, 0];
  let ben = [0, 0];
  let trig = [0, 0];
  let docs = 0;
  let localised = 0;
  for (const r of rows) {
    const kind = r.label === "benign" ? "benign" : "attack";
    const key = `${kind}:${r.source}`;
    let m = by.get(key);
    if (m === undefined) by.set(key, (m = { source: r.source, kind, rows: 0, flagged: 0, rate: 0 }));
    const hit = flags(d, r);
    m.rows++;
    if (hit) m.flagged++;
    if (r.label === "injection") inj = [inj[0]! + (hit ? 1 : 0), inj[1]! + 1];
    if (r.label === "jailbreak") jb = [jb[0]! + (hit ? 1 : 0), jb[1]! + 1];
    if (r.label === "benign") ben = [ben[0]! + (hit ? 1 : 0), ben[1]! + 1];
    if (r.source === "gen:benign-trigger") trig = [trig[0]! + (hit ? 1 : 0), trig[1]! + 1];
    if (r.attack !== undefined) {
      docs++;
      const at = r.text.indexOf(r.attack);
      const fs = d.detect({ text: r.text, context: { direction: "request", ...(r.tool ? { role: "tool" as const } : {}) } });
      const ok = fs.some(
        (f) => f.start <= at && f.end >= at + r.attack!.trim().length && f.end - f.start < r.text.length * 0.6,
      );
      if (ok) localised++;
    }
  }
  const ms = [...by.values()].map((m) => ({ ...m, rate: m.rows > 0 ? m.flagged / m.rows : 0 }));
  ms.sort((a, b) => a.source.localeCompare(b.source));
  const ratio = (x: number[]): number => (x[1]! > 0 ? x[0]! / x[1]! : 0);
  return {
    attacks: ms.filter((m) => m.kind === "attack"),
    benign: ms.filter((m) => m.kind === "benign"),
    overall: {
      injectionRecall: ratio(inj),
      jailbreakRecall: ratio(jb),
      attackRecall: ratio([inj[0]! + jb[0]!, inj[1]! + jb[1]!]),
      benignFpr: ratio(ben),
      triggerBenignFpr: ratio(trig),
    },
    spans: { documents: docs, localised },
  };
}

/** The held-out test rows (third-party 20% stratified split + generated rows of held-out templates). */
export function heldOutRows(): { rows: DataRow[]; shared: boolean } {
  const shared = [...loadSharedRows(), ...otherSharedRows()];
  const gen = [...generatedRows(), ...technicalRows(), ...documentationRows(), ...redteamRows()];
  const held = heldOutGroups(gen);
  return { rows: [...shared, ...gen].filter((r) => isTestRow(r, held)), shared: shared.length > 0 };
}

/** Evaluate the shipped model on the held-out split. */
export async function evaluateInjection(model?: InjectionModel): Promise<InjectionEvalReport> {
  const m = model ?? loadInjectionModel();
  const d = createInjectionDetector(undefined, m);
  const { rows, shared } = heldOutRows();
  const res = evaluateRows(d, rows);
  let loso: unknown;
  try {
    const meta = JSON.parse(readFileSync(`${defaultModelDir()}/model.json`, "utf8")) as { training?: { loso?: unknown } };
    loso = meta.training?.loso;
  } catch {
    loso = undefined;
  }
  return {
    split: "held-out",
    modelSha256: m.weightsSha256,
    sharedDataFound: shared,
    ...res,
    ...(loso !== undefined ? { leaveOneSourceOut: loso } : {}),
  };
}

/** Render a report as a plain-text table. */
export function formatInjectionReport(r: Pick<InjectionEvalReport, "attacks" | "benign" | "overall" | "spans">): string {
  const lines: string[] = [];
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  lines.push("kind    source                                        rows  flagged  rate");
  for (const m of [...r.attacks, ...r.benign]) {
    lines.push(
      `${m.kind.padEnd(7)} ${m.source.padEnd(45)} ${String(m.rows).padStart(5)} ${String(m.flagged).padStart(8)}  ${pct(m.rate)} ${m.kind === "attack" ? "recall" : "FPR"}`,
    );
  }
  const o = r.overall;
  lines.push(
    `overall: injection recall ${pct(o.injectionRecall)}, jailbreak recall ${pct(o.jailbreakRecall)}, ` +
      `benign FPR ${pct(o.benignFpr)}, trigger-word benign FPR ${pct(o.triggerBenignFpr)}`,
  );
  lines.push(`indirect documents with a localised span on the injected line: ${r.spans.localised}/${r.spans.documents}`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const report = await evaluateInjection();
  console.log(formatInjectionReport(report));
  if (!report.sharedDataFound) console.log("(../shared/data/injection not found: generated data only)");
  if (report.leaveOneSourceOut !== undefined) {
    console.log("leave-one-source-out (from training):");
    console.log(JSON.stringify(report.leaveOneSourceOut, null, 2));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
