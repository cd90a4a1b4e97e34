import { readFileSync, writeFileSync } from "node:fs";
import type { ScanFinding } from "./scan-types.js";

/** A baseline file: accepted findings by fingerprint, with what they were (never the value) for reviewers. */
export interface Baseline {
  version: 1;
  tool: "warden-scan";
  createdAt: string;
  findings: { fingerprint: string; file: string; field?: string; type: string; line: number }[];
}

/** A baseline that cannot be used. */
export class BaselineError extends Error {
  override readonly name = "BaselineError";
}

/** Read a baseline file's fingerprints (throws BaselineError naming the problem). */
export function readBaseline(path: string): Set<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new BaselineError(`cannot read baseline ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const d = doc as Partial<Baseline>;
  if (typeof doc !== "object" || doc === null || d.version !== 1 || d.tool !== "warden-scan" || !Array.isArray(d.findings)) {
    throw new BaselineError(`baseline ${path}: not a warden-scan baseline (expected { version: 1, tool: "warden-scan", findings: [...] })`);
  }
  const out = new Set<string>();
  d.findings.forEach((f, i) => {
    if (typeof f?.fingerprint !== "string" || !/^[0-9a-f]{32}$/.test(f.fingerprint)) throw new BaselineError(`baseline ${path}: findings[${i}].fingerprint must be 32 hex characters`);
    out.add(f.fingerprint);
  });
  return out;
}

/** Write a baseline accepting these findings (one entry per fingerprint, in file order). */
export function writeBaseline(path: string, findings: readonly ScanFinding[]): number {
  const seen = new Set<string>();
  const entries: Baseline["findings"] = [];
  for (const f of findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    entries.push({ fingerprint: f.fingerprint, file: f.file, ...(f.field !== undefined ? { field: f.field } : {}), type: `${f.category}/${f.type}`, line: f.line });
  }
  const doc: Baseline = { version: 1, tool: "warden-scan", createdAt: new Date().toISOString(), findings: entries };
  writeFileSync(path, `${JSON.stringify(doc, null, 2)}\n`);
  return entries.length;
}
