import { statSync } from "node:fs";
import { basename, join } from "node:path";
import { WardenError } from "../core/warden-error.js";
import { walkFiles } from "../file-crypto/walk-files.js";

/** One file to encrypt or decrypt. */
export interface CryptoJob {
  input: string;
  output: string;
}

/** How `warden encrypt` / `warden decrypt` name outputs. */
export interface JobNaming {
  /** Output name for an input file name, or undefined when the file is not for this command (skipped in trees). */
  outputName(name: string): string | undefined;
  /** Why a top-level file cannot be named (e.g. decrypt of a file not ending in .age without -o). */
  unnamed: string;
}

const usage = (message: string): WardenError => new WardenError("WARDEN_CRYPTO_USAGE", { message });

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Turn the command's paths into jobs: one file (to `-o` or beside it), several files (each beside itself), or with
 * `recursive` every file of each tree (beside itself, or mirrored under `-o DIR`). Temporary files of an
 * interrupted run (`*.warden-tmp`) are never picked up.
 */
export async function planCryptoJobs(paths: readonly string[], opts: { output?: string; recursive?: boolean }, naming: JobNaming): Promise<{ jobs: CryptoJob[]; skipped: string[] }> {
  const jobs: CryptoJob[] = [];
  const skipped: string[] = [];
  if (opts.output !== undefined && paths.length > 1) throw usage("-o/--output takes a single input path (a file, or a directory with --recursive).");
  for (const p of paths) {
    if (isDirectory(p)) {
      if (!opts.recursive) throw usage(`${p} is a directory (use --recursive).`);
      const tree = await walkFiles(p);
      skipped.push(...tree.skipped.map((s) => join(p, s)));
      for (const rel of tree.files) {
        const name = rel.endsWith(".warden-tmp") ? undefined : naming.outputName(basename(rel));
        if (name === undefined) {
          skipped.push(join(p, rel));
          continue;
        }
        const relOut = join(rel, "..", name);
        jobs.push({ input: join(p, rel), output: join(opts.output ?? p, relOut) });
      }
      continue;
    }
    if (opts.recursive && opts.output !== undefined) throw usage("With --recursive, -o names an output directory for a directory input.");
    const named = (): string => {
      const name = naming.outputName(basename(p));
      if (name === undefined) throw usage(`${p}: ${naming.unnamed}`);
      return name;
    };
    // -o naming an existing directory puts the output inside it, under the usual name.
    const output = opts.output === undefined ? join(p, "..", named()) : isDirectory(opts.output) ? join(opts.output, named()) : opts.output;
    jobs.push({ input: p, output });
  }
  return { jobs, skipped };
}
