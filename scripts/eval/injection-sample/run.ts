/**
 * `npm run eval:injection-sample`: 503 prompts an acceptance-testing session wrote for Warden (2026-11-27), 250
 * attacks and 253 benign prompts that share attack vocabulary, each labelled with a style (override, persona,
 * extraction, indirect in e-mails / web pages / tool output / code, smuggling, multilingual, hijack; questions about
 * injection, code with system messages, users taking back their own instructions, harmless role-play, ...).
 * Prints recall and false-positive rate per style for the injection detector alone and through the whole engine
 * (which adds the decoded, leet and cipher views), at the shipped thresholds. The set was studied while fixing what
 * it found: read it as a regression set, not as held-out data.
 */
import { readFileSync } from "node:fs";
import { createDetectionEngine } from "../../../src/detect/engine.js";
import { createInjectionDetector } from "../../../src/detect/injection/injection-detector.js";
import { loadInjectionModel } from "../../../src/detect/injection/injection-model.js";
import { injectionThresholds } from "../../../src/detect/injection/thresholds.js";

interface Row {
  text: string;
  label: "attack" | "benign";
  style: string;
}

const rows = readFileSync(new URL("./prompts.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Row);
const detector = createInjectionDetector(undefined, loadInjectionModel());
const engine = createDetectionEngine();
const flagged = (score: number, type: string): boolean => score >= (injectionThresholds[type] ?? 0.5);

const byStyle = new Map<string, { label: string; n: number; alone: number; engine: number }>();
for (const r of rows) {
  const key = `${r.label}\0${r.style}`;
  const s = byStyle.get(key) ?? { label: r.label, n: 0, alone: 0, engine: 0 };
  byStyle.set(key, s);
  s.n++;
  if (detector.detect({ text: r.text, context: { direction: "request" } }).some((f) => flagged(f.score, f.type))) s.alone++;
  if (engine.detect(r.text, { direction: "request" }).findings.some((f) => f.category === "injection" && flagged(f.score, f.type))) s.engine++;
}
const pct = (a: number, n: number): string => `${((100 * a) / Math.max(1, n)).toFixed(1)}%`;
console.log("label   style                                rows   detector   engine   (attack: recall; benign: false positives)");
const total = { attack: { n: 0, alone: 0, engine: 0 }, benign: { n: 0, alone: 0, engine: 0 } };
for (const [key, s] of [...byStyle].sort()) {
  const style = key.split("\0")[1] ?? "";
  console.log(`${s.label.padEnd(7)} ${style.padEnd(36)} ${String(s.n).padStart(4)} ${pct(s.alone, s.n).padStart(10)} ${pct(s.engine, s.n).padStart(8)}`);
  const t = total[s.label as "attack" | "benign"];
  t.n += s.n;
  t.alone += s.alone;
  t.engine += s.engine;
}
console.log(`overall: attack recall ${pct(total.attack.alone, total.attack.n)} (detector) / ${pct(total.attack.engine, total.attack.n)} (engine); benign FPR ${pct(total.benign.alone, total.benign.n)} / ${pct(total.benign.engine, total.benign.n)}`);
