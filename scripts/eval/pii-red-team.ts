/**
 * The runner shared by the PII red-team sets (3, 4). Scoring (as in pii-secrets-sample-2): a PII finding counts when it
 * overlaps a label of the same type. URL findings are ignored. LOCATION/PERSON/UK_POSTCODE findings inside an ADDRESS
 * label and PERSON inside an EMAIL label are tolerated. Findings overlapping an optional label are tolerated and the
 * optional labels are reported apart. IP findings on private/loopback addresses are reported apart. Phone labels are
 * linted against libphonenumber for the given regions. `--misses` lists misses and false positives, `--dump` the cases.
 */
import { createDetectionEngine } from "../../src/detect/engine.js";
import type { b as CaseBuilder } from "./pii-sample-3/cases-en.js";
import { phoneValid } from "./pii-sample-3/gen.js";

type Cases = typeof CaseBuilder.cases;

export function runPiiRedTeam(cases: Cases, REGIONS: string[]): void {
  const args = new Set(process.argv.slice(2));
  const e = createDetectionEngine();
  type Row = { tp: number; fn: number; fp: number };
  const per: Record<string, Row> = {}; const row = (k: string) => (per[k] ??= { tp: 0, fn: 0, fp: 0 });
  const misses: string[] = [], fps: string[] = [], optRes: string[] = [], priv: string[] = [], partial: string[] = [], lint: string[] = [];
  const ovl = (a: { start: number; end: number }, c: { start: number; end: number }) => a.start < c.end && c.start < a.end;
  const isPrivate = (s: string) => /^(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|fe80:)/i.test(s);
  const J = (s: string, n = 140) => JSON.stringify(s.length > n ? s.slice(0, n) + "…" : s);
  let negFlagged = 0, negTotal = 0, nonEn = 0;
  const counts: Record<string, number> = {};
  for (const c of cases) {
    counts[c.group] = (counts[c.group] ?? 0) + 1;
    if (c.group === "pii" && /^[a-z]{2}-/.test(c.kind)) nonEn++;
    for (const l of c.labels) {
      if (c.text.slice(l.start, l.end) !== l.v) throw new Error(`bad span #${c.id}`);
      if (l.t === "PHONE_NUMBER" && !l.opt && !phoneValid(l.v, REGIONS)) lint.push(`#${c.id} phone not valid per libphonenumber: ${l.v}`);
    }
    const r = e.detect(c.text, { direction: "request", role: "user" });
    if (r.errors.length) console.log("ERR", c.id, r.errors);
    const act = r.findings.filter((f) => f.category === "pii" && e.isActionable(f));
    const used = new Set<number>();
    for (const l of c.labels) {
      const hits = act.map((f, i) => [f, i] as const).filter(([f]) => f.type === l.t && ovl(f, l));
      hits.forEach(([, i]) => used.add(i));
      if (l.opt) { optRes.push(`#${c.id} [${c.kind}] ${l.t} ${hits.length ? "FOUND" : "not found"} ${J(l.v, 60)}`); act.forEach((f, i) => { if (ovl(f, l)) used.add(i); }); continue; }
      if (hits.length) {
        row(l.t).tp++;
        const cov = hits.reduce((s, [f]) => s + Math.min(f.end, l.end) - Math.max(f.start, l.start), 0) / (l.end - l.start);
        if (cov < 0.8 || hits.some(([f]) => f.start < l.start - 1 || f.end > l.end + 1)) partial.push(`#${c.id} [${c.kind}] ${l.t} label=${J(l.v, 70)} found=${hits.map(([f]) => J(c.text.slice(f.start, f.end), 70)).join(",")}`);
      } else {
        row(l.t).fn++;
        const other = r.findings.filter((f) => ovl(f, l) && f.category === "pii").map((f) => `${f.type}:${f.score.toFixed(2)}${e.isActionable(f) ? "*" : ""}`);
        misses.push(`#${c.id} [${c.kind}] ${l.t} ${J(l.v, 80)} other=[${other.join(" ")}] :: ${J(c.text)}`);
      }
    }
    let flagged = false;
    act.forEach((f, i) => {
      if (used.has(i) || f.type === "URL") return;
      const ftxt = c.text.slice(f.start, f.end);
      if (c.labels.some((l) => l.t === "ADDRESS" && ovl(f, l)) && ["LOCATION", "PERSON", "UK_POSTCODE"].includes(f.type)) return;
      if (c.labels.some((l) => l.t === "EMAIL_ADDRESS" && ovl(f, l)) && f.type === "PERSON") return;
      const line = `#${c.id} [${c.group}/${c.kind}] ${f.type}(${f.detector}) ${f.score.toFixed(2)} ${J(ftxt, 70)}${c.labels.filter((l) => ovl(f, l)).map((l) => " ON " + l.t).join("")} :: ${J(c.text)}`;
      if (f.type === "IP_ADDRESS" && isPrivate(ftxt)) { priv.push(line); return; }
      row(f.type).fp++; flagged = true; fps.push(line);
    });
    if (c.group === "neg") { negTotal++; if (flagged) negFlagged++; }
  }
  const out: string[] = [];
  out.push(`cases=${cases.length} ${JSON.stringify(counts)} non-English PII texts=${nonEn} negatives flagged=${negFlagged}/${negTotal}`);
  out.push("type | tp | fn | fp | P | R | F1");
  const f3 = (v: Row) => { const p = v.tp / Math.max(1, v.tp + v.fp), rr = v.tp / Math.max(1, v.tp + v.fn); return `${p.toFixed(3)} | ${rr.toFixed(3)} | ${(p + rr ? (2 * p * rr) / (p + rr) : 0).toFixed(3)}`; };
  let T: Row = { tp: 0, fn: 0, fp: 0 };
  for (const [k, v] of Object.entries(per).sort()) { T = { tp: T.tp + v.tp, fn: T.fn + v.fn, fp: T.fp + v.fp }; out.push(`${k} | ${v.tp} | ${v.fn} | ${v.fp} | ${f3(v)}`); }
  out.push(`ALL | ${T.tp} | ${T.fn} | ${T.fp} | ${f3(T)}`);
  if (lint.length) { out.push("-- LABEL LINT"); out.push(...lint); }
  if (args.has("--misses")) {
    out.push(`-- MISSES (${misses.length})`); out.push(...misses);
    out.push(`-- FALSE POSITIVES (${fps.length})`); out.push(...fps);
    out.push("-- PRIVATE-IP findings (not counted)"); out.push(...priv);
    out.push("-- PARTIAL / OVERLONG SPANS"); out.push(...partial);
    out.push("-- OPTIONAL LABELS"); out.push(...optRes);
  }
  console.log(out.join("\n"));
  if (args.has("--dump")) for (const c of cases) console.log(`#${c.id} [${c.group}/${c.kind}] ${JSON.stringify(c.text)} ${JSON.stringify(c.labels.map((l) => [l.t, l.v, l.opt ? "opt" : ""]))}`);
}
