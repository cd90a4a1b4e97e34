import { closeSync, lstatSync, openSync, readFileSync, readdirSync, readSync, statSync, type Stats } from "node:fs";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import { compilePathGlobs } from "./path-glob.js";
import type { ScanFormat } from "./scan-types.js";

/** Folders and files skipped unless `--no-default-ignores`. */
export const DEFAULT_IGNORES: readonly string[] = [".git", ".hg", ".svn", "node_modules", ".venv", "__pycache__", ".DS_Store", ".tox", ".mypy_cache", ".pytest_cache"];

// Extensions that are never text (checked before reading; other binaries are caught by a NUL byte sniff).
const BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico webp tif tiff psd heic avif mp3 mp4 m4a wav flac ogg avi mov mkv webm zip gz tgz bz2 xz zst 7z rar tar jar war class pyc pyo so dylib dll exe bin o a lib obj wasm pdf doc docx xls xlsx ppt pptx odt woff woff2 ttf otf eot parquet arrow feather npy npz pt pth safetensors onnx ckpt h5 pb tflite gguf sqlite db".split(" "),
);

/** A file to scan. */
export interface ScanTarget {
  /** Absolute path. */
  path: string;
  /** Path as reported: relative to the working directory when inside it, forward slashes. */
  display: string;
  /** Path relative to its input argument (a folder's content), or the file's name for a file argument. */
  rel: string;
  size: number;
  format: ScanFormat;
}

/** A path that was not scanned, and why. */
export interface SkippedFile {
  display: string;
  reason: string;
  /** Could not be read or listed: an error (fail closed), not a deliberate skip. */
  error?: true;
}

export interface WalkOptions {
  /** Extra ignore globs. */
  ignore?: readonly string[];
  /** Apply DEFAULT_IGNORES (default true). */
  defaultIgnores?: boolean;
  /** Apply the `.gitignore` at the top of each input folder (default false: gitignored files such as `.env` are often where secrets are). */
  gitignore?: boolean;
  /** Force a format for every file (default: by extension). */
  format?: ScanFormat;
  /** Working directory for display paths (default process.cwd()). */
  cwd?: string;
}

/**
 * The ignore patterns of a folder's top-level `.gitignore`, in the subset `warden scan` understands: blank lines and
 * `#` comments skipped, negations (`!pattern`) skipped (they cannot re-include here), the rest as path globs.
 */
export function gitignorePatterns(dir: string): string[] {
  let text: string;
  try {
    text = readFileSync(join(dir, ".gitignore"), "utf8");
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/(?<!\\)\s+$/, ""))
    .filter((l) => l !== "" && !l.startsWith("#") && !l.startsWith("!"))
    .map((l) => l.replace(/^\\([#!])/, "$1"));
}

/** Format of a file from its extension: .jsonl/.ndjson → jsonl, .csv → csv, .tsv → tsv, else text. */
export function formatOf(path: string): ScanFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv") return "csv";
  if (ext === ".tsv") return "tsv";
  return "text";
}

/** Does the start of the file look binary (a NUL byte in the first 8 KiB)? */
export function looksBinary(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).includes(0);
  } finally {
    closeSync(fd);
  }
}

const toDisplay = (abs: string, cwd: string): string => {
  const rel = relative(cwd, abs);
  return (rel === "" || rel.startsWith("..") ? abs : rel).split(sep).join("/");
};

/**
 * Expand the input paths into the files to scan, in a stable order (arguments in order, each folder sorted by
 * name), skipping ignored paths, binaries and special files. Symbolic links to folders are not followed (no
 * cycles); links to files are scanned. `-` is standard input. A missing input throws (the caller reports it).
 */
export function walkFiles(inputs: readonly string[], opts: WalkOptions = {}): { files: ScanTarget[]; skipped: SkippedFile[] } {
  const cwd = opts.cwd ?? process.cwd();
  const ignored = compilePathGlobs([...(opts.defaultIgnores === false ? [] : DEFAULT_IGNORES), ...(opts.ignore ?? [])]);
  const files: ScanTarget[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const add = (abs: string, rel: string, st: Stats): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const display = toDisplay(abs, cwd);
    if (BINARY_EXTENSIONS.has(extname(abs).slice(1).toLowerCase())) return void skipped.push({ display, reason: "binary (extension)" });
    try {
      if (looksBinary(abs)) return void skipped.push({ display, reason: "binary (NUL byte)" });
    } catch (err) {
      return void skipped.push({ display, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? "error"}`, error: true });
    }
    files.push({ path: abs, display, rel, size: st.size, format: opts.format ?? formatOf(abs) });
  };
  const walk = (dir: string, root: string, local: (rel: string) => boolean): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      skipped.push({ display: toDisplay(dir, cwd), reason: `cannot list: ${(err as NodeJS.ErrnoException).code ?? "error"}`, error: true });
      return;
    }
    for (const name of names) {
      const abs = join(dir, name);
      const rel = relative(root, abs).split(sep).join("/");
      if (ignored(rel) || local(rel)) continue;
      let st: Stats;
      let link: boolean;
      try {
        link = lstatSync(abs).isSymbolicLink();
        st = statSync(abs);
      } catch {
        continue; // vanished, or a dangling link
      }
      if (st.isDirectory()) {
        if (!link) walk(abs, root, local);
      } else if (st.isFile()) add(abs, rel, st);
    }
  };
  for (const input of inputs) {
    if (input === "-") {
      // Standard input: one stream, text unless a format is forced; its redacted copy is OUT/stdin.<ext>.
      const format = opts.format ?? "text";
      if (!seen.has("-")) files.push({ path: "-", display: "(stdin)", rel: `stdin.${format === "text" ? "txt" : format}`, size: 0, format });
      seen.add("-");
      continue;
    }
    const abs = resolve(cwd, input);
    const st = statSync(abs); // throws ENOENT for a missing input
    if (st.isDirectory()) walk(abs, abs, opts.gitignore === true ? compilePathGlobs(gitignorePatterns(abs)) : () => false);
    else if (st.isFile()) add(abs, basename(abs), st);
    else skipped.push({ display: toDisplay(abs, cwd), reason: "not a regular file" });
  }
  return { files, skipped };
}

