/**
 * The common half of the hand-written sets' `build.ts` (PII sets 11-14, secrets sets 10-13): turns marked sources
 * into numbered cases, refuses duplicate texts, a positive without a required label and a negative with one (each
 * problem printed, exit 1), and writes `cases.json` next to the caller. Each set's build prints its own counts.
 */
import { writeFileSync } from "node:fs";
import { unmark, type Case } from "./inline-marks.js";

export interface MarkedSource { kind: string; group: Case["group"]; src: string }

export interface BuildOptions {
  /** The group of positive cases ("pii" or "secret"). */
  positive: Exclude<Case["group"], "neg">;
  /** PII sets: kinds are `<lang>-<name>`, and English kinds lose their prefix so that only other languages match the harness's /^[a-z]{2}-/ test. */
  languageKinds?: boolean;
}

export function buildMarkedCases(sources: readonly MarkedSource[], opts: BuildOptions, casesJson: URL): Case[] {
  const out: Case[] = [];
  const seen = new Map<string, number>();
  const problems: string[] = [];
  sources.forEach((s, i) => {
    const id = i + 1;
    const { text, labels } = unmark(s.src);
    const prev = seen.get(text);
    if (prev !== undefined) problems.push(`#${id} duplicates #${prev}: ${JSON.stringify(text.slice(0, 60))}`);
    seen.set(text, id);
    if (s.group === opts.positive && !labels.some((l) => !l.opt)) problems.push(`#${id} [${s.kind}] positive without a required label`);
    if (s.group === "neg" && labels.some((l) => !l.opt)) problems.push(`#${id} [${s.kind}] negative with a required label`);
    let kind = s.kind;
    if (opts.languageKinds) {
      if (!/^[a-z]{2}-[a-z0-9-]+$/.test(s.kind)) problems.push(`#${id} bad kind ${s.kind}`);
      kind = s.kind.startsWith("en-") ? s.kind.slice(3).replace(/-/g, "_") : s.kind;
    }
    out.push({ id, group: s.group, kind, text, labels });
  });
  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  writeFileSync(casesJson, JSON.stringify(out, null, 1) + "\n");
  return out;
}
