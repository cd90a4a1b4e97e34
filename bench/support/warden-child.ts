/**
 * Start a Warden gateway in this process for a benchmark. argv[2] is JSON `{ config, controls }`: `controls: "off"`
 * runs the core proxy alone (authentication, parsing, routing, forwarding; no policy guard, no audit store), to
 * measure the gateway core against a bare pass-through; `"default"` runs what `warden serve` runs. `key` (optional)
 * adds settings to the key it creates (allowlists, limits).
 * `WARDEN_BENCH_BUILD=DIR` loads the gateway from compiled JavaScript in DIR (`dist`, as `warden serve` runs it)
 * instead of the TypeScript sources through tsx, whose transform adds a `__name()` call to every closure created on
 * the hot path (10+ µs of CPU per call measured on the core: not what users run).
 * Prints `{"url":..,"key":..,"pid":..}` when listening.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const build = process.env["WARDEN_BENCH_BUILD"];
const root = build ? `${pathToFileURL(resolve(build)).href}/` : new URL("../../src/", import.meta.url).href;
const load = <T>(path: string): Promise<T> => import(new URL(path, root).href) as Promise<T>;
const { parseConfig } = await load<typeof import("../../src/config/load-config.js")>("config/load-config.js");
const { createLogger } = await load<typeof import("../../src/create-logger.js")>("create-logger.js");
const { passThroughGuard } = await load<typeof import("../../src/enforce/guard.js")>("enforce/guard.js");
const { startGateway } = await load<typeof import("../../src/gateway.js")>("gateway.js");
const { nullRecorder } = await load<typeof import("../../src/record/recorder.js")>("record/recorder.js");

const arg = JSON.parse(process.argv[2] ?? "{}") as { config?: Record<string, unknown>; controls?: "off" | "default"; key?: Record<string, unknown> };
const { config } = parseConfig({ dataDir: mkdtempSync(join(tmpdir(), "warden-bench-")), ...arg.config, listen: { ...(arg.config?.["listen"] as object | undefined), host: "127.0.0.1", port: 0 } });
const off = arg.controls === "off";
const gw = await startGateway({
  config,
  logger: createLogger(process.env["WARDEN_BENCH_LOG"] ?? "silent"),
  ...(off ? { guard: passThroughGuard, recorder: nullRecorder } : {}),
});
// `key` adds settings to the bench key (model/source allowlists, per-key limits: bench/proxy/access.ts).
const { key } = gw.keys.create({ tenant: "bench", app: "bench", roles: ["app"], ...arg.key });
process.stdout.write(`${JSON.stringify({ url: gw.url, key, pid: process.pid })}\n`);
process.once("SIGTERM", () => {
  gw.close().then(() => process.exit(0));
});
