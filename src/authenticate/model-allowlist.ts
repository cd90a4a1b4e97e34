/** Compile a model glob (`*` any run, `?` one character, everything else literal; case-sensitive) to a whole-name test. */
function compileModelGlob(glob: string): (model: string) => boolean {
  if (!/[*?]/.test(glob)) return (m) => m === glob;
  const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "s");
  return (m) => re.test(m);
}

const compiled = new Map<string, (model: string) => boolean>();
/** By list object: a principal keeps its list for its cache second, so most calls skip building the text key. */
const byList = new WeakMap<readonly string[], (model: string) => boolean>();

/**
 * Whether a key's model allowlist admits the requested model (the name the caller sent, before route aliases).
 * No list means any model. Compiled lists are cached by their text (keys share few distinct lists).
 */
export function modelAllowed(globs: readonly string[] | undefined, model: string): boolean {
  if (globs === undefined) return true;
  let test = byList.get(globs);
  if (!test) {
    const cacheKey = globs.join("\u0000");
    test = compiled.get(cacheKey);
    if (!test) {
      const tests = globs.map(compileModelGlob);
      test = (m) => tests.some((t) => t(m));
      if (compiled.size > 10_000) compiled.clear();
      compiled.set(cacheKey, test);
    }
    byList.set(globs, test);
  }
  return test(model);
}
