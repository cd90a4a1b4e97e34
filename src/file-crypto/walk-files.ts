import { opendir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Every regular file under `root`, as paths relative to it, in a stable (sorted) order. Symbolic links are not
 * followed (reported in `skipped`), so a link cannot pull files from outside the tree into the output.
 */
export async function walkFiles(root: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const visit = async (rel: string): Promise<void> => {
    const entries: { name: string; dir: boolean; file: boolean }[] = [];
    for await (const e of await opendir(join(root, rel))) entries.push({ name: e.name, dir: e.isDirectory(), file: e.isFile() });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = rel === "" ? e.name : join(rel, e.name);
      if (e.dir) await visit(p);
      else if (e.file) files.push(p);
      else skipped.push(p);
    }
  };
  await visit("");
  return { files, skipped };
}
