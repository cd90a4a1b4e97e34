/**
 * The baseline as a child process (see create-bare-proxy.ts).
 * Usage: bare-proxy.ts <upstreamOrigin>. Prints `{"port":N}` when listening.
 */
import { createBareProxy } from "./create-bare-proxy.js";

const server = createBareProxy(process.argv[2] as string);
server.listen(0, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof addr === "object" && addr ? addr.port : 0 })}\n`);
});
process.once("SIGTERM", () => process.exit(0));
