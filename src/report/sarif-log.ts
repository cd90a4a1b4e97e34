/**
 * A generic SARIF 2.1.0 log writer (OASIS SARIF v2.1.0, schema `sarif-schema-2.1.0.json`): give it a tool with its
 * rules and a list of results, get back a log object ready for `JSON.stringify` and for GitHub code scanning.
 *
 * What code scanning reads (and so what callers should fill in): each rule's `shortDescription`, `help.text` /
 * `help.markdown` and `properties["security-severity"]` (a number as a string, 0.1-10) plus `properties.tags`;
 * each result's `ruleId`, `level`, `message.text`, one physical location with `region.startLine` (1-based) and
 * `partialFingerprints` (a stable hash that does not change when lines move). Results without a file (e.g. a red-team
 * probe) can carry `logicalLocations` instead, or a pseudo file such as the suite's definition file.
 *
 * @example
 * const log = buildSarifLog({
 *   tool: { name: "warden-scan", version: "0.1.0", rules: [{ id: "pii/EMAIL_ADDRESS", shortDescription: "Email address", help: { text: "Remove it." }, level: "warning" }] },
 *   results: [{ ruleId: "pii/EMAIL_ADDRESS", level: "warning", message: "Email address jo***om", location: { uri: "data/train.jsonl", startLine: 3, startColumn: 12 }, partialFingerprints: { "wardenFinding/v1": "ab12…" } }],
 * });
 * writeFileSync("out.sarif", formatSarif(log));
 */

/** SARIF result levels (§3.27.10). */
export type SarifLevel = "none" | "note" | "warning" | "error";

/** A rule (SARIF `reportingDescriptor`, §3.49). */
export interface SarifRule {
  /** Stable id, e.g. `secret/aws-access-key-id`. */
  id: string;
  /** Short PascalCase-ish name (optional). */
  name?: string;
  /** One-line description. */
  shortDescription: string;
  /** Longer description (optional). */
  fullDescription?: string;
  /** Help shown by viewers: plain text, and optionally Markdown. */
  help?: { text: string; markdown?: string };
  /** Link to documentation. */
  helpUri?: string;
  /** Default level of results of this rule. */
  level?: SarifLevel;
  /** Extra properties: GitHub reads `tags` (string[]), `security-severity` (string "0.1".."10") and `precision`. */
  properties?: Record<string, unknown>;
}

/** Where a result is: a file region (1-based line and column, UTF-16 columns per SARIF's default). */
export interface SarifLocation {
  /** Path relative to `uriBaseId` (or absolute `file:` URI); forward slashes. */
  uri: string;
  /** Base id, e.g. `%SRCROOT%` (declared in `originalUriBaseIds`). */
  uriBaseId?: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  /** A (masked!) snippet of the region. Never put a raw secret here. */
  snippet?: string;
}

/** A result (§3.27). */
export interface SarifResult {
  ruleId: string;
  level?: SarifLevel;
  /** Message text; must not contain raw secrets. */
  message: string;
  /** Physical location(s). */
  location?: SarifLocation;
  /** Logical location(s), e.g. `{ name: "prompt-injection/direct-01", kind: "test" }`. */
  logicalLocations?: { name: string; fullyQualifiedName?: string; kind?: string }[];
  /** Stable fingerprints per algorithm name, e.g. `{ "wardenFinding/v1": hex }`. */
  partialFingerprints?: Record<string, string>;
  /** `suppressions` (§3.35), e.g. accepted through a baseline. */
  suppressions?: { kind: "inSource" | "external"; justification?: string }[];
  /** `baselineState` (§3.27.24). */
  baselineState?: "new" | "unchanged" | "updated" | "absent";
  properties?: Record<string, unknown>;
}

/** The tool that produced the run. */
export interface SarifTool {
  name: string;
  version?: string;
  semanticVersion?: string;
  informationUri?: string;
  rules: readonly SarifRule[];
}

/** Input to {@link buildSarifLog}. */
export interface SarifLogInput {
  tool: SarifTool;
  results: readonly SarifResult[];
  /** Base URIs, e.g. `{ "%SRCROOT%": "file:///repo/" }` (must end with `/`). */
  originalUriBaseIds?: Record<string, string>;
  /** Invocation facts (§3.20): whether the run succeeded and tool notifications (errors reading files, ...). */
  invocation?: { executionSuccessful: boolean; exitCode?: number; notifications?: { message: string; level?: SarifLevel }[] };
  /** Automation id (`runAutomationDetails.id`, §3.17), e.g. `warden-scan/` — code scanning uses it as the category. */
  automationId?: string;
  /** Run-level properties. */
  properties?: Record<string, unknown>;
}

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const SARIF_VERSION = "2.1.0";

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

