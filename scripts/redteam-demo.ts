/**
 * `npm run redteam:demo`: the figures in docs/redteam.md. Starts two gateways in front of the vulnerable demo model
 * (one with its controls off, one with the default policy), runs the full red-team suite against both (same
 * attacks, `--compare`), and prints the table. Options: `--mode safe` (the demo model's safe mode instead),
 * `--stream`, `--concurrency N`, `--seed S`, `--json F`, `--html F`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { loadConfig } from "../src/config/load-config.js";
import { startGateway } from "../src/gateway.js";
import { executeRedteam } from "../src/redteam/execute-redteam.js";
import { parseRedteamOptions } from "../src/redteam/redteam-options.js";

const dir = mkdtempSync(join(tmpdir(), "warden-redteam-demo-"));

const args = process.argv.slice(2);
const mode = args.includes("--mode") ? args[args.indexOf("--mode") + 1] : "vulnerable";
if (mode !== "vulnerable" && mode !== "safe") throw new Error("--mode must be vulnerable or safe");

async function serve(name: string, policy: string) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `dataDir: ${join(dir, name)}\nlogging: { level: silent }\nproviders:\n  demo: { type: demo, mode: ${mode} }\nroutes:\n  - { models: ["*"], provider: demo }\n${policy}`);
  const gw = await startGateway({ config: loadConfig(file).config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1" });
  return { gw, key: gw.keys.create({ tenant: "demo", app: "redteam", roles: ["app"] }).key };
}

const bare = await serve("controls-off", "policy: { name: controls-off, rules: [] }\n");
const warden = await serve("default-policy", "");
try {
  const extra = args;
  const flag = (name: string): string | undefined => {
    const i = extra.indexOf(name);
    return i >= 0 ? extra[i + 1] : undefined;
  };
  const opts = parseRedteamOptions({
    target: bare.gw.url,
    key: bare.key,
    compare: warden.gw.url,
    compareKey: warden.key,
    concurrency: flag("--concurrency") ?? "8",
    stream: extra.includes("--stream"),
    ...(flag("--seed") ? { seed: flag("--seed") } : {}),
    ...(flag("--json") ? { json: flag("--json") } : {}),
    ...(flag("--html") ? { html: flag("--html") } : {}),
    quiet: true,
  });
  process.stdout.write(`target = the ${mode} demo model, controls off; compare = the same model behind Warden's default policy\n`);
  await executeRedteam(opts, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
} finally {
  await bare.gw.close();
  await warden.gw.close();
  rmSync(dir, { recursive: true, force: true });
}
