/**
 * The baseline: a bare pass-through written with node:http and an undici Pool, no parsing, no controls.
 * Usage: bare-proxy.ts <upstreamOrigin>. Prints `{"port":N}` when listening.
 */
import { createServer } from "node:http";
import { Pool } from "undici";

const origin = process.argv[2] as string;
const pool = new Pool(origin, { connections: 1024, pipelining: 1, keepAliveTimeout: 30_000 });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    pool
      .request({ method: "POST", path: req.url ?? "/", headers: { "content-type": "application/json" }, body: Buffer.concat(chunks) })
      .then(async (up) => {
        res.writeHead(up.statusCode, { "content-type": String(up.headers["content-type"] ?? "application/json") });
        for await (const c of up.body) res.write(c);
        res.end();
      })
      .catch(() => {
        res.writeHead(502);
        res.end();
      });
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const addr = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof addr === "object" && addr ? addr.port : 0 })}\n`);
});
process.once("SIGTERM", () => process.exit(0));
