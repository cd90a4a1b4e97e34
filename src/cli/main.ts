import { Command } from "commander";
import { registerAuditCommand } from "./commands/audit.js";
import { registerCertsCommand } from "./commands/certs.js";
import { registerDecryptCommand } from "./commands/decrypt.js";
import { registerDetectCommand } from "./commands/detect.js";
import { registerEncryptCommand } from "./commands/encrypt.js";
import { registerKeygenCommand } from "./commands/keygen.js";
import { registerKeysCommand } from "./commands/keys.js";
import { registerPolicyCommand } from "./commands/policy.js";
import { registerRedteamCommand } from "./commands/redteam.js";
import { registerScanCommand } from "./commands/scan.js";
import { registerServeCommand } from "./commands/serve.js";

/** Build the `warden` command line. Each command lives in cli/commands/<name>.ts and registers itself here. */
export function buildProgram(): Command {
  const program = new Command("warden")
    .description("Warden: an AI gateway with SOC 2-grade data controls")
    .version("0.1.0")
    .exitOverride();
  registerServeCommand(program);
  registerKeysCommand(program);
  registerDetectCommand(program);
  registerPolicyCommand(program);
  registerAuditCommand(program);
  registerRedteamCommand(program);
  registerCertsCommand(program);
  registerScanCommand(program);
  registerEncryptCommand(program);
  registerDecryptCommand(program);
  registerKeygenCommand(program);
  return program;
}

/** Run the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    const code = (err as { exitCode?: unknown }).exitCode;
    if (typeof code === "number") return code;
    throw err;
  }
  return typeof process.exitCode === "number" ? process.exitCode : 0;
}
