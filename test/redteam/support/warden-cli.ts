/** The `warden` CLI from source (for tests that spawn it without building dist/): `node --import tsx warden-cli.ts …`. */
import { main } from "../../../src/cli/main.js";

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`warden: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
