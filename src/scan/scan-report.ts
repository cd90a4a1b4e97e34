import { pathToFileURL } from "node:url";
import { buildSarifLog, formatSarif, type SarifLevel, type SarifResult, type SarifRule } from "../report/sarif-log.js";
import { formatJUnitXml, type JUnitCase } from "../report/junit-xml.js";
import type { FileSummary } from "./scan-files.js";
import type { ScanFinding, Severity } from "./scan-types.js";
import { SECURITY_SEVERITY, SEVERITIES, severityOf } from "./severity.js";
import type { SkippedFile } from "./walk-files.js";

/** Everything a report needs. */
export interface ScanReport {
  version: string;
  files: FileSummary[];
  skipped: SkippedFile[];
  findings: ScanFinding[];
  /** Findings counted but not listed (over --max-findings). */
  dropped: number;
  durationMs: number;
}

const LEVEL: Readonly<Record<Severity, SarifLevel>> = { critical: "error", high: "error", medium: "warning", low: "note" };

const where = (f: ScanFinding): string => `${f.file}:${f.line}:${f.column}${f.record !== undefined ? ` record ${f.record}` : ""}${f.field !== undefined ? ` ${f.field}` : ""}`;

/** Totals of a report. */
export function reportTotals(r: ScanReport): { files: number; bytes: number; records: number; findings: number; suppressed: number; errors: number; bySeverity: Record<Severity, number> } {
  const bySeverity = { low: 0, medium: 0, high: 0, critical: 0 } as Record<Severity, number>;
  let findings = 0;
  let suppressed = 0;
  for (const file of r.files) {
    findings += file.findings;
    suppressed += file.suppressed;
    for (const [key, n] of Object.entries(file.byType)) {
      const [category, ...type] = key.split("/");
      bySeverity[severityOf(category as string, type.join("/"))] += n;
    }
  }
  return { files: r.files.length, bytes: r.files.reduce((a, f) => a + f.bytes, 0), records: r.files.reduce((a, f) => a + f.records, 0), findings, suppressed, errors: r.files.reduce((a, f) => a + f.errors.length, 0) + r.skipped.filter((s) => s.error).length, bySeverity };
}

/** One line per finding, for humans (colour codes only when `colour`). */
export function formatFindingLine(f: ScanFinding, colour: boolean): string {
  const sev = f.severity.toUpperCase().padEnd(8);
  const paint = (code: number, s: string): string => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevCol = f.severity === "critical" || f.severity === "high" ? 31 : f.severity === "medium" ? 33 : 36;
  return `${paint(sevCol, sev)} ${where(f)}  ${f.category}/${f.type}  ${JSON.stringify(f.masked)}${f.suppressed ? " (baseline)" : ""}`;
}

/** The closing summary of the human format. */
export function formatTextSummary(r: ScanReport): string {
  const t = reportTotals(r);
  const lines: string[] = [];
  for (const s of r.skipped) if (s.error) lines.push(`error: ${s.display}: ${s.reason} (WARDEN_SCAN_READ_FAILED)`);
  for (const f of r.files) {
    for (const e of f.errors) lines.push(`error: ${f.display}: ${e.message} (${e.code})`);
    for (const n of f.notices) lines.push(`note: ${f.display}: ${n}`);
  }
  const mb = t.bytes / 1e6;
  const secs = Math.max(r.durationMs, 1) / 1000;
  const sev = SEVERITIES.slice().reverse().filter((s) => t.bySeverity[s] > 0).map((s) => `${t.bySeverity[s]} ${s}`).join(", ");
  lines.push(
    `${t.findings} finding(s)${sev ? ` (${sev})` : ""}${t.suppressed ? `, ${t.suppressed} accepted by the baseline` : ""} in ${t.files} file(s), ${t.records} record(s), ${mb.toFixed(1)} MB in ${secs.toFixed(1)} s (${(mb / secs).toFixed(1)} MB/s)${r.skipped.length ? `; ${r.skipped.length} skipped` : ""}${t.errors ? `; ${t.errors} error(s)` : ""}${r.dropped ? `; ${r.dropped} not listed (--max-findings)` : ""}`,
  );
  return `${lines.join("\n")}\n`;
}

/** JSON report: files, findings (masked), skipped, totals. */
export function formatJsonReport(r: ScanReport): string {
  return `${JSON.stringify({ tool: "warden-scan", version: r.version, totals: reportTotals(r), files: r.files, skipped: r.skipped, findings: r.findings, dropped: r.dropped }, null, 2)}\n`;
}

const HELP = {
  secret: "A credential in the data. Remove it from the file and its history, rotate it at the provider, and keep secrets out of datasets (use `warden scan --redact-to` to produce a clean copy).",
  pii: "Personal data. If the dataset does not need it, redact it (`warden scan --redact-to OUT` replaces each value with a consistent token); otherwise record the legal basis and restrict access.",
  injection: "Text that tries to steer a model (prompt injection / jailbreak). In training data it can teach the model to obey such text; review the record and remove it.",
  other: "Sensitive content flagged by the detection engine. Review the record.",
} as const;

