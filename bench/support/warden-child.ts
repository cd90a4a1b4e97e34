/**
 * Start a Warden gateway for a benchmark from a config object given as JSON (argv[2]); prints
 * `{"url":..,"key":..,"pid":..}` when listening. Imports the compiled gateway (`npm run build` first).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig } from "../../src/config/load-config.js";
import { createLogger } from "../../src/create-logger.js";
import { startGateway } from "../../src/gateway.js";

const raw = JSON.parse(process.argv[2] ?? "{}") as Record<string, unknown>;
const { config } = parseConfig({ dataDir: mkdtempSync(join(tmpdir(), "warden-bench-")), ...raw, listen: { host: "127.0.0.1", port: 0 } });
const gw = await startGateway({ config, logger: createLogger(process.env["WARDEN_BENCH_LOG"] ?? "silent") });
const { key } = gw.keys.create({ tenant: "bench", app: "bench", roles: ["app"] });
process.stdout.write(`${JSON.stringify({ url: gw.url, key, pid: process.pid })}\n`);
process.once("SIGTERM", () => {
  gw.close().then(() => process.exit(0));
});
