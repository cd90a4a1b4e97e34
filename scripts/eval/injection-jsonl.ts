import { readFileSync } from "node:fs";
import { createDetectionEngine } from "../../src/detect/engine.js";

interface Row {
  text: string;
  label: "attack" | "benign";
  style: string;
  indirect: boolean;
  lang?: string;
}

/**
 * Scan every row of a red-team JSONL set (`{text, label, style, indirect, lang?}`) as role `user`, and `indirect`
 * rows also as `tool`; print recall (attacks) and false-positive rate (benign) per style and language, the overall
 * line, and with `--misses` every miss and false positive. Shared by the injection-sample-2 and -3 runners.
 */
export function runInjectionJsonl(file: URL, showMisses = process.argv.includes("--misses")): void {
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
  const engine = createDetectionEngine();

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
      if (row.lang) bump(`${row.label}|${role}|lang:${row.lang}`, hit);
      if (hit !== (row.label === "attack")) {
        const kind = row.label === "attack" ? "MISS" : "FP";
        wrong.push(`${kind} #${i} ${row.style}${row.lang ? `/${row.lang}` : ""} as ${role}: ${JSON.stringify(row.text.slice(0, 160))}`);
      }
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
}
