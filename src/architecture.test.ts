import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Dependencies point inward (STYLE.md principle 2), checked over the import statements of every source file:
 * core imports nothing of ours; detectors import only core; the edges (CLI, HTTP server) are imported by nothing
 * but the assembly (`gateway.ts`) and themselves.
 */
const SRC = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.includes("test-support") ? [p] : [];
  });
}

/** Top-level folder (or root file) of a path under src/. */
const area = (file: string): string => relative(SRC, file).split("/")[0] as string;

const edges: { from: string; to: string }[] = [];
for (const file of sourceFiles(SRC)) {
  const text = readFileSync(file, "utf8");
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/gm)) {
    const target = resolve(dirname(file), m[1] as string);
    edges.push({ from: relative(SRC, file), to: relative(SRC, target) });
  }
}

describe("architecture: dependencies point inward", () => {
  it("found the imports", () => {
    expect(edges.length).toBeGreaterThan(100);
  });

  it("core imports nothing outside core", () => {
    const bad = edges.filter((e) => area(join(SRC, e.from)) === "core" && area(join(SRC, e.to)) !== "core");
    expect(bad).toEqual([]);
  });

  it("detectors import only core and detect", () => {
    const bad = edges.filter((e) => area(join(SRC, e.from)) === "detect" && !["core", "detect"].includes(area(join(SRC, e.to))));
    expect(bad).toEqual([]);
  });

  it("nothing outside the CLI imports the CLI", () => {
    const bad = edges.filter((e) => area(join(SRC, e.to)) === "cli" && area(join(SRC, e.from)) !== "cli");
    expect(bad).toEqual([]);
  });

  it("only the assembly (gateway.ts) and the server itself import the HTTP server", () => {
    const bad = edges.filter((e) => area(join(SRC, e.to)) === "server" && !["server", "gateway.ts"].includes(area(join(SRC, e.from))));
    expect(bad).toEqual([]);
  });
});
