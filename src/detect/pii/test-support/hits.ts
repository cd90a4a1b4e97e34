import { expect } from "vitest";
import type { PiiScanner } from "../pii-detector.js";
import { runScanner } from "../pii-detector.js";

/** A finding as tests compare it: type, exact matched text, score. */
export interface SimpleHit {
  type: string;
  value: string;
  start: number;
  score: number;
}

/** Run one scanner and project its hits for table assertions. */
export function hitsOf(scanner: PiiScanner, text: string, type?: string): SimpleHit[] {
  return runScanner(scanner, text)
    .filter((h) => type === undefined || h.type === type)
    .map((h) => ({ type: h.type, value: text.slice(h.start, h.end), start: h.start, score: h.score }));
}

/** Case table row: text, the exact value expected (or null for "nothing at/above minScore"), score range. */
export interface Case {
  text: string;
  value: string | null;
  min?: number;
  max?: number;
}

/**
 * Assert one table row: with `value`, a hit of `type` on exactly that text, at its first occurrence, scored within
 * [min, max]; with `value: null`, no hit of `type` scored at or above `min`.
 */
export function expectCase(scanner: PiiScanner, type: string, c: { text: string; value: string | null; min: number; max: number }): void {
  const hits = hitsOf(scanner, c.text, type);
  if (c.value === null) {
    expect(hits.filter((h) => h.score >= c.min)).toEqual([]);
    return;
  }
  const value = c.value;
  const hit = hits.find((h) => h.value === value);
  expect(hit, JSON.stringify(hits)).toBeDefined();
  expect(hit!.start).toBe(c.text.indexOf(value));
  expect(hit!.score).toBeGreaterThanOrEqual(c.min);
  expect(hit!.score).toBeLessThanOrEqual(c.max);
}
