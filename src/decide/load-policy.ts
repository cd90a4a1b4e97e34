import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { parseDocument } from "yaml";
import { ConfigError, type ConfigIssue } from "../core/config-error.js";
import { decodeUtf8 } from "../core/decode-utf8.js";
import { compilePolicy, rawUnknownNameIssues } from "./compile-policy.js";
import { type PolicyDocument, policySchema } from "./policy-schema.js";

/**
 * Duplicate rule ids (and scope ids), read from the raw document so that they are reported with the schema's problems
 * (every problem at once, with its path: `rules.2.id: ...`), not only once the schema passes.
 */
function duplicateIdIssues(raw: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const field = (v: unknown, k: string): unknown => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined);
  const check = (rules: unknown, at: string) => {
    const seen = new Set<string>();
    list(rules).forEach((r, i) => {
      const id = field(r, "id");
      if (typeof id !== "string") return;
      if (seen.has(id)) issues.push({ path: `${at}.${i}.id`, message: `duplicate rule id '${id}'` });
      seen.add(id);
    });
  };
  check(field(raw, "rules"), "rules");
  list(field(raw, "scopes")).forEach((s, i) => check(field(s, "rules"), `scopes.${i}.rules`));
  // A scope's id names it in every decision path: two scopes with one id could not be told apart in the audit trail.
  const scopeIds = new Set<string>();
  list(field(raw, "scopes")).forEach((s, i) => {
    const id = field(s, "id");
    if (typeof id !== "string") return;
    if (scopeIds.has(id)) issues.push({ path: `scopes.${i}.id`, message: `duplicate scope id '${id}'` });
    scopeIds.add(id);
  });
  return issues;
}

/**
 * Validate a parsed policy (from the config's `policy:` section or a file). Throws one ConfigError listing every
 * problem, each with its path under `prefix`.
 */
export function parsePolicy(raw: unknown, source = "policy", prefix = ""): PolicyDocument {
  const at = (p: string) => (prefix ? (p ? `${prefix}.${p}` : prefix) : p);
  const r = policySchema.safeParse(raw ?? {});
  const issues = [...(r.success ? [] : [...r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })), ...rawUnknownNameIssues(raw)]), ...duplicateIdIssues(raw)];
  if (!r.success || issues.length > 0) throw new ConfigError(issues.map((i) => ({ ...i, path: at(i.path) })), source);
  return r.data;
}

/** Parse YAML text into a JS value, reporting syntax errors by line. */
export function parseYaml(text: string, source: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => ({ path: e.linePos ? `line ${e.linePos[0].line}` : "", message: e.message.split("\n")[0] ?? e.message })),
      source,
    );
  }
  try {
    return doc.toJS() as unknown;
  } catch (err) {
    // The library refuses a document whose aliases expand without bound ("billion laughs") while building it.
    throw new ConfigError([{ path: "", message: err instanceof Error ? err.message : "the document cannot be read" }], source);
  }
}

