/**
 * `npm run eval:pii-secrets-sample-2`: 522 texts written for Warden by a second red-team session (2026-11-27, session
 * 10): enterprise pastes (CRM exports as CSV and Markdown tables, HR letters, medical notes, claims, logs, code),
 * non-US PII with valid checksums, provider secrets and passwords in prose, evasions, 150 hard negatives, public
 * figures and debatable look-alikes. Labels sit beside the texts (cases-*.ts, generated with a fixed seed by gen.ts).
 * The set was studied while fixing what it found: read it as a regression set, not as held-out data.
 *
 * A finding counts when it overlaps a label of the same type (secrets: same category). URL findings are ignored.
 * Findings inside an ADDRESS label of type LOCATION/PERSON/UK_POSTCODE, PERSON inside an EMAIL label, and findings
 * overlapping an optional label are tolerated. IP findings on private/loopback addresses are reported apart.
 * Groups "pub" (public figures in trivia) and "negopt" (debatable look-alikes) are reported apart, not in P/R. */
import { createDetectionEngine } from "../../../src/detect/engine.js";
import { b } from "./cases-pii.js";
import "./cases-sec.js";
import "./cases-neg.js";
import { phoneValid } from "./gen.js";
const REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "NO", "DK", "FI", "IN", "BR", "JP", "CN", "AT", "CH", "TR", "CZ", "PT"];
const cases = b.cases;
const e = createDetectionEngine();
const cat = (t: string) => (t.startsWith("SECRET:") ? "SECRET" : t);
type Row = { tp: number; fn: number; fp: number };
const per: Record<string, Row> = {}; const row = (k: string) => (per[k] ??= { tp: 0, fn: 0, fp: 0 });
const secPer: Record<string, Row> = {};
const partial: string[] = [], misses: string[] = [], fps: string[] = [], side: string[] = [], optRes: string[] = [], priv: string[] = [];
const ovl = (a: { start: number; end: number }, c: { start: number; end: number }) => a.start < c.end && c.start < a.end;
const isPrivate = (s: string) => /^(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|fe80:)/i.test(s);
const J = (s: string, n = 150) => JSON.stringify(s.length > n ? s.slice(0, n) + "…" : s);
let negFlagged = 0, negTotal = 0;
const counts: Record<string, number> = {};
for (const c of cases) {
  counts[c.group] = (counts[c.group] ?? 0) + 1;
  for (const l of c.labels) {
    if (c.text.slice(l.start, l.end) !== l.v) throw new Error(`bad span #${c.id}`);
    if (l.t === "PHONE_NUMBER" && !l.opt && c.kind !== "evasion" && !phoneValid(l.v, REGIONS)) console.log(`LABEL-LINT #${c.id} phone not valid per libphonenumber metadata: ${l.v}`);
  }
  const r = e.detect(c.text, { direction: "request", role: "user" });
  if (r.errors.length) console.log("ERR", c.id, r.errors);
  const act = r.findings.filter((f) => (f.category === "pii" || f.category === "secret") && e.isActionable(f));
  const ftype = (f: (typeof act)[0]) => (f.category === "secret" ? "SECRET" : f.type);
  const side_ = (c.group as string) === "pub" || (c.group as string) === "negopt";
  const used = new Set<number>();
  for (const l of c.labels) {
    const lt = cat(l.t);
    const hits = act.map((f, i) => [f, i] as const).filter(([f]) => ftype(f) === lt && ovl(f, l));
    hits.forEach(([, i]) => used.add(i));
    if (l.opt) { optRes.push(`#${c.id} [${c.kind}] ${l.t} ${hits.length ? "FOUND" : "not found"} ${J(l.v, 70)}`); act.forEach((f, i) => { if (ovl(f, l)) used.add(i); }); continue; }
    if (hits.length) {
      row(lt).tp++; if (lt === "SECRET") (secPer[l.t] ??= { tp: 0, fn: 0, fp: 0 }).tp++;
      const cov = hits.reduce((s, [f]) => s + Math.min(f.end, l.end) - Math.max(f.start, l.start), 0) / (l.end - l.start);
      const ext = hits.some(([f]) => f.start < l.start - 1 || f.end > l.end + 1);
      if (cov < 0.8 || ext) partial.push(`#${c.id} [${c.kind}] ${l.t} label=${J(l.v, 80)} found=${hits.map(([f]) => J(c.text.slice(f.start, f.end), 80)).join(",")}`);
    }
    else {
      row(lt).fn++; if (lt === "SECRET") (secPer[l.t] ??= { tp: 0, fn: 0, fp: 0 }).fn++;
      const other = r.findings.filter((f) => ovl(f, l) && (f.category === "pii" || f.category === "secret" || f.category === "evasion")).map((f) => `${f.type}:${f.score.toFixed(2)}${e.isActionable(f) ? "*" : ""}`);
      misses.push(`#${c.id} [${c.kind}] ${l.t} ${J(l.v, 90)} other=[${other.join(" ")}] :: ${J(c.text)}`);
    }
  }
  let flagged = false;
  act.forEach((f, i) => {
    if (used.has(i)) return;
    const t = ftype(f); const ftxt = c.text.slice(f.start, f.end);
    if (t === "URL") return;
    if (c.labels.some((l) => cat(l.t) === "ADDRESS" && ovl(f, l)) && ["LOCATION", "PERSON", "UK_POSTCODE"].includes(t)) return;
    if (c.labels.some((l) => l.t === "EMAIL_ADDRESS" && ovl(f, l)) && t === "PERSON") return;
    const line = `#${c.id} [${c.group}/${c.kind}] ${f.type}(${f.detector}) ${f.score.toFixed(2)} ${J(ftxt, 80)}${c.labels.filter((l) => ovl(f, l)).map((l) => " ON " + l.t).join("")} :: ${J(c.text)}`;
    if (t === "IP_ADDRESS" && isPrivate(ftxt)) { priv.push(line); return; }
    if (side_) { side.push(line); flagged = true; return; }
    row(t).fp++; flagged = true; fps.push(line);
  });
  if (c.group === "neg") { negTotal++; if (flagged) negFlagged++; }
}
const out: string[] = [];
out.push(`cases=${cases.length} ${JSON.stringify(counts)} negFlagged=${negFlagged}/${negTotal}`);
out.push("type | tp | fn | fp | P | R");
let T = { tp: 0, fn: 0, fp: 0 };
for (const [k, v] of Object.entries(per).sort()) { T = { tp: T.tp + v.tp, fn: T.fn + v.fn, fp: T.fp + v.fp }; out.push(`${k} | ${v.tp} | ${v.fn} | ${v.fp} | ${(v.tp / Math.max(1, v.tp + v.fp)).toFixed(3)} | ${(v.tp / Math.max(1, v.tp + v.fn)).toFixed(3)}`); }
out.push(`ALL | ${T.tp} | ${T.fn} | ${T.fp} | ${(T.tp / (T.tp + T.fp)).toFixed(3)} | ${(T.tp / (T.tp + T.fn)).toFixed(3)}`);
out.push("-- secrets by kind"); for (const [k, v] of Object.entries(secPer).sort()) out.push(`${k} ${v.tp}/${v.tp + v.fn}`);
out.push("-- MISSES"); out.push(...misses); out.push("-- FALSE POSITIVES"); out.push(...fps);
out.push("-- SIDE GROUPS (public figures / debatable)"); out.push(...side);
out.push("-- PRIVATE-IP findings (not counted)"); out.push(...priv);
out.push("-- PARTIAL / OVERLONG SPANS"); out.push(...partial);
out.push("-- OPTIONAL LABELS"); out.push(...optRes);
console.log(out.join("\n"));
if (process.argv[2] === "--dump") for (const c of cases) console.log(`#${c.id} [${c.group}/${c.kind}] ${JSON.stringify(c.text)} ${JSON.stringify(c.labels.map((l) => [l.t, l.v]))}`);
