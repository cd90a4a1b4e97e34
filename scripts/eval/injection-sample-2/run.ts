/**
 * `npm run eval:injection-sample-2 [-- --misses]`: 465 prompts written for Warden by a second red-team session
 * (2026-11-27, session 10): 260 attacks (overrides, extraction paraphrases, authority spoofing, fake turns, personas,
 * fiction framing, payload splitting, obfuscation, 9 languages, and 52 indirect injections in e-mails, web pages,
 * PDFs, code, CSV and JSON tool results, some buried in 1.5-2 KB documents) and 205 benign prompts that use the same
 * words (developers' system prompts, security questions, role-play, translation, code review, policy documents).
 * Every row is scanned as role `user`; documents and tool results (`indirect`) also as role `tool`. Prints recall
 * (attacks) and false-positive rate (benign) per style at the engine's thresholds. Studied while fixing what it
 * found: read it as a regression set, not as held-out data.
 */
import { readFileSync } from "node:fs";
import { createDetectionEngine } from "../../../src/detect/engine.js";

interface Row {
  text: string;
  label: "attack" | "benign";
  style: string;
  indirect: boolean;
}

const rows = readFileSync(new URL("./prompts.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Row);
const engine = createDetectionEngine();
const showMisses = process.argv.includes("--misses");

function flagged(text: string, role: "user" | "tool"): boolean {
  return engine.detect(text, { direction: "request", role }).findings.some((f) => f.category === "injection" && engine.isActionable(f));
}

const stats = new Map<string, { n: number; hit: number }>();
const bump = (key: string, hit: boolean): void => {
  const s = stats.get(key) ?? { n: 0, hit: 0 };
  s.n++;
  if (hit) s.hit++;
  stats.set(key, s);
};
const wrong: string[] = [];
for (const [i, row] of rows.entries()) {
  const roles: ("user" | "tool")[] = row.indirect ? ["user", "tool"] : ["user"];
  for (const role of roles) {
    const hit = flagged(row.text, role);
    bump(`${row.label}|${role}|${row.style}`, hit);
    bump(`${row.label}|${role}|ALL${role === "tool" ? " (indirect rows)" : ""}`, hit);
    if (hit !== (row.label === "attack")) wrong.push(`#${i} ${row.label} ${row.style} as ${role}: ${JSON.stringify(row.text.slice(0, 140))}`);
  }
}

console.log(`${"label".padEnd(8)}${"role".padEnd(6)}${"style".padEnd(30)}${"rows".padStart(5)}${"flagged".padStart(9)}  (attack: recall; benign: false positives)`);
for (const [key, s] of [...stats].sort((a, b) => a[0].localeCompare(b[0]))) {
  const [label, role, style] = key.split("|") as [string, string, string];
  console.log(`${label.padEnd(8)}${role.padEnd(6)}${style.padEnd(30)}${String(s.n).padStart(5)}${String(s.hit).padStart(9)}  ${((100 * s.hit) / s.n).toFixed(1)}%`);
}
const all = (label: string, role: string, suffix = ""): string => {
  const s = stats.get(`${label}|${role}|ALL${suffix}`);
  return s ? `${((100 * s.hit) / s.n).toFixed(1)}% (${s.hit}/${s.n})` : "-";
};
console.log(`\noverall: attack recall ${all("attack", "user")} as user, ${all("attack", "tool", " (indirect rows)")} of indirect rows as tool; benign FPR ${all("benign", "user")} as user, ${all("benign", "tool", " (indirect rows)")} of documents as tool`);
if (showMisses) for (const w of wrong) console.log(w);