/** A SARIF artifact location: relative paths against %SRCROOT% (each segment percent-encoded), absolute ones as file: URIs. */
function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith("/")) return { uri: pathToFileURL(file).href };
  return { uri: file.split("/").map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}

/** SARIF 2.1.0 log: one rule per finding type seen, results with regions and partial fingerprints. */
export function formatSarifReport(r: ScanReport): string {
  const rules = new Map<string, SarifRule>();
  const results: SarifResult[] = [];
  const ruleFor = (f: ScanFinding): string => {
    const id = `${f.category}/${f.type}`;
    if (!rules.has(id)) {
      const severity = severityOf(f.category, f.type);
      const help = f.category === "secret" ? HELP.secret : f.category === "pii" ? HELP.pii : f.category === "injection" ? HELP.injection : HELP.other;
      rules.set(id, {
        id,
        name: f.type.replace(/(^|[-_])(\w)/g, (_m, _s, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, ""),
        shortDescription: `${f.category === "secret" ? "Secret" : f.category === "pii" ? "Personal data" : f.category} (${f.type})`,
        fullDescription: `The Warden detection engine found ${f.category} of type ${f.type} (detector ${f.detector}). Severity: ${severity}.`,
        help: { text: help, markdown: `**${f.type}** (${severity}). ${help}` },
        helpUri: "https://github.com/warden-gateway/warden/blob/main/docs/scan.md",
        level: LEVEL[severity],
        properties: { tags: ["security", f.category], "security-severity": SECURITY_SEVERITY[severity], precision: "high" },
      });
    }
    return id;
  };
  for (const f of r.findings) {
    results.push({
      ruleId: ruleFor(f),
      level: LEVEL[f.severity],
      message: `${f.category}/${f.type} ${JSON.stringify(f.masked)}${f.field !== undefined ? ` in field ${f.field}` : ""}${f.record !== undefined ? ` (record ${f.record})` : ""}`,
      location: { ...artifactUri(f.file), startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
      partialFingerprints: { "wardenFinding/v1": f.fingerprint },
      ...(f.suppressed ? { suppressions: [{ kind: "external" as const, justification: "accepted in the warden scan baseline" }] } : {}),
      properties: { severity: f.severity, score: f.score, detector: f.detector, ...(f.field !== undefined ? { field: f.field } : {}) },
    });
  }
  const notifications = [
    ...r.skipped.filter((s) => s.error).map((s) => ({ message: `${s.display}: ${s.reason} (WARDEN_SCAN_READ_FAILED)`, level: "error" as const })),
    ...r.files.flatMap((f) => f.errors.map((e) => ({ message: `${f.display}: ${e.message} (${e.code})`, level: "error" as const }))),
  ];
  const log = buildSarifLog({
    tool: { name: "warden-scan", version: r.version, semanticVersion: r.version, informationUri: "https://github.com/warden-gateway/warden", rules: [...rules.values()] },
    results,
    originalUriBaseIds: { "%SRCROOT%": pathToFileURL(process.cwd().replace(/\/?$/, "/")).href },
    automationId: "warden-scan/",
    invocation: { executionSuccessful: notifications.length === 0, notifications },
  });
  return formatSarif(log);
}

/** JUnit XML: one suite, one case per file; a file with findings fails, a file with errors errors. */
export function formatJUnitReport(r: ScanReport): string {
  const byFile = new Map<string, ScanFinding[]>();
  for (const f of r.findings) {
    if (f.suppressed) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const cases: JUnitCase[] = r.files.map((file) => {
    const listed = byFile.get(file.display) ?? [];
    const open = file.findings - file.suppressed;
    const c: JUnitCase = { name: file.display, classname: `warden.scan.${file.format}`, time: file.durationMs / 1000 };
    if (open > 0) c.failure = { message: `${open} finding(s): ${Object.entries(file.byType).map(([k, n]) => `${k} ×${n}`).join(", ")}`, type: "finding", text: listed.map((f) => `${f.severity} ${where(f)} ${f.category}/${f.type} ${f.masked}`).join("\n") };
    if (file.errors.length > 0) c.error = { message: `${file.errors.length} error(s)`, type: file.errors[0]?.code, text: file.errors.map((e) => `${e.code}: ${e.message}`).join("\n") };
    return c;
  });
  for (const s of r.skipped) cases.push(s.error ? { name: s.display, classname: "warden.scan.unreadable", error: { message: s.reason, type: "WARDEN_SCAN_READ_FAILED" } } : { name: s.display, classname: "warden.scan.skipped", skipped: { message: s.reason } });
  return formatJUnitXml([{ name: "warden scan", cases, timestamp: new Date(Date.now() - r.durationMs).toISOString().replace(/\.\d+Z$/, ""), time: r.durationMs / 1000 }], { name: "warden scan" });
}
