/**
 * A gateway process for the crash tests: `node --import tsx test/audit/crash-child.ts <dataDir> [<pgUrl> <schema>
 * <kekFile>]` (SQLite in dataDir, or a shared PostgreSQL store). Prints one JSON line `{ url, key }` when listening,
 * then serves until killed.
 */
import pino from "pino";
import { parseConfig } from "../../src/config/load-config.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: crash-child.ts <dataDir> [<pgUrl> <schema> <kekFile>]");
const [pgUrl, schema, kekFile, writer = "thread"] = process.argv.slice(3);
const shared = pgUrl && schema && kekFile ? { store: { type: "postgres", url: pgUrl, schema, writer }, audit: { kek: { file: kekFile } } } : {};
const { config } = parseConfig(
  { dataDir, listen: { host: "127.0.0.1", port: 0 }, logging: { level: "silent" }, providers: { demo: { type: "demo", tokenDelayMs: 1 } }, routes: [{ models: ["*"], provider: "demo" }], ...shared },
  {},
  "crash test",
);
const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
process.stdout.write(`${JSON.stringify({ url: gw.url, key })}\n`);
