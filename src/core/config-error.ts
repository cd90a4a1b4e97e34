/** One problem in a configuration or rule file, with the path to the offending field. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** Raised when configuration (or a rule set) fails validation; lists every problem at once. */
export class ConfigError extends Error {
  readonly code = "WARDEN_CONFIG_INVALID" as const;
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[], source = "configuration") {
    super(`Invalid ${source}:\n${issues.map((i) => `  - ${i.path || "(root)"}: ${i.message}`).join("\n")}`);
    this.name = "ConfigError";
    this.issues = issues;
  }
}
