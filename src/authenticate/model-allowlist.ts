/** Compile a model glob (`*` any run, `?` one character, everything else literal; case-sensitive) to a whole-name test. */
function compileModelGlob(glob: string): (model: string) => boolean {
  if (!/[*?]/.test(glob)) return (m) => m === glob;
  const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "s");
  return (m) => re.test(m);
}

const compiled = new Map<string, (model: string) => boolean>();

/**
 * Whether a key's model allowlist admits the requested model (the name the caller sent, before route aliases).
 * No list means any model. Compiled lists are cached by their text (keys share few distinct lists).
 */
export function modelAllowed(globs: readonly string[] | undefined, model: string): boolean {
  if (globs === undefined) return true;
  const cacheKey = globs.join("\u0000");
  let test = compiled.get(cacheKey);
  if (!test) {
    const tests = globs.map(compileModelGlob);
    test = (m) => tests.some((t) => t(m));
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(cacheKey, test);
  }
  return test(model);
}