/** Read and parse a YAML file (no validation). */
export function readYamlFile(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ConfigError([{ path: "", message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "error"}` }], file);
  }
  // Not replaced by U+FFFD: a rule id or value read wrong would be reported as something else, or apply as it.
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new ConfigError([{ path: "", message: "the file is not UTF-8 text" }], file);
  return parseYaml(text, file);
}

/** Merge raw policy documents in order: rules and scopes are concatenated, other fields from later files win. */
export function mergePolicyInputs(docs: readonly unknown[]): unknown {
  const out: Record<string, unknown> = {};
  for (const d of docs) {
    if (!isPlainObject(d)) return d;
    for (const [k, v] of Object.entries(d)) {
      if (concatenates(k, v, out[k])) out[k] = [...(out[k] as unknown[]), ...(v as unknown[])];
      else out[k] = v;
    }
  }
  return out;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** Whether merging appends `value` to what the earlier files gave `key` (else it replaces it). */
const concatenates = (key: string, value: unknown, before: unknown): boolean => (key === "rules" || key === "scopes") && Array.isArray(value) && Array.isArray(before);

/**
 * Where each part of a merged document came from, as {@link mergePolicyInputs} merged it: for the merged `rules` and
 * `scopes`, the file and index of each entry; for any other top-level field, the file that set it last. Returns the
 * issue path rewritten as `<file>: <path in that file>` (`rules.2.action` → `b.yaml: rules.0.action`), so a problem is
 * reported where it can be fixed; a path it cannot place is left as it is.
 */
function issueLocator(paths: readonly string[], raws: readonly unknown[]): (path: string) => string {
  const fieldFile = new Map<string, string>();
  const entries = new Map<string, { file: string; index: number }[]>();
  /** Each field's value in the last file that set it: a list there is a list in the merge too. */
  const last = new Map<string, unknown>();
  for (const [i, raw] of raws.entries()) {
    if (!isPlainObject(raw)) return (path) => path;
    const file = paths[i] ?? "";
    for (const [k, v] of Object.entries(raw)) {
      const from = Array.isArray(v) ? v.map((_, index) => ({ file, index })) : [];
      entries.set(k, concatenates(k, v, last.get(k)) ? [...(entries.get(k) ?? []), ...from] : from);
      fieldFile.set(k, file);
      last.set(k, v);
    }
  }
  return (path) => {
    const [head, second, ...rest] = path.split(".");
    if (head === undefined || !fieldFile.has(head)) return path;
    if ((head === "rules" || head === "scopes") && second !== undefined && /^\d+$/.test(second)) {
      const at = entries.get(head)?.[Number(second)];
      return at ? `${at.file}: ${[head, String(at.index), ...rest].join(".")}` : path;
    }
    return `${fieldFile.get(head) ?? ""}: ${path}`;
  };
}

/** Load and validate one or more policy files (merged in order). Relative paths resolve against `baseDir`. */
export function loadPolicyFiles(files: readonly string[], baseDir = process.cwd()): PolicyDocument {
  const paths = files.map((f) => (isAbsolute(f) ? f : resolve(baseDir, f)));
  const issues: ConfigIssue[] = [];
  const raws: unknown[] = [];
  for (const p of paths) {
    try {
      const raw = readYamlFile(p);
      // An empty file (or only comments) is no policy: taken as one without rules, it turned every control off when a
      // deploy truncated the file or a reload read it while an editor rewrote it. A policy without rules says so.
      if (raw === null || raw === undefined) throw new ConfigError([{ path: "", message: "the file is empty (no policy in it); write `rules: []` for a policy without rules" }], p);
      raws.push(raw);
    } catch (err) {
      if (err instanceof ConfigError) issues.push(...err.issues.map((i) => ({ ...i, path: `${p}${i.path ? `: ${i.path}` : ""}` })));
      else throw err;
    }
  }
  if (issues.length > 0) throw new ConfigError(issues, "policy files");
  const source = paths.join(", ");
  if (paths.length === 1) return parsePolicy(mergePolicyInputs(raws), source);
  // Several files: a problem is named by its file and its path there, not by its index in the merged lists. The
  // compile step's checks (unknown types and detectors, custom rules) run here too, while the files are known.
  const locate = issueLocator(paths, raws);
  try {
    const doc = parsePolicy(mergePolicyInputs(raws), source);
    compilePolicy(doc);
    return doc;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    throw new ConfigError(err.issues.map((i) => ({ ...i, path: locate(i.path) })), source);
  }
}

/**
 * Resolve the config's `policy:` section: undefined (none configured), `{file}` / `{files}` (relative to the config
 * file's directory), or an inline policy.
 */
export function resolvePolicyConfig(section: unknown, configFile?: string): PolicyDocument | undefined {
  if (section === undefined || section === null) return undefined;
  const baseDir = configFile ? dirname(resolve(configFile)) : process.cwd();
  if (typeof section === "object" && !Array.isArray(section)) {
    const s = section as { file?: unknown; files?: unknown };
    if (typeof s.file === "string") return loadPolicyFiles([s.file], baseDir);
    if (Array.isArray(s.files)) return loadPolicyFiles(s.files as string[], baseDir);
  }
  return parsePolicy(section, "policy", "policy");
}
