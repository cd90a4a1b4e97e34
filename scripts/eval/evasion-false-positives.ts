/**
 * `node --import tsx scripts/eval/evasion-false-positives.ts`: what the evasion-resistant parts of the engine report
 * on text that hides nothing. Runs the default detection engine over every text of the labelled third-party sets
 * (`../shared/data`: PII, secrets and prompt-injection files; needs them, from the repository's parent folder or
 * SHARED_DATA=<dir>) plus 1 MB of the detection bench corpus cut into 4 KB prompts, and counts the findings that only
 * those parts produce:
 *  - secret findings in the `joined` view (keys wrapped over lines or regrouped with dashes);
 *  - secret and PII findings in the `cipher` views (spaced out, reversed or ROT13 with a cue, numbers read out);
 *  - split-key findings (a key cut in two with words between: findings with `spread`).
 * Each is printed with a masked excerpt. On these sets every count should be 0: the sets' own secrets and personal
 * data are found in the original text, which these views never repeat.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { mixedText } from "../../bench/detect/corpus.js";
import { createDetectionEngine } from "../../src/detect/engine.js";

const dir = [process.env["SHARED_DATA"], "/work/shared/data", resolve(process.cwd(), "../shared/data")].find((d) => d !== undefined && existsSync(d));
if (dir === undefined) {
  process.stderr.write("needs ../shared/data (or SHARED_DATA=<dir>): the labelled third-party sets\n");
  process.exit(2);
}

const texts: { source: string; text: string }[] = [];
for (const sub of ["pii", "secrets", "injection"]) {
  const folder = join(dir, sub);
  if (!existsSync(folder)) continue;
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(join(folder, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line) as Record<string, unknown>;
      const text = row["text"] ?? row["prompt"] ?? row["content"];
      if (typeof text === "string") texts.push({ source: `${sub}/${file}`, text });
    }
  }
}
const corpus = mixedText(1 << 20, 7);
for (let i = 0; i < corpus.length; i += 4096) texts.push({ source: "bench corpus", text: corpus.slice(i, i + 4096) });

const engine = createDetectionEngine();
const counts = { joined: 0, cipher: 0, split: 0 };
const mask = (s: string): string => (s.length <= 4 ? "*".repeat(s.length) : `${s.slice(0, 2)}${"*".repeat(Math.min(20, s.length - 4))}${s.slice(-2)}`);
for (const { source, text } of texts) {
  for (const f of engine.detect(text).findings) {
    const kind = f.spread ? "split" : f.view === "joined" && f.category === "secret" ? "joined" : f.view === "cipher" && f.category !== "injection" ? "cipher" : undefined;
    if (kind === undefined) continue;
    counts[kind]++;
    console.log(`${kind}\t${source}\t${f.category}/${f.type}\t${JSON.stringify(mask(text.slice(f.start, f.end)))}`);
  }
}
console.log(`${texts.length} texts: joined-view secrets ${counts.joined}, cipher-view secrets and PII ${counts.cipher}, split-key parts ${counts.split}`);