function region(loc: SarifLocation): Record<string, unknown> | undefined {
  const r: Record<string, unknown> = {};
  const startLine = positive(loc.startLine);
  if (startLine === undefined) return undefined;
  r.startLine = startLine;
  const startColumn = positive(loc.startColumn);
  if (startColumn !== undefined) r.startColumn = startColumn;
  const endLine = positive(loc.endLine);
  if (endLine !== undefined && endLine >= startLine) r.endLine = endLine;
  const endColumn = positive(loc.endColumn);
  // SARIF: endColumn is exclusive and must be > startColumn on a one-line region.
  if (endColumn !== undefined && !((endLine ?? startLine) === startLine && startColumn !== undefined && endColumn <= startColumn)) r.endColumn = endColumn;
  if (loc.snippet !== undefined) r.snippet = { text: loc.snippet };
  return r;
}

function physicalLocation(loc: SarifLocation): Record<string, unknown> {
  const artifactLocation: Record<string, unknown> = { uri: loc.uri };
  if (loc.uriBaseId) artifactLocation.uriBaseId = loc.uriBaseId;
  const r = region(loc);
  return { physicalLocation: { artifactLocation, ...(r ? { region: r } : {}) } };
}

/**
 * Build a SARIF 2.1.0 log (one run). Results are emitted in the given order; each result's `ruleIndex` points into
 * the tool's rules (an unknown `ruleId` throws a TypeError: a writer bug, never user input).
 */
export function buildSarifLog(input: SarifLogInput): Record<string, unknown> {
  const index = new Map<string, number>();
  input.tool.rules.forEach((r, i) => index.set(r.id, i));
  const rules = input.tool.rules.map((r) => ({
    id: r.id,
    ...(r.name ? { name: r.name } : {}),
    shortDescription: { text: r.shortDescription },
    ...(r.fullDescription ? { fullDescription: { text: r.fullDescription } } : {}),
    ...(r.help ? { help: { text: r.help.text, ...(r.help.markdown ? { markdown: r.help.markdown } : {}) } } : {}),
    ...(r.helpUri ? { helpUri: r.helpUri } : {}),
    ...(r.level ? { defaultConfiguration: { level: r.level } } : {}),
    ...(r.properties ? { properties: r.properties } : {}),
  }));
  const results = input.results.map((res) => {
    const ruleIndex = index.get(res.ruleId);
    if (ruleIndex === undefined) throw new TypeError(`SARIF result refers to an undeclared rule: ${res.ruleId}`);
    return {
      ruleId: res.ruleId,
      ruleIndex,
      ...(res.level ? { level: res.level } : {}),
      message: { text: res.message },
      ...(res.location ? { locations: [physicalLocation(res.location)] } : {}),
      ...(res.logicalLocations && !res.location ? { locations: [{ logicalLocations: res.logicalLocations }] } : {}),
      ...(res.partialFingerprints ? { partialFingerprints: res.partialFingerprints } : {}),
      ...(res.suppressions ? { suppressions: res.suppressions } : {}),
      ...(res.baselineState ? { baselineState: res.baselineState } : {}),
      ...(res.properties ? { properties: res.properties } : {}),
    };
  });
  const driver = {
    name: input.tool.name,
    ...(input.tool.version ? { version: input.tool.version } : {}),
    ...(input.tool.semanticVersion ? { semanticVersion: input.tool.semanticVersion } : {}),
    ...(input.tool.informationUri ? { informationUri: input.tool.informationUri } : {}),
    rules,
  };
  const run: Record<string, unknown> = { tool: { driver } };
  if (input.automationId) run.automationDetails = { id: input.automationId };
  if (input.originalUriBaseIds) run.originalUriBaseIds = Object.fromEntries(Object.entries(input.originalUriBaseIds).map(([k, uri]) => [k, { uri }]));
  if (input.invocation) {
    run.invocations = [
      {
        executionSuccessful: input.invocation.executionSuccessful,
        ...(input.invocation.exitCode !== undefined ? { exitCode: input.invocation.exitCode } : {}),
        ...(input.invocation.notifications && input.invocation.notifications.length > 0
          ? { toolExecutionNotifications: input.invocation.notifications.map((n) => ({ level: n.level ?? "error", message: { text: n.message } })) }
          : {}),
      },
    ];
  }
  run.results = results;
  run.columnKind = "utf16CodeUnits";
  if (input.properties) run.properties = input.properties;
  return { $schema: SARIF_SCHEMA_URI, version: SARIF_VERSION, runs: [run] };
}

/** Serialise a SARIF log (pretty-printed, trailing newline). */
export function formatSarif(log: Record<string, unknown>): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Map a 0.1-10 security severity to the usual level: >= 7 error, >= 4 warning, else note. */
export function levelForSecuritySeverity(score: number): SarifLevel {
  return score >= 7 ? "error" : score >= 4 ? "warning" : "note";
}
