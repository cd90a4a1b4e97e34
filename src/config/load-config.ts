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
  const result = configSchema.safeParse(interpolated);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    for (const extra of [...routeProviderIssues(interpolated), ...plaintextUpstreamIssues(interpolated)]) {
      const path = extra.path.join(".");
      if (!issues.some((i) => i.path === path)) issues.push({ path, message: extra.message });
    }
    throw new ConfigError(issues, source);
  }
  return { config: result.data, warnings, source };
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
