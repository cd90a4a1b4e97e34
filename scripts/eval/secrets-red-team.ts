/**
 * The runner shared by the secrets red-team sets (3, 4): scores every case's actionable "secret" findings against its
 * labels and prints precision/recall, negatives flagged, recall per kind and, with `--misses`, every miss and false
 * positive; `--dump` prints the cases. Only actionable findings of category "secret" are scored. A labelled span is
 * found when an actionable secret finding overlaps it. A finding that overlaps no label is a false positive (in positive
 * and negative cases alike); findings overlapping an OPT label are tolerated and the OPT labels are reported apart.
 */
import { createDetectionEngine } from "../../src/detect/engine.js";
import type { b as CaseBuilder } from "./secrets-sample-3/cases.js";

type Cases = typeof CaseBuilder.cases;

export function runSecretsRedTeam(cases: Cases): void {
  const args = new Set(process.argv.slice(2));
  const e = createDetectionEngine();
  const ovl = (a: { start: number; end: number }, c: { start: number; end: number }) => a.start < c.end && c.start < a.end;
  const J = (s: string, n = 110) => JSON.stringify(s.length > n ? s.slice(0, n) + "…" : s);
  /** A short excerpt around [s, e) with the value abbreviated to its shape. */
  function excerpt(text: string, s: number, en: number, before = 40, after = 25): string {
    const v = text.slice(s, en); const shown = v.length > 48 ? `${v.slice(0, 24)}…${v.slice(-8)}(${v.length})` : v;
    return JSON.stringify(text.slice(Math.max(0, s - before), s) + "⟦" + shown + "⟧" + text.slice(en, en + after));
  }

  const perKind: Record<string, { tp: number; fn: number }> = {};
  let TP = 0, FN = 0, FP = 0, negFlagged = 0, negTotal = 0, posCases = 0, labels = 0, optLabels = 0;
  const misses: string[] = [], fps: string[] = [], opt: string[] = [], partial: string[] = [];
  const fpByRule: Record<string, number> = {};
  const t0 = performance.now();
  for (const c of cases) {
    for (const l of c.labels) if (c.text.slice(l.start, l.end) !== l.v) throw new Error(`bad span #${c.id}`);
    const r = e.detect(c.text, { direction: "request", role: "user" });
    if (r.errors.length) console.log("ERR", c.id, JSON.stringify(r.errors));
    const act = r.findings.filter((f) => f.category === "secret" && e.isActionable(f));
    const used = new Set<number>();
    if (c.group === "secret") posCases++; else negTotal++;
    for (const l of c.labels) {
      const kind = l.t.replace(/^SECRET:/, "");
      const hits = act.map((f, i) => [f, i] as const).filter(([f]) => ovl(f, l));
      hits.forEach(([, i]) => used.add(i));
      if (l.opt) { optLabels++; opt.push(`#${c.id} [${c.group}/${c.kind}] ${kind}: ${hits.length ? "FOUND by " + hits.map(([f]) => f.type).join(",") : "not found"} ${excerpt(c.text, l.start, l.end)}`); continue; }
      labels++;
      const row = (perKind[kind] ??= { tp: 0, fn: 0 });
      if (hits.length) {
        row.tp++; TP++;
        const cov = hits.reduce((s, [f]) => s + Math.min(f.end, l.end) - Math.max(f.start, l.start), 0) / (l.end - l.start);
        if (cov < 0.8) partial.push(`#${c.id} [${c.kind}] ${kind} covered ${(cov * 100).toFixed(0)}% by ${hits.map(([f]) => `${f.type} ${J(c.text.slice(f.start, f.end), 50)}`).join(", ")}`);
      } else {
        row.fn++; FN++;
        const other = r.findings.filter((f) => ovl(f, l)).map((f) => `${f.category}/${f.type}:${f.score.toFixed(2)}${e.isActionable(f) ? "*" : ""}`);
        misses.push(`#${c.id} [${c.kind}] ${kind} ${excerpt(c.text, l.start, l.end)}${other.length ? " sub-threshold/other=[" + other.join(" ") + "]" : ""}`);
      }
    }
    let flagged = false;
    act.forEach((f, i) => {
      if (used.has(i)) return;
      flagged = true; FP++; fpByRule[f.type] = (fpByRule[f.type] ?? 0) + 1;
      fps.push(`#${c.id} [${c.group}/${c.kind}] rule=${f.type} score=${f.score.toFixed(2)} ${excerpt(c.text, f.start, f.end)}`);
    });
    if (c.group === "neg" && flagged) negFlagged++;
  }
  const ms = performance.now() - t0;
  const P = TP / Math.max(1, TP + FP), R = TP / Math.max(1, TP + FN);
  const out: string[] = [];
  out.push(`cases=${cases.length} positive=${posCases} negative=${negTotal} labels=${labels} (+${optLabels} optional) kinds=${Object.keys(perKind).length}  (${ms.toFixed(0)} ms)`);
  out.push(`SECRETS  TP=${TP} FN=${FN} FP=${FP}  precision=${P.toFixed(3)} recall=${R.toFixed(3)} F1=${(2 * P * R / Math.max(1e-9, P + R)).toFixed(3)}`);
  out.push(`negative cases flagged: ${negFlagged}/${negTotal}`);
  out.push(`FP by rule: ${Object.entries(fpByRule).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(" ") || "-"}`);
  const svc: Record<string, { tp: number; fn: number }> = {};
  for (const [k, v] of Object.entries(perKind)) { const s = k.split("-")[0]!; const r = (svc[s] ??= { tp: 0, fn: 0 }); r.tp += v.tp; r.fn += v.fn; }
  out.push(`services (first word of the label kind; "pw" = passwords in config/CLI/prose): ${Object.keys(svc).length}; with a miss: ${Object.entries(svc).filter(([, v]) => v.fn).map(([k, v]) => `${k} ${v.tp}/${v.tp + v.fn}`).join(", ")}`);
  out.push("-- recall per service/kind (found/labelled)");
  const rows = Object.entries(perKind).sort((a, b) => (a[1].tp / (a[1].tp + a[1].fn)) - (b[1].tp / (b[1].tp + b[1].fn)) || a[0].localeCompare(b[0]));
  out.push(rows.map(([k, v]) => `${k} ${v.tp}/${v.tp + v.fn}${v.fn ? " ✗" : ""}`).join("\n"));
  out.push("-- optional (debatable) labels");
  out.push(...opt);
  if (args.has("--misses")) {
    out.push(`-- MISSES (${misses.length})`); out.push(...misses);
    out.push(`-- FALSE POSITIVES (${fps.length})`); out.push(...fps);
    out.push(`-- PARTIAL SPANS (<80% of the label covered) (${partial.length})`); out.push(...partial);
  }
  console.log(out.join("\n"));
  if (args.has("--dump")) for (const c of cases) console.log(`#${c.id} [${c.group}/${c.kind}] ${JSON.stringify(c.text)} ${JSON.stringify(c.labels.map((l) => [l.t, l.v]))}`);
}
