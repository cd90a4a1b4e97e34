/**
 * Compile a glob (`*` any run, `?` one character; everything else literal) into a whole-string test.
 * Plain strings compile to an equality check.
 */
export function compileGlob(pattern: string, caseInsensitive = false): (value: string) => boolean {
  if (!/[*?]/.test(pattern)) return caseInsensitive ? (v) => v.toLowerCase() === pattern.toLowerCase() : (v) => v === pattern;
  const src = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  const re = new RegExp(`^${src}$`, caseInsensitive ? "is" : "s");
  return (v) => re.test(v);
}

/** A test for "matches any of these globs". */
export function compileGlobs(patterns: readonly string[], caseInsensitive = false): (value: string) => boolean {
  const tests = patterns.map((p) => compileGlob(p, caseInsensitive));
  return (v) => tests.some((t) => t(v));
}
