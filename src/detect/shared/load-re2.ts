import { createRequire } from "node:module";
import type RE2 from "re2";

let loaded: typeof RE2 | undefined;

/**
 * The `re2` constructor, loaded on first use: the native module adds ~1.8 MB of resident memory, and only
 * configured allowlist patterns and custom rules need it (a gateway without them never loads it).
 */
export function loadRe2(): typeof RE2 {
  if (loaded) return loaded;
  try {
    loaded = createRequire(import.meta.url)("re2") as typeof RE2;
  } catch (err) {
    // Say what is missing: the callers report this under the pattern's config path, which would otherwise read as
    // a bad pattern.
    throw new Error(`the re2 native module is not available (${err instanceof Error ? err.message.split("\n")[0] : String(err)}); reinstall with "npm ci"`);
  }
  return loaded;
}
