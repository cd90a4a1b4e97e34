import { ConfigError } from "../core/config-error.js";

/** Run a config-loading step; on a ConfigError print every problem with its path, set exit code 2, return undefined. */
export function reportConfigError<T>(load: () => T): T | undefined {
  try {
    return load();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`warden: ${err.message}\n`);
      process.exitCode = 2;
      return undefined;
    }
    throw err;
  }
}
