import { Command, CommanderError } from "commander";

type Register = (program: Command) => void;

/**
 * Every command, by name, with a loader for its module. Only the command being run is imported, so that
 * `warden serve` does not carry the scanner, the red team or the file-encryption code (and their dependencies) in
 * memory; help and unknown commands load them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  serve: async () => (await import("./commands/serve.js")).registerServeCommand,
  keys: async () => (await import("./commands/keys.js")).registerKeysCommand,
  detect: async () => (await import("./commands/detect.js")).registerDetectCommand,
  policy: async () => (await import("./commands/policy.js")).registerPolicyCommand,
  audit: async () => (await import("./commands/audit.js")).registerAuditCommand,
  redteam: async () => (await import("./commands/redteam.js")).registerRedteamCommand,
  scan: async () => (await import("./commands/scan.js")).registerScanCommand,
  encrypt: async () => (await import("./commands/encrypt.js")).registerEncryptCommand,
  decrypt: async () => (await import("./commands/decrypt.js")).registerDecryptCommand,
  keygen: async () => (await import("./commands/keygen.js")).registerKeygenCommand,
  certs: async () => (await import("./commands/certs.js")).registerCertsCommand,
  vault: async () => (await import("./commands/vault.js")).registerVaultCommand,
};

/**
 * Build the `warden` command line. Each command lives in cli/commands/<name>.ts and registers itself here; with
 * `only`, just that command is loaded and registered.
 */
export async function buildProgram(only?: string): Promise<Command> {
  const program = new Command("warden")
    .description("Warden: an AI gateway with SOC 2-grade data controls")
    .version("0.1.0")
    .exitOverride();
  const names = only !== undefined && Object.hasOwn(COMMANDS, only) ? [only] : Object.keys(COMMANDS);
  const registers = await Promise.all(names.map((n) => (COMMANDS[n] as () => Promise<Register>)()));
  for (const register of registers) register(program);
  return program;
}

/** Run the CLI (`argv` as in `process.argv`); resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = await buildProgram(argv[2]);
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    // Commander's own refusals (unknown option or command, missing argument) exit 1 by default, the code that
    // `warden audit verify` gives a failed check: as usage errors they exit 2, like the commands' own (docs/audit.md
    // "Exit codes"). Help and version keep their 0.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    const code = (err as { exitCode?: unknown }).exitCode;
    if (typeof code === "number") return code;
    throw err;
  }
  return typeof process.exitCode === "number" ? process.exitCode : 0;
}
