// Runs `warden serve` and `warden certs` from source as a real process (node --import tsx cli-entry.ts ARGS),
// for tests that send it real signals. Only these commands are loaded, to start fast.
import { Command } from "commander";
import { registerCertsCommand } from "../../src/cli/commands/certs.js";
import { registerServeCommand } from "../../src/cli/commands/serve.js";

const program = new Command("warden").exitOverride();
registerServeCommand(program);
registerCertsCommand(program);
// Like bin/warden.js: no top-level await, so the process ends when its work does.
program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`warden: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
