#!/usr/bin/env node
// Entry point for `npx warden`: the compiled CLI lives in dist/ (built by `npm run build`, run in `prepare`).
import { main } from "../dist/cli/main.js";

// Output piped into a reader that stops early (`warden audit search | head`): end quietly, as Unix tools do.
process.stdout.on("error", (err) => {
  if (err && err.code === "EPIPE") process.exit(0);
  throw err;
});

main(process.argv).then(
  (code) => {
    if (typeof code === "number") process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`warden: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
