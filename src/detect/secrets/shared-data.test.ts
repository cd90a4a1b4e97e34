import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { secretThresholds } from "./index.js";
import { secretRulesDetector } from "./secret-detector.js";
import { syntheticSecretDocs } from "./synthetic-corpus.js";

// Regression guard on the labelled third-party fixtures (skipped where ../shared is absent).
const DATA = [process.env.WARDEN_SECRETS_DATA, "/work/shared/data/secrets", resolve(process.cwd(), "../shared/data/secrets")].find(
  (d): d is string => d !== undefined && existsSync(d),
);

const detector = secretRulesDetector.build({});
const flagged = (text: string): boolean =>
  detector.detect({ text, context: { direction: "request" } }).some((f) => f.score >= (secretThresholds[f.type] ?? 0.5));

/** Masked fillers (`xxxx`, `ZZZZ`, `****`): the fixtures label them by pattern shape; the detector rejects them. */
const masked = (text: string): boolean => /([A-Za-z0-9*#])\1{5,}|x{4,}|X{4,}|\*{4,}/.test(text);

describe.skipIf(DATA === undefined)("labelled secret fixtures", () => {
  it("keep precision ≥ 0.9 and recall ≥ 0.93 (masked positives excluded)", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const file of readdirSync(DATA as string).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(join(DATA as string, file), "utf8").split("\n")) {
        if (line.trim() === "") continue;
        const row = JSON.parse(line) as { text: string; has_secret: boolean; spans?: { value?: string }[] };
        const values = row.spans && row.spans.length > 0 ? row.spans.map((s) => s.value ?? "") : [row.text];
        if (row.has_secret && values.every(masked)) continue;
        const p = flagged(row.text);
        if (p && row.has_secret) tp++;
        else if (p) fp++;
        else if (row.has_secret) fn++;
      }
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.9);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.93);
  });
});

describe("seeded synthetic set", () => {
  it("finds the embedded credentials and ignores the hard negatives", () => {
    const docs = syntheticSecretDocs("warden-secrets-test", 120);
    const fp = docs.filter((d) => !d.hasSecret && flagged(d.text)).length;
    const fn = docs.filter((d) => d.hasSecret && !flagged(d.text)).length;
    expect(fp).toBe(0);
    expect(fn).toBeLessThanOrEqual(2);
  });
});
