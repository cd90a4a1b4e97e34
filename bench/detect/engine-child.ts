/**
 * Child process of the equality and real-texts harnesses: loads the default detection engine from the source tree
 * at argv[2] (the working tree or a worktree of another commit) and runs it over the texts in the JSON file argv[3].
 *   mode "dump": one JSON line per text (findings, data classes, errors) to the file argv[5]
 *   mode "time": argv[5] passes over all texts; prints one JSON line of per-pass times (wall and CPU, ms)
 * EQ_WARM=1 (dump): each text is detected once before the run that is dumped, so that whatever the engine remembers of
 * texts it has seen (the injection scorer's segment memo) answers the dumped run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

interface EngineModule {
  createDetectionEngine(): { detect(text: string): { findings: unknown; dataClasses: unknown; errors: unknown } };
}

const [root, textsFile, mode, arg] = process.argv.slice(2);
if (!root || !textsFile || (mode !== "dump" && mode !== "time") || !arg) {
  console.error("usage: engine-child.ts <root> <texts.json> dump <out.jsonl> | time <passes>");
  process.exit(2);
}
const mod = (await import(pathToFileURL(join(root, "src/detect/engine.ts")).href)) as EngineModule;
const texts = JSON.parse(readFileSync(textsFile, "utf8")) as string[];
const engine = mod.createDetectionEngine();

if (mode === "dump") {
  const lines: string[] = [];
  const warm = process.env["EQ_WARM"] === "1";
  for (const text of texts) {
    if (warm) engine.detect(text);
    const r = engine.detect(text);
    lines.push(JSON.stringify({ findings: r.findings, dataClasses: r.dataClasses, errors: r.errors }));
  }
  writeFileSync(arg, lines.join("\n") + "\n");
} else {
  const passes = Number(arg);
  const wall: number[] = [];
  const cpu: number[] = [];
  const slowest: { ms: number; i: number }[] = [];
  for (let p = 0; p < passes; p++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const [i, text] of texts.entries()) {
      const s = performance.now();
      engine.detect(text);
      if (p === passes - 1) slowest.push({ ms: performance.now() - s, i });
    }
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  slowest.sort((a, b) => b.ms - a.ms);
  console.log(JSON.stringify({ wall, cpu, slowest: slowest.slice(0, 5) }));
}
