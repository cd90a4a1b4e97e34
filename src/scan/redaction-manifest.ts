import { writeFileSync } from "node:fs";
import type { FileSummary } from "./scan-files.js";

/**
 * The manifest of a `--redact-to` run: for each input, its SHA-256 and the redacted copy's, record counts and
 * findings per type, so a training pipeline can check it trains on exactly the redacted files. Never holds a value
 * or the token key.
 */
export function buildRedactionManifest(files: readonly FileSummary[], outDir: string, version: string): Record<string, unknown> {
  const totals = { files: 0, written: 0, records: 0, findings: 0, byType: {} as Record<string, number> };
  const entries = files.map((f) => {
    totals.files++;
    if (f.output) totals.written++;
    totals.records += f.records;
    totals.findings += f.findings;
    for (const [k, n] of Object.entries(f.byType)) totals.byType[k] = (totals.byType[k] ?? 0) + n;
    return {
      input: f.display,
      format: f.format,
      inputSha256: f.sha256,
      inputBytes: f.bytes,
      ...(f.output ? { output: f.output.path, outputSha256: f.output.sha256, outputBytes: f.output.bytes } : { output: null, reason: f.errors.slice(0, 5) }),
      records: f.records,
      findings: f.findings,
      findingsByType: f.byType,
    };
  });
  return {
    tool: "warden-scan",
    version,
    createdAt: new Date().toISOString(),
    outputDir: outDir,
    tokens: "each value replaced by <TYPE_xxxxxxxxxx>: HMAC-SHA256 under a random per-run key (not stored); same value, same token within the run",
    files: entries,
    totals,
  };
}

/** Write the manifest as pretty JSON. */
export function writeRedactionManifest(path: string, manifest: Record<string, unknown>): void {
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
