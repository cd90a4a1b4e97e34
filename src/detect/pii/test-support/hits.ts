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
