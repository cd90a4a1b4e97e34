/**
 * Run `warden scan ARGS...` in this process (from the sources, or from dist/ with WARDEN_SCAN_DIST=1) and print one
 * JSON line on stderr with the exit code, wall time, CPU time and peak RSS (which covers the worker threads: they
 * share the process). Used by the memory test and the big-dataset benchmark.
 */
const dist = process.env.WARDEN_SCAN_DIST === "1";
const { main } = (await import(dist ? "../../dist/cli/main.js" : "../../src/cli/main.js")) as { main: (argv: string[]) => Promise<number> };
const started = Date.now();
const code = await main(["node", "warden", "scan", ...process.argv.slice(2)]);
const usage = process.resourceUsage();
process.stderr.write(`${JSON.stringify({ code, ms: Date.now() - started, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000), maxRssMb: Math.round(usage.maxRSS / 1024) })}\n`);
process.exitCode = code;
