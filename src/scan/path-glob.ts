/**
 * Ignore globs in the gitignore spirit: `*` matches within one path segment, `**` across segments, `?` one
 * character. A pattern without a `/` matches any single segment (so `node_modules` skips it at any depth and
 * `*.min.js` any such file); a pattern with a `/` matches the whole relative path (`data/raw/**`). A trailing `/`
 * is ignored (`build/` = `build`).
 */
export function compilePathGlob(pattern: string): (relPath: string) => boolean {
  const p = pattern.replace(/\\/g, "/").replace(/\/+$/, "").replace(/^\.\//, "");
  let src = "";
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === "*" && p[i + 1] === "*") {
      // `**/` matches zero or more whole segments; a bare `**` anything.
      if (p[i + 2] === "/") {
        src += "(?:.*/)?";
        i += 2;
      } else {
        src += ".*";
        i += 1;
      }
    } else if (c === "*") src += "[^/]*";
    else if (c === "?") src += "[^/]";
    else src += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const re = new RegExp(`^${src}$`, "s");
  if (!p.includes("/")) return (rel) => rel.split("/").some((seg) => re.test(seg));
  const anchored = p.startsWith("/") ? new RegExp(`^${src.slice(1)}$`, "s") : re;
  // A path is ignored when it or one of its parent folders matches.
  return (rel) => {
    const segs = rel.split("/");
    for (let n = 1; n <= segs.length; n++) if (anchored.test(segs.slice(0, n).join("/"))) return true;
    return false;
  };
}

/** A test for "ignored by any of these globs". */
export function compilePathGlobs(patterns: readonly string[]): (relPath: string) => boolean {
  const tests = patterns.map(compilePathGlob);
  return (rel) => tests.some((t) => t(rel));
}
