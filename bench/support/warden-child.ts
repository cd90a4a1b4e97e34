/**
 * Start a Warden gateway in this process for a benchmark. argv[2] is JSON `{ config, controls }`: `controls: "off"`
 * runs the core proxy alone (authentication, parsing, routing, forwarding; no policy guard, no audit store), to
 * measure the gateway core against a bare pass-through; `"default"` runs what `warden serve` runs. `key` (optional)
 * adds settings to the key it creates (allowlists, limits).
 * Prints `{"url":..,"key":..,"pid":..}` when listening.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig } from "../../src/config/load-config.js";
import { createLogger } from "../../src/create-logger.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";
import { nullRecorder } from "../../src/record/recorder.js";

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
