/**
 * Dump every finding of the default engine over a fixed corpus, one JSON line per text, so that a change meant
 * to be a pure speed-up can be checked for identical output (`diff` two dumps):
 *   node --import tsx bench/detect/dump-findings.ts > before.jsonl
 * Corpus: the benchmark's mixed text (100 prompts of 4 KB, one 256 KB document), every text of the labelled
 * development data in ../shared/data (WARDEN_SHARED_DATA) when present, and each of those short texts under
 * every evasion variant.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createDetectionEngine } from "../../src/detect/engine.js";
import { applyVariant, EVASION_VARIANTS } from "../../src/detect/evasion/evasion-variants.js";
import { mixedText } from "./corpus.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SHARED = process.env.WARDEN_SHARED_DATA ? resolve(process.env.WARDEN_SHARED_DATA) : resolve(REPO, "../shared/data");

function sharedTexts(): string[] {
  const out: string[] = [];
  if (!existsSync(SHARED)) return out;
  for (const dir of readdirSync(SHARED, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of readdirSync(join(SHARED, dir.name)).sort()) {
      if (!file.endsWith(".jsonl")) continue;
      for (const line of readFileSync(join(SHARED, dir.name, file), "utf8").split("\n")) {
        if (line.trim() === "") continue;
        const row = JSON.parse(line) as { text?: unknown };
        if (typeof row.text === "string") out.push(row.text);
      }
    }
  }
  return out;
}

const texts: string[] = [];
for (let i = 0; i < 100; i++) texts.push(mixedText(4096, 1000 + i));
texts.push(mixedText(256 * 1024, 7));
const shared = sharedTexts();
texts.push(...shared);
for (const [i, t] of shared.entries()) {
  if (t.length > 2000) continue;
  const variant = EVASION_VARIANTS[1 + (i % (EVASION_VARIANTS.length - 1))];
  if (variant) texts.push(applyVariant(variant, t));
}

const engine = createDetectionEngine();
for (const [i, text] of texts.entries()) {
  const r = engine.detect(text);
  const id = createHash("sha256").update(text).digest("hex").slice(0, 12);
  console.log(JSON.stringify({ i, id, findings: r.findings, dataClasses: r.dataClasses, errors: r.errors }));
}
