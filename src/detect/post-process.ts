import { compareFindings, type Finding } from "../core/finding.js";
import type { Allowlist } from "./allowlist.js";
import { mergeFindings } from "./merge-findings.js";
import type { Thresholds } from "./thresholds.js";

/** What post-processing steps may look at besides the findings. */
export interface PostProcessContext {
  /** The original text the findings index into. */
  text: string;
  thresholds: Thresholds;
}

/** One pure post-processing step: returns a new list, never mutates its input. */
export type PostProcessStep = (findings: readonly Finding[], ctx: PostProcessContext) => Finding[];

/** Drop findings whose value the allowlist allows. */
export function allowlistStep(allowlist: Allowlist): PostProcessStep {
  return (findings, ctx) => findings.filter((f) => !allowlist.allows(f, ctx.text));
}

/** Merge overlapping and contained spans (see mergeFindings for the rules). */
export const mergeStep: PostProcessStep = (findings, ctx) => mergeFindings(findings, ctx.thresholds);

/** Stable order: by start, longer first, higher score first, then type (core compareFindings). */
export const sortStep: PostProcessStep = (findings) => [...findings].sort(compareFindings);

/** The default pipeline: allowlist, then merge, then sort. */
export function defaultPostProcess(allowlist?: Allowlist): PostProcessStep[] {
  return [...(allowlist ? [allowlistStep(allowlist)] : []), mergeStep, sortStep];
}

/** Run steps in order. */
export function runPostProcess(steps: readonly PostProcessStep[], findings: readonly Finding[], ctx: PostProcessContext): Finding[] {
  let out = [...findings];
  for (const step of steps) out = step(out, ctx);
  return out;
}
