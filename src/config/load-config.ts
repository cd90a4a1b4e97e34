import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { type ConfigIssue, ConfigError } from "../core/config-error.js";
import { configSchema, routeProviderIssues, type WardenConfig } from "./config-schema.js";
import { interpolateEnv, protectEnvRefs } from "./interpolate-env.js";
import { plaintextUpstreamIssues } from "./tls-config-schema.js";

export interface LoadedConfig {
  config: WardenConfig;
  /** Non-fatal problems (unset environment variables). */
  warnings: ConfigIssue[];
  /** Where it came from: a file path, or `embedded defaults`. */
  source: string;
}

/** Validate an already-parsed config object; every problem is reported at once, with its path. */
export function parseConfig(raw: unknown, env: NodeJS.ProcessEnv = process.env, source = "configuration"): LoadedConfig {
  const warnings: ConfigIssue[] = [];
  const interpolated = interpolateEnv(raw ?? {}, env, warnings);
  let result = configSchema.safeParse(interpolated);
  // `port: ${PORT}`: a value that is one whole reference is text after substitution; where the schema wants a number
  // or a boolean and the text is one, it is taken as that (elsewhere, e.g. an API key of digits, it stays text).
  if (!result.success && coerceWholeRefs(raw, interpolated, result.error.issues)) result = configSchema.safeParse(interpolated);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    for (const extra of [...routeProviderIssues(interpolated), ...plaintextUpstreamIssues(interpolated)]) {
      const path = extra.path.join(".");
      if (!issues.some((i) => i.path === path)) issues.push({ path, message: extra.message });
    }
    throw new ConfigError(blameUnsetVariables(issues, warnings), source);
  }
  return { config: result.data, warnings, source };
}

/**
 * An unset variable is only a warning, but when the empty value it left is what a field is refused for, the
 * refusal says so (`listen.port: Expected number, received string; environment variable PORT is not set`): the
 * warning itself is never printed when the config fails.
 */
function blameUnsetVariables(issues: ConfigIssue[], unset: readonly ConfigIssue[]): ConfigIssue[] {
  if (unset.length === 0) return issues;
  return issues.map((issue) => {
    const blamed = unset.filter((u) => u.path === issue.path || (issue.path !== "" && u.path.startsWith(`${issue.path}.`)));
    return blamed.length === 0 ? issue : { path: issue.path, message: `${issue.message}; ${[...new Set(blamed.map((u) => u.message))].join("; ")}` };
  });
}

const WHOLE_REF = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}$/;

/** Replace, in `interpolated`, the values the issues say should be numbers or booleans; true when any was. */
function coerceWholeRefs(raw: unknown, interpolated: unknown, issues: readonly { code: string; path: (string | number)[]; expected?: unknown; received?: unknown }[]): boolean {
  let changed = false;
  for (const issue of issues) {
    if (issue.code !== "invalid_type" || issue.received !== "string" || (issue.expected !== "number" && issue.expected !== "boolean")) continue;
    const key = issue.path[issue.path.length - 1];
    if (key === undefined) continue;
    const rawParent = walk(raw, issue.path.slice(0, -1));
    const parent = walk(interpolated, issue.path.slice(0, -1));
    if (typeof rawParent !== "object" || rawParent === null || typeof parent !== "object" || parent === null) continue;
    const before = (rawParent as Record<string | number, unknown>)[key];
    const after = (parent as Record<string | number, unknown>)[key];
    if (typeof before !== "string" || !WHOLE_REF.test(before) || typeof after !== "string") continue;
    const text = after.trim();
    let value: number | boolean | undefined;
    if (issue.expected === "number" && /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text)) value = Number(text);
    else if (issue.expected === "boolean" && (text === "true" || text === "false")) value = text === "true";
    if (value === undefined) continue;
    (parent as Record<string | number, unknown>)[key] = value;
    changed = true;
  }
  return changed;
}

function walk(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const k of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/**
 * Load a YAML config file (or the embedded defaults when `file` is undefined).
 *
 * @example
 * const { config } = loadConfig("warden.yaml");
 */
export function loadConfig(file: string | undefined, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  if (file === undefined) return parseConfig({}, env, "embedded defaults");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError([{ path: "", message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "error"}` }], file);
  }
  const refs = protectEnvRefs(text);
  const doc = parseDocument(refs.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => ({ path: e.linePos ? `line ${e.linePos[0].line}` : "", message: e.message.split("\n")[0] ?? e.message })),
      file,
    );
  }
  return parseConfig(refs.restore(doc.toJS()), env, file);
}
