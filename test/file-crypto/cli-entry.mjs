// Runs `warden encrypt` / `warden decrypt` from source for tests that need a real stdin/stdout
// (node --import tsx cli-entry.mjs encrypt|decrypt ARGS). Only these commands are loaded, to start fast.
import { Command } from "commander";
const { registerEncryptCommand } = await import("../../src/cli/commands/encrypt.ts");
const { registerDecryptCommand } = await import("../../src/cli/commands/decrypt.ts");
const program = new Command("warden").exitOverride();
registerEncryptCommand(program);
registerDecryptCommand(program);
await program.parseAsync(process.argv);
