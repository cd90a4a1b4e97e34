import { ConfigError, type ConfigIssue } from "../../core/config-error.js";
import { registerDetector, type DetectorDefinition, type RegisteredDetector } from "../../core/detector.js";
import { STANDARD_KEYWORDS } from "../standard-keywords.js";
import { builtinSecretRules } from "./rules/index.js";
import { SecretScanner } from "./secret-scanner.js";

/** Options of the `secret.rules` detector. */
export interface SecretDetectorOptions {
  /** Rule ids to switch off. */
  disabledRules: readonly string[];
  /** Run the catch-all rules (assignments, headers, entropy near keywords). Default true. */
  generic: boolean;
}

const ALL_IDS = new Set(builtinSecretRules.map((r) => r.id));

function parseOptions(raw: unknown): SecretDetectorOptions {
  const issues: ConfigIssue[] = [];
  const opts: SecretDetectorOptions = { disabledRules: [], generic: true };
  if (raw === undefined || raw === null) return opts;
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError([{ path: "", message: "must be an object" }], "secret.rules options");
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (k !== "disabledRules" && k !== "generic") issues.push({ path: k, message: "unknown option" });
  if (r.disabledRules !== undefined) {
    if (!Array.isArray(r.disabledRules) || !r.disabledRules.every((x) => typeof x === "string")) {
      issues.push({ path: "disabledRules", message: "must be an array of rule ids" });
    } else {
      r.disabledRules.forEach((id: string, i) => {
        if (!ALL_IDS.has(id)) issues.push({ path: `disabledRules[${i}]`, message: `unknown rule id "${id}"` });
      });
      opts.disabledRules = r.disabledRules as string[];
    }
  }
  if (r.generic !== undefined) {
    if (typeof r.generic !== "boolean") issues.push({ path: "generic", message: "must be a boolean" });
    else opts.generic = r.generic;
  }
  if (issues.length > 0) throw new ConfigError(issues, "secret.rules options");
  return opts;
}

/** Scanners are immutable and stateless between calls, so detectors with the same options share one. */
const scanners = new Map<string, SecretScanner>();

function scannerFor(options: SecretDetectorOptions): SecretScanner {
  const disabled = new Set(options.disabledRules);
  const key = `${options.generic ? "g" : "-"}:${[...disabled].sort().join(",")}`;
  let scanner = scanners.get(key);
  if (scanner === undefined) {
    const rules = builtinSecretRules.filter((r) => !disabled.has(r.id) && (options.generic || r.generic !== true));
    scanner = new SecretScanner(rules, "secret.rules", STANDARD_KEYWORDS);
    scanners.set(key, scanner);
  }
  return scanner;
}

/** Detector over the built-in credential rules: provider token formats, keys, JWTs, connection strings, generic assignments. */
export const secretRulesDefinition: DetectorDefinition<SecretDetectorOptions> = {
  meta: {
    id: "secret.rules",
    category: "secret",
    entityTypes: builtinSecretRules.map((r) => r.id),
    languages: ["*"],
    version: "1.0.0",
    description: "Credentials: provider token formats (with checksums where published), private keys, JWTs, connection strings and secret assignments.",
  },
  parseOptions,
  create(options) {
    const scanner = scannerFor(options);
    return {
      meta: secretRulesDefinition.meta,
      detect: (input) => scanner.scan(input.text, input.shared),
    };
  },
};

export const secretRulesDetector: RegisteredDetector = registerDetector(secretRulesDefinition);
