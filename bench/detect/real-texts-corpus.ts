/**
 * The real texts behind the detection equality and speed harnesses: every text of the red-team sets under
 * scripts/eval (injection-sample-*, pii-sample-*, secrets-sample-*, pii-secrets-sample*: JSONL prompts and the
 * hand-written case modules, whose generated values come from fixed seeds), every text of the labelled development
 * data in ../shared/data (WARDEN_SHARED_DATA) when present, and each short text again under one evasion variant.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { applyVariant, EVASION_VARIANTS } from "../../src/detect/evasion/evasion-variants.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHARED = process.env.WARDEN_SHARED_DATA ? resolve(process.env.WARDEN_SHARED_DATA) : resolve(REPO, "../shared/data");
const SET = /^(injection-sample|pii-sample|secrets-sample|pii-secrets-sample)(-\d+)?$/;

export interface RealText {
  readonly source: string;
  readonly text: string;
}

function jsonlTexts(file: string, source: string, out: RealText[]): void {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const row = JSON.parse(line) as { text?: unknown };
    if (typeof row.text === "string") out.push({ source, text: row.text });
  }
}

interface CaseModule {
  readonly b?: { readonly cases?: readonly { readonly text?: unknown }[] };
}

async function evalTexts(out: RealText[]): Promise<void> {
  const root = join(REPO, "scripts/eval");
  const dirs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && SET.test(d.name)).map((d) => d.name).sort();
  for (const dir of dirs) {
    const files = readdirSync(join(root, dir)).sort();
    for (const f of files) if (f.endsWith(".jsonl")) jsonlTexts(join(root, dir, f), `eval/${dir}/${f}`, out);
    // Case modules of one set share one builder (later modules import `b` from the first), so collect each builder once.
    const seen = new Set<unknown>();
    for (const f of files) {
      if (!/^(cases|all).*\.ts$/.test(f)) continue;
      const mod = (await import(pathToFileURL(join(root, dir, f)).href)) as CaseModule;
      const cases = mod.b?.cases;
      if (!cases || seen.has(cases)) continue;
      seen.add(cases);
      for (const c of cases) if (typeof c.text === "string") out.push({ source: `eval/${dir}`, text: c.text });
    }
  }
}

function sharedTexts(out: RealText[]): void {
  if (!existsSync(SHARED)) return;
  for (const dir of readdirSync(SHARED, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(SHARED, dir)).sort()) if (file.endsWith(".jsonl")) jsonlTexts(join(SHARED, dir, file), `shared/${dir}/${file}`, out);
  }
}

/** All real texts, in a fixed order; `withVariants` adds each text of at most 2,000 characters under one evasion variant. */
export async function realTexts(withVariants = true): Promise<RealText[]> {
  const out: RealText[] = [];
  await evalTexts(out);
  sharedTexts(out);
  if (withVariants) {
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const t = out[i];
      if (!t || t.text.length > 2000) continue;
      const variant = EVASION_VARIANTS[1 + (i % (EVASION_VARIANTS.length - 1))];
      if (variant) out.push({ source: `${t.source}#${variant}`, text: applyVariant(variant, t.text) });
    }
  }
  return out;
}
