import { expect } from "vitest";
import type { Finding } from "../../../core/finding.js";
import { secretRulesDetector } from "../secret-detector.js";

const detector = secretRulesDetector.build({});

/** Findings of the production detector for a text. */
export function findSecrets(text: string): Finding[] {
  return detector.detect({ text, context: { direction: "request" } });
}

/** A positive table row: text, rule id, the exact secret substring, and the expected score. */
export type PositiveCase = readonly [text: string, rule: string, secret: string, score: number];

/** Asserts the rule reports exactly `secret` (span) with `score` (±0.005). */
export function expectPositive([text, rule, secret, score]: PositiveCase): void {
  const found = findSecrets(text).filter((f) => f.type === rule);
  expect(found.length, `${rule} in ${JSON.stringify(text)}`).toBeGreaterThan(0);
  const f = found.find((x) => text.slice(x.start, x.end) === secret);
  expect(f, `span of ${rule}: got ${found.map((x) => text.slice(x.start, x.end)).join(", ")}`).toBeDefined();
  expect(f?.start).toBe(text.indexOf(secret));
  expect(f?.score).toBeCloseTo(score, 2);
  expect(f?.category).toBe("secret");
}

/** Asserts nothing at or above 0.5 is reported (optionally only for one rule). */
export function expectNegative(text: string, rule?: string): void {
  const found = findSecrets(text).filter((f) => (rule === undefined || f.type === rule) && f.score >= 0.5);
  expect(found.map((f) => `${f.type}:${text.slice(f.start, f.end)}`), JSON.stringify(text)).toEqual([]);
}
