/** Label lint for the seventh secrets set, without running any detector: spans, duplicates, untrimmed values, labelled
 *  values that look like placeholders, positives without a required label, negatives with one, counts per group,
 *  service and context. `node --import tsx scripts/eval/secrets-sample-7/lint.ts` */
import { b } from "./build.js";
import "./all.js";
const bad: string[] = []; const seen = new Set<string>(); const svc: Record<string, number> = {}; const ctx: Record<string, number> = {};
for (const c of b.cases) {
  if (seen.has(c.text)) bad.push(`#${c.id} duplicate`); seen.add(c.text);
  if (/(?<![\w"])undefined(?![\w"])|(?<!\w)NaN(?!\w)/.test(c.text)) bad.push(`#${c.id} undefined/NaN`);
  if (c.group === "secret" && !c.labels.some((l) => !l.opt)) bad.push(`#${c.id} positive without a required label`);
  if (c.group === "neg" && c.labels.some((l) => !l.opt)) bad.push(`#${c.id} negative with a required label`);
  ctx[(c.group === "neg" ? "neg:" : "") + c.kind.split(".")[0]] = (ctx[(c.group === "neg" ? "neg:" : "") + c.kind.split(".")[0]] ?? 0) + 1;
  for (const l of c.labels) {
    if (/[<>{}]|\$\{|xxxx|XXXX|changeme|EXAMPLE/.test(l.v) && !l.t.includes("private-key")) bad.push(`#${c.id} placeholder-like value labelled: ${l.v.slice(0, 30)}`);
    if (c.text.slice(l.start, l.end) !== l.v) bad.push(`#${c.id} span`);
    if (l.v !== l.v.trim() || !l.v) bad.push(`#${c.id} untrimmed`);
    if (!l.opt) { const s = l.t.replace(/^SECRET:/, "").split("-")[0]!; svc[s] = (svc[s] ?? 0) + 1; }
  }
}
const pos = b.cases.filter((c) => c.group === "secret").length;
console.log(`cases=${b.cases.length} positive=${pos} negative=${b.cases.length - pos} labels=${b.cases.reduce((a, c) => a + c.labels.filter((l) => !l.opt).length, 0)} optional=${b.cases.reduce((a, c) => a + c.labels.filter((l) => l.opt).length, 0)} services=${Object.keys(svc).length}`);
console.log("by service:", JSON.stringify(svc)); console.log("by context:", JSON.stringify(ctx));
console.log(bad.join("\n") || "lint ok");
