/** Run the `warden` CLI from the sources (through tsx), as `node bin/warden.js` runs the built one. */
import { main } from "../../../src/cli/main.js";

process.exitCode = await main(process.argv);
