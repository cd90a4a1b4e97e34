import { ATTACK_CATEGORIES } from "../attack.js";
import { pct, type RedteamReport, type TargetReport } from "../redteam-report.js";

const row = (cells: string[], widths: number[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");

function categoryTable(t: TargetReport, lines: string[]): void {
  const widths = [13, 8, 10, 8, 9, 7, 8];
  lines.push(row(["category", "attacks", "succeeded", "blocked", "resisted", "errors", "ASR"], widths));
  for (const c of [...ATTACK_CATEGORIES, "overall"] as const) {
    const s = t.summary[c];
    if (s.attacks === 0) continue;
    lines.push(row([c, String(s.attacks), String(s.succeeded), String(s.blocked), String(s.resisted), String(s.errors), pct(s.successRate)], widths));
  }
}

/**
 * The console table: per category, counts and attack success rate (ASR); with --compare, the same for the second
 * target, then both rates and the delta.
 */
export function formatConsoleSummary(report: RedteamReport): string {
  const lines: string[] = [];
  const t = report.target;
  lines.push(`warden redteam: ${t.summary.overall.attacks} attacks against ${t.url} (model ${t.model})`);
  categoryTable(t, lines);
  if (report.compare && report.comparison) {
    lines.push("", `compare: ${report.compare.url} (model ${report.compare.model})`);
    categoryTable(report.compare, lines);
    lines.push("", "attack success rate, target vs compare:");
    const w = [13, 10, 10, 9];
    lines.push(row(["category", "target", "compare", "delta"], w));
    for (const r of report.comparison) lines.push(row([r.category, pct(r.rate), pct(r.compareRate), `${r.delta >= 0 ? "+" : ""}${(r.delta * 100).toFixed(1)} pt`], w));
  }
  for (const th of report.thresholds ?? []) {
    if (th.exceeded) lines.push(`FAIL ${th.category}: attack success rate ${pct(th.rate)} > ${pct(th.maxRate)}`);
  }
  return `${lines.join("\n")}\n`;
}
