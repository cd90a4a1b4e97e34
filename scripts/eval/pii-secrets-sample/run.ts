/**
 * `npm run eval:pii-secrets-sample`: 546 texts written for Warden by an acceptance-testing session (2026-11-27):
 * PII in chats, e-mails, logs, JSON, CSV and code (national phone formats, cards, IBANs, SSNs, NINOs, passports,
 * dates of birth, addresses, names and places), provider and generic secrets (valid shapes and checksums, seeded),
 * and 180 look-alike texts without personal data or secrets. Labels sit beside the texts (cases.ts, cases2.ts).
 * Prints per-type recall and precision at the engine's thresholds, then every miss, false positive and partial span.
 * The set was studied while fixing what it found: read it as a regression set, not as held-out data.
 */
import { createDetectionEngine } from "../../../src/detect/engine.js";
import { cases } from "./all.js";
const e = createDetectionEngine();
const cat = (t: string) => (t.startsWith("SECRET:") ? "SECRET" : t);
type Row = { tp: number; fn: number; fp: number };
const per: Record<string, Row> = {};
const row = (k: string) => (per[k] ??= { tp: 0, fn: 0, fp: 0 });
const secPer: Record<string, Row> = {};
const misses: string[] = [], fps: string[] = [], partial: string[] = [];
const ovl = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
let negFlagged = 0, negTotal = 0;
for (const c of cases) {
  const r = e.detect(c.text, { direction: "request", role: "user" });
  if (r.errors.length) console.log("ERR", c.id, r.errors);
  const act = r.findings.filter((f) => (f.category === "pii" || f.category === "secret") && e.isActionable(f));
  const ftype = (f: typeof act[0]) => (f.category === "secret" ? "SECRET" : f.type);
  const used = new Set<number>();
  for (const l of c.labels) {
    const lt = cat(l.t);
    const hits = act.map((f, i) => [f, i] as const).filter(([f]) => ftype(f) === lt && ovl(f, l));
    hits.forEach(([, i]) => used.add(i));
    if (l.opt) continue;
    const k = lt;
    if (hits.length) {
      row(k).tp++; if (lt === "SECRET") (secPer[l.t] ??= { tp: 0, fn: 0, fp: 0 }).tp++;
      const cov = hits.reduce((s, [f]) => s + Math.min(f.end, l.end) - Math.max(f.start, l.start), 0) / (l.end - l.start);
      const ext = hits.some(([f]) => f.start < l.start - 1 || f.end > l.end + 1);
      if (cov < 0.8 || (ext && lt !== "ADDRESS" && lt !== "PERSON")) partial.push(`#${c.id} ${l.t} label=${JSON.stringify(l.v.slice(0, 80))} found=${hits.map(([f]) => JSON.stringify(c.text.slice(f.start, f.end).slice(0, 80))).join(",")}`);
    } else {
      row(k).fn++; if (lt === "SECRET") (secPer[l.t] ??= { tp: 0, fn: 0, fp: 0 }).fn++;
      const other = r.findings.filter((f) => ovl(f, l) && (f.category === "pii" || f.category === "secret")).map((f) => `${f.type}:${f.score.toFixed(2)}${e.isActionable(f) ? "*" : ""}`);
      misses.push(`#${c.id} [${c.kind}] ${l.t} ${JSON.stringify(l.v.slice(0, 90))} other=[${other.join(" ")}] :: ${JSON.stringify(c.text.slice(0, 160))}`);
    }
  }
  let flagged = false;
  act.forEach((f, i) => {
    if (used.has(i)) return;
    const t = ftype(f);
    if (t === "URL") return; // URLs not labelled
    // PII findings inside an ADDRESS label (LOCATION/PERSON parts) are tolerated
    if (c.labels.some((l) => cat(l.t) === "ADDRESS" && ovl(f, l) && (t === "LOCATION" || t === "PERSON" || t === "UK_POSTCODE"))) return;
    if (t === "UK_POSTCODE" && c.labels.some((l) => l.t === "ADDRESS")) return;
    // a person's name that is in an email label: tolerated
    row(t).fp++; flagged = true;
    const on = c.labels.filter((l) => ovl(f, l)).map((l) => l.t);
    fps.push(`#${c.id} [${c.group}/${c.kind}] ${f.type}(${f.detector}) ${f.score.toFixed(2)} ${JSON.stringify(c.text.slice(f.start, f.end).slice(0, 80))}${on.length ? " ON " + on.join(",") : ""} :: ${JSON.stringify(c.text.slice(0, 140))}`);
  });
  if (c.group === "neg") { negTotal++; if (flagged) negFlagged++; }
}
const out: string[] = [];
out.push(`cases=${cases.length} pii=${cases.filter(c=>c.group==="pii").length} secret=${cases.filter(c=>c.group==="secret").length} neg=${negTotal} negFlagged=${negFlagged}`);
out.push("type | tp | fn | fp | P | R");
for (const [k, v] of Object.entries(per).sort()) out.push(`${k} | ${v.tp} | ${v.fn} | ${v.fp} | ${(v.tp / Math.max(1, v.tp + v.fp)).toFixed(3)} | ${(v.tp / Math.max(1, v.tp + v.fn)).toFixed(3)}`);
out.push("-- secrets by kind"); for (const [k, v] of Object.entries(secPer).sort()) out.push(`${k} ${v.tp}/${v.tp + v.fn}`);
out.push("-- MISSES"); out.push(...misses); out.push("-- FPS"); out.push(...fps); out.push("-- PARTIAL SPANS"); out.push(...partial);
console.log(out.join("\n"));
